package extract

import (
	"strings"

	"github.com/attrition-project/attrition"
)

// attribution is a source named in a sentence.
type attribution struct {
	name  string // canonical when the registry knows it, else as written
	party string
	s, e  int
	// generic marks "the ministry", "officials", "it": a source to be
	// resolved against the ones the document named before.
	generic bool
}

var speechVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "reported": true, "reports": true, "report": true,
	"estimated": true, "estimates": true, "estimate": true, "assessed": true, "assesses": true,
	"assess": true, "noted": true, "notes": true, "claimed": true, "claims": true, "claim": true,
	"stated": true, "states": true, "announced": true, "announces": true, "wrote": true,
	"writes": true, "told": true, "added": true, "adds": true, "believes": true, "believe": true,
	"calculated": true, "calculates": true, "counted": true, "counts": true, "recorded": true,
	"records": true, "documented": true, "confirmed": true, "confirms": true, "tallied": true,
	"found": true, "finds": true, "concluded": true, "concludes": true, "suggests": true,
	"suggested": true, "put": true, "puts": true, "putting": true, "estimating": true,
	"indicated": true, "indicates": true, "judges": true, "judged": true, "tweeted": true,
	"posted": true, "published": true, "updated": true, "verified": true, "identified": true,
	"insists": true, "insisted": true, "acknowledged": true, "admitted": true, "admits": true,
	"explained": true, "warned": true, "declared": true, "revealed": true, "disclosed": true,
}

// npWords may sit inside a source's name in lower case.
var npWords = map[string]bool{
	"of": true, "the": true, "for": true, "and": true, "on": true, "ministry": true,
	"officials": true, "official": true, "staff": true, "intelligence": true, "defence": true,
	"defense": true, "office": true, "agency": true, "department": true, "analysts": true,
	"general": true, "spokesman": true, "spokesperson": true, "spokeswoman": true, "military": true,
	"army": true, "government": true, "authorities": true, "service": true, "mission": true,
	"monitors": true, "researchers": true, "health": true, "ministry's": true, "command": true,
	"armed": true, "forces": true, "president": true, "minister": true, "secretary": true,
	"estimates": false, "independent": true, "western": true, "us": true, "uk": true, "un": true,
	"british": true, "american": true, "ukrainian": true, "russian": true, "israeli": true,
	"data": false, "outlet": true, "news": true, "site": true, "project": true, "group": true,
	"monitor": true, "observatory": true, "think": true, "tank": true, "institute": true,
	"commission": true, "committee": true, "council": true, "journalists": true, "investigators": true,
	"experts": true, "sources": true, "source": true, "governor": true, "mayor": true, "head": true,
	"chief": true, "commander": true, "commander-in-chief": true, "sudan's": true, "gaza's": true,
	"hamas-run": true, "hamas-controlled": true, "kremlin": true, "pentagon": true, "bbc": true,
	"joint": true, "national": true, "centre": true, "center": true, "defence's": true,
	"defense's": true, "staff's": true, "unit": true, "team": true, "organisation": true,
	"organization": true, "human": true, "rights": true, "watch": true, "international": true,
}

// genericHeads name a source by its kind only.
var genericHeads = map[string]bool{
	"ministry": true, "officials": true, "official": true, "military": true, "army": true,
	"it": true, "he": true, "she": true, "they": true, "staff": true, "agency": true,
	"department": true, "spokesman": true, "spokesperson": true, "government": true,
	"authorities": true, "office": true, "report": true, "update": true, "assessment": true,
	"command": true, "analysts": true, "intelligence": true, "researchers": true, "we": true,
}

// trailingNouns follow a source's name without being part of it.
var trailingNouns = map[string]bool{
	"update": true, "updates": true, "report": true, "reports": true, "estimate": true, "estimates": true,
	"figures": true, "figure": true, "data": true, "assessment": true, "assessments": true,
	"statement": true, "tally": true, "count": true, "bulletin": true, "briefing": true,
	"latest": true, "daily": true, "weekly": true, "monthly": true, "analysis": true, "study": true,
	"numbers": true, "calculations": true, "records": true, "count,": true, "summary": true,
	"intelligence": false, "has": true, "have": true, "had": true, "also": true, "on": true,
}

// findAttributions lists the sources a sentence names: "according to
// X", "X said", "said X", "X's estimate", "Source: X".
func findAttributions(toks []token, text []byte, out []attribution) []attribution {
	out = out[:0]
	for i := 0; i < len(toks); i++ {
		w := toks[i].w
		switch {
		case w == "according" && word(toks, i+1) == "to":
			s, e := npAfter(toks, i+2)
			if e > s {
				out = append(out, makeAttribution(toks, text, s, e, i, e))
				i = e - 1
			}
		case (w == "source" || w == "sources") && word(toks, i+1) == ":" && i == 0:
			s, e := npAfter(toks, i+2)
			if e > s {
				out = append(out, makeAttribution(toks, text, s, e, i, e))
				i = e - 1
			}
		case w == "citing" || (w == "cited" && word(toks, i+1) == "by") || (w == "per" && i+1 < len(toks) && toks[i+1].upper):
			k := i + 1
			if w == "cited" {
				k++
			}
			s, e := npAfter(toks, k)
			if e > s {
				out = append(out, makeAttribution(toks, text, s, e, i, e))
				i = e - 1
			}
		case speechVerbs[w]:
			// Subject before: "UK Defence Intelligence said", "the ministry has said".
			k := i - 1
			for k >= 0 && (toks[k].w == "has" || toks[k].w == "have" || toks[k].w == "had" || toks[k].w == "also" ||
				toks[k].w == "previously" || toks[k].w == "now" || toks[k].w == "recently" || toks[k].w == "earlier" ||
				toks[k].w == "on" || weekdays[toks[k].w] != 0 || toks[k].w == "sunday" || toks[k].w == "last" || toks[k].w == "week") {
				k--
			}
			if (w == "put" || w == "puts" || w == "putting") && !(nearWord(toks, i+1, min(i+5, len(toks)), "at", "toll", "losses", "casualties", "figure", "number")) {
				continue
			}
			if w == "report" || w == "reports" || w == "estimate" || w == "estimates" || w == "claim" || w == "claims" || w == "updated" || w == "published" || w == "found" || w == "identified" || w == "put" || w == "puts" {
				// Nouns as often as verbs: only after a named subject.
				if k < 0 || !toks[k].upper {
					if !(k >= 0 && genericHeads[toks[k].w]) {
						continue
					}
				}
			}
			s, e := npBefore(toks, k+1)
			if e > s {
				out = append(out, makeAttribution(toks, text, s, e, s, i+1))
				continue
			}
			// Inverted: ", said the ministry", "said Volodymyr Zelensky".
			if i > 0 && (toks[i-1].w == "," || toks[i-1].w == "\"" || toks[i-1].w == "”") {
				s, e := npAfter(toks, i+1)
				if e > s {
					out = append(out, makeAttribution(toks, text, s, e, i, e))
					i = e - 1
				}
			}
		case w == "'s" || strings.HasSuffix(w, "'s"):
			// "Mediazona's count", "the UK's latest estimate".
			if trailingNouns[word(toks, i+1)] || (word(toks, i+1) == "latest" && trailingNouns[word(toks, i+2)]) {
				s, _ := npBefore(toks, i)
				if s <= i {
					out = append(out, makeAttribution(toks, text, s, i+1, s, i+2))
				}
			}
		}
	}
	return out
}

func isNPWord(t *token) bool {
	if t.k == tWord {
		return t.upper || npWords[t.w] || strings.HasSuffix(t.w, "'s") && t.upper
	}
	if t.k == tPunct && (t.w == "." || t.w == "&" || t.w == "-") {
		return false
	}
	return false
}

// npAfter reads a name starting at token i.
func npAfter(toks []token, i int) (int, int) {
	s := i
	for s < len(toks) && (toks[s].w == "the" || toks[s].w == "a" || toks[s].w == "an") {
		s++
	}
	e := s
	for e < len(toks) && e-s < 10 && isNPWord(&toks[e]) {
		if toks[e].w == "and" && (e+1 >= len(toks) || !toks[e+1].upper) {
			break
		}
		// "U.S." and "U.K.": letters and dots.
		e++
		if e < len(toks) && toks[e].w == "." && toks[e].glued && e+1 < len(toks) && toks[e+1].glued && toks[e+1].k == tWord && len(toks[e+1].w) == 1 {
			e += 2
			if e < len(toks) && toks[e].w == "." && toks[e].glued {
				e++
			}
		}
	}
	for e > s && (toks[e-1].w == "of" || toks[e-1].w == "the" || toks[e-1].w == "and" || toks[e-1].w == "for" || toks[e-1].w == "on") {
		e--
	}
	// Drop trailing report nouns: "UK Defence Intelligence's latest update".
	for e > s && trailingNouns[toks[e-1].w] {
		e--
	}
	if e > s && !hasNameWord(toks, s, e) {
		return s, s
	}
	return s, e
}

// npBefore reads a name that ends right before token i.
func npBefore(toks []token, i int) (int, int) {
	e := i
	s := e
	for s > 0 && e-s < 10 && (isNPWord(&toks[s-1]) || pronoun(toks[s-1].w) && s == e) {
		if pronoun(toks[s-1].w) {
			s--
			break
		}
		s--
	}
	// A sentence-initial capital is no name by itself ("Overall", "But").
	for s < e && (toks[s].w == "the" || toks[s].w == "of" || toks[s].w == "and" || toks[s].w == "on" || toks[s].w == "for") {
		s++
	}
	for e > s && trailingNouns[toks[e-1].w] {
		e--
	}
	if e > s && !hasNameWord(toks, s, e) && !(e-s == 1 && pronoun(toks[s].w)) {
		return i, i
	}
	return s, e
}

func pronoun(w string) bool { return w == "it" || w == "he" || w == "she" || w == "they" || w == "we" }

func hasNameWord(toks []token, s, e int) bool {
	for k := s; k < e; k++ {
		if toks[k].w != "the" && toks[k].w != "of" && toks[k].w != "and" && (toks[k].upper || genericHeads[toks[k].w]) {
			return true
		}
	}
	return false
}

// makeAttribution resolves a name through the source registry, trying
// its longest known sub-phrase first.
func makeAttribution(toks []token, text []byte, s, e, as, ae int) attribution {
	a := attribution{s: as, e: ae}
	for l := e - s; l >= 1; l-- {
		for st := s; st+l <= e; st++ {
			var b strings.Builder
			for k := st; k < st+l; k++ {
				if k > st {
					b.WriteByte(' ')
				}
				b.WriteString(toks[k].w)
			}
			if src, ok := attrition.ResolveSource(b.String()); ok {
				// A one-word generic alias ("general staff") inside a
				// longer unknown name still resolves; a lone generic head
				// stays generic.
				a.name, a.party = src.Name, src.Party
				return a
			}
		}
	}
	raw := strings.TrimSpace(string(text[toks[s].s:toks[e-1].e]))
	raw = strings.TrimSuffix(strings.TrimSuffix(raw, "'s"), "’s")
	a.name = raw
	if e-s == 1 && (genericHeads[toks[s].w] || pronoun(toks[s].w)) || e-s == 2 && genericHeads[toks[e-1].w] && (toks[s].w == "the" || !toks[s].upper) {
		a.generic = true
	}
	if a.generic || allLowerGeneric(toks, s, e) {
		a.generic = true
	}
	return a
}

func allLowerGeneric(toks []token, s, e int) bool {
	for k := s; k < e; k++ {
		if toks[k].upper && !(k == s && genericHeads[toks[k].w]) {
			return false
		}
	}
	return true
}

// resolveGeneric matches "the ministry" to the last source named before
// whose name holds that word; pronouns take the last source.
func resolveGeneric(a attribution, seen []attribution, toks []token) (attribution, bool) {
	head := strings.ToLower(a.name)
	if i := strings.LastIndexByte(head, ' '); i >= 0 {
		head = head[i+1:]
	}
	for i := len(seen) - 1; i >= 0; i-- {
		s := seen[i]
		if s.generic {
			continue
		}
		if pronoun(head) || strings.Contains(strings.ToLower(s.name), head) {
			return s, true
		}
		if src, ok := attrition.ResolveSource(s.name); ok {
			for _, al := range src.Aliases {
				if strings.Contains(al, head) {
					return s, true
				}
			}
		}
	}
	return a, false
}
