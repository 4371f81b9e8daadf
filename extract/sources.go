package extract

import (
	"bytes"
	"slices"
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
	// self marks the publisher speaking ("we estimate", "our count").
	self bool
	// junk marks a match that named no one ("Using ... estimate").
	junk bool
	// actor is the side named inside the source's name ("Azerbaijan's
	// defence ministry").
	actor string
	// long is the name as written when name is an acronym or alias.
	long string
	// title is the office of a speaker named by it alone ("the US
	// envoy said"): the person the text named with it, else no one.
	title string
	// unnamed is a government's people named by their country alone
	// ("US officials", "Ukrainian authorities"): no body the rules can
	// resolve, carry or take a side from, but who the claim is
	// attributed to all the same.
	unnamed string
	// person is the speaker named before the body he speaks for
	// ("Hagari, the military's spokesman"), the source when the body,
	// named by its kind only, resolves to none.
	person string
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
	"posted": true, "published": true, "publishes": true, "updated": true, "verified": true, "identified": true,
	"insists": true, "insisted": true, "acknowledged": true, "admitted": true, "admits": true,
	"explained": true, "warned": true, "declared": true, "revealed": true, "disclosed": true,
	"raised": true, "revised": true, "listed": true, "lists": true, "logs": true, "logged": true,
	// "Airwars has tracked 150 civilian deaths", "the ICRC has
	// registered 500 people as missing".
	"tracked": true, "tracks": true, "registered": true, "registers": true,
	// "SNHR attributes 201,260 deaths to the regime".
	"attributes": true, "attributed": true,
	// An investigating body speaks for the deaths it examined: "Amnesty
	// International investigated 19 strikes that killed 212 civilians".
	"investigated": true, "analysed": true, "analyzed": true, "examined": true, "reviewed": true,
	// Only after a named body's data (dataShow): "ACLED data show".
	"show": true, "shows": true, "showed": true, "suggest": true, "indicate": true,
}

// reportNouns are papers and figures that a body's name comes before:
// "Pentagon documents that …", "General Staff figures put …".
var reportNouns = map[string]bool{
	"documents": true, "figures": true, "data": true, "estimates": true, "slides": true, "assessments": true,
	"count": true, "tally": true, "records": true, "analysis": true, "study": true, "report": true,
	"assessment": true, "survey": true, "investigation": true, "dataset": true, "database": true,
}

// npWords may sit inside a source's name in lower case.
var npWords = map[string]bool{
	"of": true, "the": true, "for": true, "and": true, "on": true, "ministry": true,
	"division": true, "brigade": true, "battalion": true, "regiment": true, "corps": true,
	"alliance": true, "movement": true, "front": true,
	"officials": true, "official": true, "staff": true, "intelligence": true, "defence": true,
	"defense": true, "office": true, "agency": true, "department": true, "analysts": true,
	"general": true, "spokesman": true, "spokesperson": true, "spokeswoman": true, "military": true,
	"army": true, "government": true, "authorities": true, "service": true, "mission": true,
	"monitors": true, "researchers": true, "health": true, "ministry's": true, "command": true,
	"armed": true, "forces": true, "president": true, "minister": true, "secretary": true,
	"estimates": false, "independent": true, "western": true, "us": true, "uk": true, "un": true,
	"british": true, "american": true, "ukrainian": true, "russian": true, "israeli": true,
	"media": true, "prime": true, "minister's": true, "president's": true, "governor's": true, "mayor's": true,
	"data": false, "outlet": true, "news": true, "site": true, "project": true, "group": true,
	"monitor": true, "observatory": true, "think": true, "tank": true, "institute": true,
	"commission": true, "committee": true, "council": true, "journalists": true, "investigators": true,
	"experts": true, "sources": true, "source": true, "governor": true, "mayor": true, "head": true,
	"chief": true, "commander": true, "commander-in-chief": true, "sudan's": true, "gaza's": true,
	"hamas-run": true, "hamas-controlled": true, "kremlin": true, "pentagon": true, "bbc": true,
	"joint": true, "national": true, "centre": true, "center": true, "defence's": true,
	"defense's": true, "staff's": true, "unit": true, "team": true, "organisation": true,
	"organization": true, "human": true, "rights": true, "watch": true, "international": true,
	"panel": true, "&": true, "coalition": true, "ombudsman": true, "activists": true, "witnesses": true, "medics": true, "doctors": true,
	"rescuers": true, "locals": true, "residents": true, "air": true, "force": true, "civil": true,
	"regional": true, "administration": true, "emergency": true, "emergencies": true, "interior": true,
	"police": true, "navy": true, "rescue": true, "medical": true, "city": true,
	// The kinds of bodies that publish counts: "the UN peacekeeping
	// mission", "the prosecutor-general's office".
	"peacekeeping": true, "humanitarian": true, "monitoring": true, "relief": true, "prosecutor": true,
	"prosecutor's": true, "prosecutor-general's": true, "prosecutor-general": true, "security": true,
	"border": true, "press": true, "statistics": true, "coordination": true, "affairs": true,
	"refugee": true, "children's": true, "migration": true, "spy": true, "directorate": true,
	"collective": true, "network": true, "association": true, "junta": true,
	// Ministers by portfolio: "Iran's foreign minister".
	"foreign": true, "information": true, "finance": true, "justice": true, "judiciary": true,
}

// genericHeads name a source by its kind only.
var genericHeads = map[string]bool{
	"ministry": true, "officials": true, "official": true, "military": true, "army": true,
	"it": true, "he": true, "she": true, "they": true, "staff": true, "agency": true,
	"department": true, "spokesman": true, "spokesperson": true, "government": true,
	"authorities": true, "office": true, "report": true, "update": true, "assessment": true,
	"command": true, "analysts": true, "intelligence": true, "researchers": true, "we": true,
	"mission": true, "institute": true, "alliance": true, "observatory": true, "monitor": true,
	"group": true, "council": true, "project": true, "service": true, "centre": true, "center": true,
	"committee": true, "commission": true, "organisation": true, "organization": true, "outlet": true,
	"team": true, "study": true, "panel": true, "coalition": true, "ombudsman": true,
	"collective": true, "network": true, "association": true, "navy": true, "junta": true,
}

// trailingNouns follow a source's name without being part of it.
var trailingNouns = map[string]bool{
	"update": true, "updates": true, "report": true, "reports": true, "estimate": true, "estimates": true,
	"figures": true, "figure": true, "data": true, "assessment": true, "assessments": true,
	"statement": true, "tally": true, "count": true, "bulletin": true, "briefing": true,
	"latest": true, "daily": true, "weekly": true, "monthly": true, "analysis": true, "study": true,
	"numbers": true, "calculations": true, "records": true, "count,": true, "summary": true,
	"intelligence": false, "has": true, "have": true, "had": true, "also": true, "on": true,
	"documents": true, "document": true, "files": true, "papers": true, "slides": true,
	"investigation": true, "dataset": true, "database": true, "model": true, "list": true,
}

// byAgentVerbs take the source as the agent of a passive: "compiled by",
// "released by".
var byAgentVerbs = map[string]bool{
	"compiled": true, "collected": true, "gathered": true, "tallied": true, "published": true,
	"released": true, "verified": true, "documented": true, "recorded": true, "confirmed": true,
	"counted": true, "provided": true, "issued": true, "reported": true, "estimated": true,
	"claimed": true, "cited": true, "announced": true, "alleged": true,
}

// countingGerunds tell a body's count in an absolute clause after
// "with": "with ACLED recording more than 15,000 fatalities", "with the
// health ministry reporting 300 dead".
var countingGerunds = map[string]bool{
	"recording": true, "reporting": true, "counting": true, "documenting": true, "tallying": true,
	"registering": true, "logging": true, "tracking": true, "confirming": true, "listing": true,
}

// dottedInitialsBefore reads initials written with dots ("U.N.",
// "U.S.") that end right before token s, and returns where they start and
// their letters ("UN"), or "" when there are none.
func dottedInitialsBefore(toks []token, s int) (int, string) {
	k := s - 1
	letters := ""
	for k >= 1 && toks[k].w == "." && toks[k].glued && len(toks[k-1].w) == 1 && toks[k-1].upper && toks[k-1].k == tWord {
		letters = strings.ToUpper(toks[k-1].w) + letters
		k -= 2
	}
	if len(letters) < 2 {
		return 0, ""
	}
	return k + 1, letters
}

// spokesmanBefore finds, before the comma at c, the phrase "the army's
// spokesman in Ituri" or "a Fano spokesman" that a person's name stands
// in apposition to, and returns the body's words: [s, e) up to the
// spokesman, which makeAttribution trims to the body.
func spokesmanBefore(toks []token, c int) (s, e int, ok bool) {
	for k := c - 1; k >= 0 && k >= c-4; k-- {
		switch toks[k].w {
		case "spokesman", "spokeswoman", "spokesperson":
			// The body named before the word: "army's", "Fano".
			b := k - 1
			if b < 0 {
				return 0, 0, false
			}
			if toks[b].k != tWord {
				return 0, 0, false
			}
			st := b
			for st > 0 && st > b-4 && toks[st-1].k == tWord && (toks[st-1].upper || toks[st-1].w == "the") {
				st--
			}
			if w := toks[b].w; strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
				// "Hezbollah's spokesman, Mohammad Afif": a name's
				// possessive, which makeAttribution trims with the
				// title after it.
				if toks[b].upper {
					return st, k + 1, true
				}
				return st, b + 1, true
			}
			if toks[b].upper {
				return st, k + 1, true
			}
			// "A ministry spokesman, Anees al-Asbahi, said": the body
			// by its kind, which the text's context resolves.
			// "Sudan's military spokesman": the owner too.
			if toks[b].cls&clsGenericHeads != 0 {
				if b > 0 && toks[b-1].upper && toks[b-1].k == tWord && strings.HasSuffix(toks[b-1].w, "'s") {
					return b - 1, b + 1, true
				}
				return b, b + 1, true
			}
			return 0, 0, false
		case ",", ".", ";", ":":
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// figureGiven reports "gave a lower figure", "has given a toll": a body
// giving a figure speaks as "said" does.
func figureGiven(toks []token, i int) bool {
	switch toks[i].w {
	case "gave", "given", "gives":
		return nearWord(toks, i+1, min(i+5, len(toks)), "figure", "figures", "estimate", "toll", "count", "tally", "number", "breakdown")
	case "stood", "stands":
		// "The ministry also stood by its toll of 471 dead".
		return word(toks, i+1) == "by" && nearWord(toks, i+2, min(i+5, len(toks)), "figure", "figures", "estimate", "toll", "count", "tally", "number")
	case "named":
		// "Mediazona has named 106,745 Russian soldiers killed": a
		// count of the dead by name.
		if b := word(toks, i-1); b == "has" || b == "have" || b == "had" {
			return i+1 < len(toks) && startsNumber(&toks[i+1]) || i+2 < len(toks) && startsNumber(&toks[i+2])
		}
	}
	return false
}

// findAttributionsAt lists the sources a sentence names ("according to
// X", "X said", "said X", "X's estimate", "Source: X"). When listed, at
// lists in order every token that may open an attribution (a word of
// the source class, one ending in "'s", "by" or "("; scanSentence lists
// them), and only those are visited.
func findAttributionsAt(toks []token, text []byte, out []attribution, at []int32, listed bool) []attribution {
	out = out[:0]
tokens:
	for i := 0; i < len(toks); i++ {
		if listed {
			// On to the next listed token: the body may have moved i
			// past some.
			for len(at) > 0 && int(at[0]) < i {
				at = at[1:]
			}
			if len(at) == 0 {
				break
			}
			i = int(at[0])
		}
		t := &toks[i]
		w := t.w
		// The cheap tests first: this runs for every token of the text.
		if t.cls&clsSource == 0 {
			switch t.k {
			case tWord:
				if !(len(w) >= 2 && w[len(w)-1] == 's' && w[len(w)-2] == '\'') && w != "by" && w != "data" && w != "figures" && w != "statistics" {
					continue
				}
			case tPunct:
				if w != "(" && w != "@" && !pluralOwnerAt(toks, i) {
					continue
				}
			default:
				continue
			}
		}
		switch {
		case w == "(" && sourceLead(toks, i+1):
			// "40 civilians were killed (source: Ukrainian
			// authorities)", "Casualties (Source: Gaza Health
			// Ministry)": a credit in brackets.
			if s, e := npAfter(toks, i+3); e > s {
				out = append(out, makeAttribution(toks, text, s, e, i, e))
				i = e - 1
			}
		case w == "@":
			// "(via @GeneralStaffUA)", "— via @DefenceU", "posted on X
			// by @mod_russia", "(@IDF)": a post's credit to the account
			// it came from.
			if e := handleEnd(toks, i); e > i && handleCredit(toks, i, e) {
				out = append(out, makeAttribution(toks, text, i+1, e, i, e))
				i = e - 1
			}
		case w == "(":
			// "50,423+ killed (Gaza Health Ministry, as of 31 March)",
			// "17,000 militants killed (IDF claim)": a source in brackets
			// after the figures.
			// "377,000 deaths including indirect causes (UNDP); …": a
			// bracket that closes a figure's clause a few words on.
			near := i > 0 && (toks[i-1].k == tNum || toks[i-1].cls&(clsLoss|clsCat) != 0 && !toks[i-1].upper)
			if i+2 < len(toks) && toks[i+1].upper && i > 0 && (near || figureShortlyBefore(toks, i)) {
				e := i + 1
				for e < len(toks) && e < i+8 && toks[e].k == tWord && (toks[e].upper || npWords[toks[e].w]) {
					e++
				}
				if !near && !closingBracketSource(toks, text, i, e) {
					continue
				}
				// "JERUSALEM, June 11 (AFP) —": an agency's dateline mark.
				if e > i+1 && e < len(toks) && !(toks[e].w == ")" && e+1 < len(toks) && isDash(toks[e+1].w)) {
					nx := toks[e].w
					_, known := matchSource(toks, i+1, e)
					// ("188,000 (Iranian government, 2000)": a reference
					// work's source and year.)
					if (nx == ")" || nx == ",") && (known || e == i+2 && isAcronym(text[toks[i+1].s:toks[i+1].e])) ||
						nx == "," && e+2 < len(toks) && yearAt(toks, e+1) && word(toks, e+2) == ")" ||
						nx == "claim" || nx == "claims" || nx == "estimate" || nx == "figures" || nx == "data" ||
						// "range from 90,000 (Mediazona) to 150,000 (US
						// officials)": each end's own source.
						nx == ")" && (word(toks, e+1) == "to" && word(toks, i-2) == "from" || word(toks, i-2) == "to" && word(toks, i-3) == ")") {
						out = append(out, makeAttribution(toks, text, i+1, e, i, e))
						i = e - 1
					}
				}
			}
		// The map look-ups come last in these cases: they run for many
		// tokens, the word tests rule most of them out.
		case w == "by" && word(toks, i+1) == "the" && word(toks, i+3) == "of" && countNouns[word(toks, i+2)]:
			// "By the count of Ukraine's General Staff, Russian forces
			// lost": as "according to".
			s, e := npAfter(toks, i+4)
			if e > s {
				out = append(out, makeAttribution(toks, text, s, e, i, e))
				i = e - 1
			}
		case strings.HasSuffix(w, "'s") && (word(toks, i-1) == "by" || word(toks, i-2) == "by" && toks[i-1].upper) && countNouns[word(toks, i+1)]:
			// "By Kyiv's count", "by the ministry's tally".
			s := i
			if word(toks, i-1) != "by" {
				s = i - 1
			}
			out = append(out, makeAttribution(toks, text, s, i+1, s-1, i+2))
			i++
		case w == "by" && (word(toks, i-1) == "kept" || word(toks, i-1) == "maintained") && (countNouns[word(toks, i-2)] || word(toks, i-2) == "," && countNouns[word(toks, i-3)]):
			// "The tally kept by the Gaza health ministry stands at",
			// "the official count, kept by Ukraine's prosecutor general's
			// office,": the keeper of the count, as with "compiled by".
			if s, e := npAfter(toks, i+1); e > s {
				out = append(out, makeAttribution(toks, text, s, e, i-1, e))
				i = e - 1
			}
		case w == "by":
			// "Russian losses were estimated at 110,000 killed by
			// Mediazona": a body the registry knows, after a verb of
			// counting earlier in the clause, is the passive's agent
			// (not "killed by Russian forces").
			if estimatedEarlier(toks, i) {
				if s, e := npAfter(toks, i+1); e > s {
					if _, ok := matchSource(toks, s, e); ok {
						out = append(out, makeAttribution(toks, text, s, e, i, e))
						i = e - 1
					}
				}
			}
		case w == "according" && word(toks, i+1) == "to" || w == "per" && perLead(toks, i) > 0:
			k := i + 2
			if w == "per" {
				// "…, per the regional administration", "Per @IDF, …":
				// as "according to".
				k = perLead(toks, i)
			}
			// "according to a count by the Oryx group", "to data from".
			for m := k; m < len(toks) && m < k+5; m++ {
				// "according to the ministry, units of the Dnepr group":
				// the phrase ends at its comma.
				if toks[m].k == tPunct {
					break
				}
				// ("according to a letter in The Lancet", "a study
				// published in the BMJ": the journal.)
				if mw := toks[m].w; (mw == "by" || mw == "from" || mw == "of" || mw == "in" && paperWord(word(toks, m-1)) && m+1 < len(toks) && (toks[m+1].upper || word(toks, m+1) == "the" && m+2 < len(toks) && toks[m+2].upper)) && m > k {
					allLower := true
					for x := k; x < m; x++ {
						if toks[x].upper {
							allLower = false
						}
					}
					if allLower {
						k = m + 1
					}
					break
				}
			}
			// "according to (a study by) researchers at Ghent University".
			if r := researchersAt(toks, k, min(len(toks), k+6)); r > k {
				k = r
			}
			s, e := npAfter(toks, k)
			// "according to the military's figures": the body whose
			// count it is, named in lower case.
			if e == s {
				j := k
				if word(toks, j) == "the" {
					j++
				}
				if j+1 < len(toks) && toks[j].poss && countNouns[toks[j+1].w] {
					s, e = k, j+1
				}
			}
			if e > s {
				// (A generic body a named speaker relays is the
				// speaker's word.)
				if a := makeAttribution(toks, text, s, e, i, e); !(a.generic && relayedBy(toks, i)) {
					out = append(out, a)
				}
				i = e - 1
			} else if m := vagueNPEnd(toks, k); m > k && !relayedBy(toks, i) {
				// "according to open sources", "according to local
				// officials": no one named, and no one carried over.
				out = append(out, attribution{s: i, e: m})
				i = m - 1
			}
		case (w == "comes" || w == "come" || w == "came") && word(toks, i+1) == "from" && i+2 < len(toks) && (toks[i+2].upper || word(toks, i+2) == "the" && i+3 < len(toks) && toks[i+3].upper) &&
			nearWord(toks, max(0, i-8), i, "figure", "figures", "estimate", "estimates", "number", "toll", "count", "tally", "data"):
			// "The figure of 20,000 deaths comes from ACLED": the figure's
			// source after it.
			s, e := npAfter(toks, i+2)
			if e > s {
				out = append(out, makeAttribution(toks, text, s, e, i, e))
				i = e - 1
			}
		case word(toks, i+1) == "by" && byAgentVerbs[w] && !(word(toks, i+2) == "name" || word(toks, i+2) == "names"):
			// ("have confirmed by name the deaths of": how, not who; the
			// subject before speaks.)
			// "data compiled by ACLED", "figures released by the
			// ministry": the agent of the passive is the source.
			s, e := npAfter(toks, i+2)
			if e > s {
				out = append(out, makeAttribution(toks, text, s, e, i, e))
				i = e - 1
			}
		case sourceLead(toks, i) && (i == 0 || i == postLead(toks)):
			// "Source: ACLED.", "Data: ACLED.": a credit line.
			s, e := npAfter(toks, i+2)
			if e > s {
				out = append(out, makeAttribution(toks, text, s, e, i, e))
				i = e - 1
			}
		case i >= 2 && countingGerunds[w]:
			// "Myanmar was the third-deadliest conflict, with ACLED
			// recording more than 15,000 fatalities": the body that
			// counts, as "ACLED recorded" would say. Only after "with":
			// "journalists reporting from Gaza" are no source.
			if s, e := npBefore(toks, i); e > s {
				p := s - 1
				if word(toks, p) == "the" {
					p--
				}
				if word(toks, p) == "with" {
					out = append(out, makeAttribution(toks, text, s, e, p, i+1))
				}
			}
		case w == "saying" && i > 2 && toks[i-1].w == ",":
			// "…, which Kyiv denied, saying it had lost one aircraft",
			// "Ukraine rejected the claim, saying …": the side that
			// rebuts speaks, not the sentence's first subject.
			if m := rebutBefore(toks, i-1, 5); m > 0 {
				if s, e := npBefore(toks, m); e > s {
					out = append(out, makeAttribution(toks, text, s, e, s, i+1))
					continue
				}
			}
			// "Zelensky broke with practice in an interview on Sunday,
			// saying that 46,000 soldiers had been killed": the subject
			// the sentence opens with says it.
			st := 0
			if toks[0].w == "the" {
				st = 1
			}
			if st < len(toks) && (toks[st].upper || toks[st].cls&clsGenericHeads != 0) {
				s, e := npAfter(toks, st)
				if e > s && e < i-1 && !isNPWord(&toks[e]) && toks[e].k == tWord && toks[e].cls&(clsPeriod|clsNum) == 0 {
					out = append(out, makeAttribution(toks, text, s, e, i, i+1))
				}
			}
		case word(toks, i+2) == "open" && word(toks, i+1) == "from" && (word(toks, i+3) == "sources" || word(toks, i+3) == "source") && byAgentVerbs[w]:
			// "losses compiled from open sources": no one named.
			out = append(out, makeAttribution(toks, text, i+2, i+4, i, i+4))
			i += 3
		case w == "citing" || (w == "cited" && word(toks, i+1) == "by") || (w == "per" && i+1 < len(toks) && toks[i+1].upper && (i > 0 || perLead(toks, i) > 0)):
			k := i + 1
			if w == "cited" {
				k++
			}
			s, e := npAfter(toks, k)
			if e > s {
				out = append(out, makeAttribution(toks, text, s, e, i, e))
				i = e - 1
			}
		case (toks[i].cls&clsSpeechVerbs != 0 || figureGiven(toks, i) || modalCheck(toks, i) > 0) && !(toks[i].upper && i > 0) && !(i > 0 && (strings.HasSuffix(toks[i-1].w, "'s") || pluralOwnerAt(toks, i-1))) && !(i > 1 && strings.HasSuffix(toks[i-2].w, "'s") && reportModifier(toks[i-1].w)) && !claimedLives(toks, i) && word(toks, i+1) != "nothing" &&
			word(toks, i+1) != "|" && !(toks[i].w == "states" && (stopAfter(toks, i+1) || placesStates(toks, i))) && !(showVerb(toks[i].w) && !dataShow(toks, i)):
			// "| Clashes recorded |": a table's header, not a speaker.
			// "Ukraine, for its part, publishes nothing": no count to give.
			// "Kyiv's confirmed losses": after a possessive the word is
			// an adjective, not a verb of saying; so is a paper's noun
			// ("Russia's official estimate").
			// A capitalised "States" is a name, not a verb; nor is
			// "states" that ends a clause: "in Rakhine and Shan states."
			// Inverted first: "Fifty civilians died in Omdurman on
			// Saturday, said the health ministry": the name after the
			// verb, which ends the clause, not the words before the comma.
			// ("…, Gen Musa, told the Senate last month": whom a speaker
			// told is no speaker.)
			if i > 0 && toks[i-1].w == "," && w != "told" && w != "tells" && w != "tell" && i+1 < len(toks) && (toks[i+1].w == "the" || toks[i+1].upper && toks[i+1].k == tWord) {
				if s, e := npAfter(toks, i+1); e > s {
					// "…, said Nadav Shoshani, an IDF spokesman.": the
					// body the spokesman speaks for, as with the
					// appositive before the verb.
					if word(toks, e) == "," && toks[s].upper {
						if a, ok := spokesAfter(toks, text, s, e, i); ok {
							out = append(out, a)
							i = a.e - 1
							continue
						}
					}
					switch word(toks, e) {
					case "", ".", ",", ";", "on", "in", "late", "earlier", "yesterday", "today", "last", "this":
						out = append(out, makeAttribution(toks, text, s, e, i, e))
						i = e - 1
						continue
					}
				}
			}
			// "…, say residents", "…, said witnesses": speakers of no
			// name after the verb; the words before the comma are none.
			if i > 0 && toks[i-1].w == "," && i+1 < len(toks) && !toks[i+1].upper && pluralSpeakerWord(toks[i+1].w) {
				if nx := word(toks, i+2); nx == "" || nx == "." || nx == "," || nx == ";" {
					out = append(out, attribution{s: i + 1, e: i + 2})
					i++
					continue
				}
			}
			// Subject before: "UK Defence Intelligence said", "the ministry has said".
			k := i - 1
			if m := modalCheck(toks, i); m > 0 {
				k = m - 1
			}
			for k >= 0 && betweenSpeakerAndVerb(&toks[k]) {
				k--
			}
			// "the ministry at the time claimed", "the army in a
			// statement said".
			if k >= 3 && (toks[k].w == "time" && toks[k-1].w == "the" && toks[k-2].w == "at" || toks[k].w == "statement" && toks[k-1].w == "a" && toks[k-2].w == "in") {
				k -= 3
			}
			// "researchers at Ghent University, who estimate that": the
			// relative pronoun stands for the name before it.
			if k >= 2 && (toks[k].w == "who" || toks[k].w == "which") && !toks[k].upper && toks[k-1].w == "," {
				k -= 2
			}
			// "The UALosses project, which compiles names from
			// obituaries, has identified": a relative clause stands
			// between the subject and its verb.
			// "Mediazona, an independent news outlet, working with the
			// BBC, has confirmed": descriptive segments between commas.
			// "Sonia Khush, Save the Children's Ukraine director, said",
			// "Hagari, the military's spokesman, said": the body the
			// person speaks for, named in the title.
			// "Ukraine's General Staff, by contrast, reported": a
			// discourse aside between the subject and its verb.
			if k > 2 && toks[k].w == "," {
				if m := k - 2; word(toks, m) == "," && discourseAside(toks, m+1, k) {
					k = m - 1
				} else if m := k - 3; word(toks, m) == "," && discourseAside(toks, m+1, k) {
					k = m - 1
				} else if m := k - 4; word(toks, m) == "," && discourseAside(toks, m+1, k) {
					k = m - 1
				}
			}
			var orgAt, personAt [2]int
			if k > 2 && toks[k].w == "," {
				for m := k - 2; m > 0 && m >= k-12; m-- {
					if w := toks[m].w; w == "," {
						if os, oe, ok := orgOfTitle(toks, m+1, k); ok && toks[m-1].upper {
							orgAt = [2]int{os, oe}
						} else if os, oe, ok := spokesBody(toks, m+1, k); ok && toks[m-1].upper {
							orgAt = [2]int{os, oe}
							personAt = [2]int{m, m}
							for personAt[0] > 0 && m-personAt[0] < 4 && toks[personAt[0]-1].upper && toks[personAt[0]-1].k == tWord {
								personAt[0]--
							}
						}
						break
					} else if w == "." || w == ";" || toks[m].k == tNum {
						break
					}
				}
			}
			if k > 0 && toks[k].w == "," {
				end := k
				for {
					m := end - 1
					for m > 0 && m >= end-16 && toks[m].w != "," && toks[m].w != "." && toks[m].w != ";" && toks[m].k != tNum {
						m--
					}
					if m <= 0 || toks[m].w != "," || !descriptorSegment(toks, m+1, end) || toks[m-1].w == "," || nameInPlace(toks, m) {
						break
					}
					end = m
				}
				if end < k {
					k = end - 1
				}
			}
			if k > 0 && toks[k].w == "," {
				for m := k - 2; m > 0 && m >= k-24; m-- {
					if toks[m].w == "." || toks[m].w == ";" || toks[m].k == tNum {
						break
					}
					if toks[m].w == "," {
						if nw := word(toks, m+1); (nw == "which" || nw == "who" || nw == "whose") && !nameInPlace(toks, m) {
							k = m - 1
						} else if (toks[k-1].cls&clsGenericHeads != 0) && !toks[k-1].upper && toks[m-1].upper {
							// "The HUR, Ukraine's military intelligence
							// agency, estimates": a descriptor in apposition.
							k = m - 1
						}
						break
					}
				}
				for k >= 0 && (toks[k].w == "has" || toks[k].w == "have" || toks[k].w == "had" || toks[k].w == "also") {
					k--
				}
			}
			if orgAt[1] > orgAt[0] {
				a := makeAttribution(toks, text, orgAt[0], orgAt[1], orgAt[0], i+1)
				if personAt[1] > personAt[0] {
					a.person = nameText(text[toks[personAt[0]].s:toks[personAt[1]-1].e])
				}
				out = append(out, a)
				continue
			}
			// "The British Ministry of Defence (MoD) reported": the
			// acronym in brackets stands between the name and its verb;
			// a registry source's acronym names it whole ("the Center for
			// Strategic and International Studies (CSIS) estimated").
			if k >= 2 && toks[k].w == ")" && toks[k-2].w == "(" && isAcronym(text[toks[k-1].s:toks[k-1].e]) {
				if src, ok := matchSource(toks, k-1, k); ok && src.Name != "" {
					out = append(out, attribution{name: src.Name, party: src.Party, s: k - 2, e: i + 1})
					continue
				}
				k -= 3
			}
			if (w == "put" || w == "puts" || w == "putting") && !(nearWord(toks, i+1, min(i+7, len(toks)), "at", "toll", "losses", "casualties", "figure", "number")) {
				continue
			}
			// "Leaked Pentagon documents that appeared online this month
			// put …": a relative clause after the documents.
			putVerb := w == "put" || w == "puts" || w == "estimated" || dataShow(toks, i)
			if putVerb {
				for r := k; r >= 2 && r > k-14; r-- {
					if tw := toks[r].w; tw == "." || tw == ";" {
						break
					}
					if (toks[r].w == "that" || toks[r].w == "which") && reportNouns[toks[r-1].w] && toks[r-2].upper {
						k = r - 1
						break
					}
				}
			}
			// "The UK Defence Intelligence update in April put": the
			// time between the subject and its verb.
			if k >= 2 && (toks[k].cls&clsMonth != 0 || yearAt(toks, k) || weekdayIx.at(&toks[k]) && toks[k].w != "sunday") && (toks[k-1].w == "in" || toks[k-1].w == "on") && toks[k-2].k == tWord && !toks[k-2].upper {
				k -= 2
			}
			// "General Staff figures put ... at": the figures are the
			// named body's; so are "An ISW assessment says", "A RUSI
			// analysis estimates", "SAF sources claim".
			if k > 0 && (paperNoun(&toks[k]) || toks[k].w == "sources") && !toks[k].upper && toks[k-1].upper && toks[k-1].k == tWord {
				k--
			}
			// "The M23 rebels said", "Fano militia claimed", "Houthi
			// rebels said": the armed group by its name.
			if k > 0 && groupNoun(toks[k].w) && !toks[k].upper {
				if a := actorIn(toks, max(0, k-3), k); a != "" && !strings.Contains(a, "(") {
					// (Or a side outside the registry named as a group with
					// this word: "Fano militia".)
					// ("Fano militiamen said": an armed group outside the
					// registry, which no people's adjective names; not
					// in "claimed to have killed", a deed whose doer the
					// actor rules read.)
					if f, ok := findActor(a); ok && f.Population == attrition.PopulationMilitary || slices.Contains(otherSides[a], strings.ToLower(a)+" "+toks[k].w) ||
						!ok && len(otherSides[a]) > 0 && !countryAdjective(a, otherSides[a]) && word(toks, i+1) != "to" {
						out = append(out, attribution{name: a, party: a, actor: a, s: k - 1, e: i + 1})
						continue
					}
				}
				// (Not a sentence's first word: "Resistance fighters
				// said"; nor an adjective: "the Qaeda-linked group".)
				// A first word that is no common word of a group's
				// description is its name: "Fano militia claimed".
				if k >= 2 && toks[k-1].upper && toks[k-1].k == tWord && !strings.Contains(toks[k-1].w, "-") || k >= 2 && toks[k-1].k == tNum && toks[k-1].glued && toks[k-2].upper ||
					k == 1 && groupNameFirst(&toks[0]) {
					k--
				}
			}
			// "A Washington-based rights group, HRANA, put the toll at
			// 406": the name in apposition, closed by its comma.
			if k >= 2 && toks[k].w == "," && toks[k-1].upper && toks[k-1].k == tWord && word(toks, k-2) == "," {
				k--
			}
			switch w {
			case "report", "reports", "estimate", "estimates", "claim", "claims", "updated", "published", "found", "identified", "put", "puts",
				"raised", "revised", "listed", "lists", "records", "logs":
				// Nouns as often as verbs: only after a named subject
				// ("Iranian state media report": a people's media).
				if k < 0 || !toks[k].upper {
					if !(k >= 0 && (toks[k].cls&clsGenericHeads != 0)) && !(k >= 1 && toks[k].w == "media" && (toks[k-1].upper || k >= 2 && toks[k-1].w == "state" && toks[k-2].upper)) {
						continue
					}
				}
			}
			// "Ukraine denied this and said it had killed 900": the
			// subject of the first verb speaks through the second.
			if k >= 2 && toks[k].w == "and" {
				if m := rebutBefore(toks, k, 8); m > 0 {
					k = m - 1
				}
			}
			s, e := npBefore(toks, k+1)
			// "A US intelligence assessment shared with Congress says":
			// whom a paper was given to is no speaker.
			p := s - 1
			if word(toks, p) == "the" {
				p--
			}
			if e > s && p >= 2 && (word(toks, p) == "with" || word(toks, p) == "to") {
				switch word(toks, p-1) {
				case "shared", "provided", "given", "sent", "presented", "submitted", "delivered", "leaked", "passed", "shown":
					j := p - 1
					// (The paper's noun after its author's name.)
					if j >= 2 && !toks[j-1].upper && paperNoun(&toks[j-1]) {
						j--
					}
					if s2, e2 := npBefore(toks, j); e2 > s2 {
						s, e = s2, e2
					}
				}
			}
			// "The health ministry in the Hamas-run territory said": a
			// name the registry knows, in words no capitals mark.
			if e <= s && k >= 1 && toks[k].k == tWord {
				for st := k - 1; st >= 0 && st >= k-8; st-- {
					if a := aliasAt(toks, st, k+1, k-st); a != nil {
						s, e = st, k+1
					}
				}
			}
			// "the U.N. said", "the U.N. human rights office said": wire
			// copy's dotted initials, which the walk back stops at.
			// ("the U.N. said": the initials alone, named as written.)
			if st, letters := dottedInitialsBefore(toks, s); letters != "" {
				a := attribution{name: letters, s: st, e: i + 1}
				if e > s {
					a.name += " " + nameText(text[toks[s].s:toks[e-1].e])
				}
				src, known := attrition.ResolveSource(a.name)
				if known {
					a.name, a.party = src.Name, src.Party
				}
				if known || e <= s {
					out = append(out, a)
					continue
				}
				// "U.S. officials estimate": a country's officials, as
				// "US officials" are.
				if e > s && !toks[s].upper && officialsHead(toks[e-1].w) && (letters == "US" || letters == "UK") {
					a.unnamed, a.name = a.name, ""
					out = append(out, a)
					continue
				}
			}
			// "the Committee to Protect Journalists shows": a name the
			// registry knows, past a small word the walk back stops at.
			if e > s && s >= 2 {
				switch toks[s-1].w {
				case "to", "for", "of", "and", "on":
					for st := s - 2; st >= 0 && st >= s-6; st-- {
						if a := aliasAt(toks, st, e, e-st-1); a != nil {
							s = st
						}
					}
				}
			}
			// "according to allied intelligence estimates, …": the
			// noun of an according-to phrase, no verb of saying.
			if e > s && accordingToBefore(toks, s) {
				continue
			}
			// "A military source in El Obeid said": where an unnamed
			// speaker is, not who speaks.
			if e > s && s >= 2 && (toks[s-1].w == "in" || toks[s-1].w == "from" || toks[s-1].w == "near") && !toks[s-2].upper && informantNoun(toks[s-2].w) {
				out = append(out, attribution{s: s - 2, e: i + 1})
				continue
			}
			// "Rwandan troops deployed in Cabo Delgado said": where the
			// speakers are posted, not who speaks; the words before the
			// participle are the subject.
			if e > s && s >= 3 && (toks[s-1].w == "in" || toks[s-1].w == "at" || toks[s-1].w == "near") && postedWord(toks[s-2].w) {
				if s2, e2 := npBefore(toks, s-2); e2 > s2 {
					out = append(out, makeAttribution(toks, text, s2, e2, s2, i+1))
					continue
				}
				j := s - 3
				if j >= 1 && forcesNoun(toks[j].w) && toks[j-1].cls&clsDemonyms != 0 {
					out = append(out, attribution{s: j - 1, e: i + 1, unnamed: nameText(text[toks[j-1].s:toks[j].e])})
					continue
				}
				out = append(out, attribution{s: s - 2, e: i + 1})
				continue
			}
			// "Names of 100,000 Russian soldiers killed in Ukraine
			// confirmed": the place of a deed told in a headline's
			// passive, not a speaker.
			if e > s && s >= 2 && e == i && (toks[s-1].w == "in" || toks[s-1].w == "at") && toks[s-2].k == tWord && !toks[s-2].upper &&
				toks[s-2].cls&(clsCat|clsLoss) != 0 && (i+1 >= len(toks) || toks[i+1].k == tPunct) {
				continue
			}
			// "Iraq Body Count has documented": a word that trails most
			// names ("count", "report") ends a name the registry knows.
			if e > s && e < k+1 && k+1-e <= 2 {
				if _, ok := matchSource(toks, s, e); !ok {
					if _, ok := matchSource(toks, s, k+1); ok {
						e = k + 1
					}
				}
			}
			// "The Kani People's Defence Force (PDF) in Sagaing Region
			// said": the place a body is in, after its acronym, is not
			// the speaker.
			if e > s && s >= 4 && toks[s-1].w == "in" && toks[s-2].w == ")" {
				for p := s - 3; p > 0 && p >= s-5; p-- {
					if toks[p].w == "(" {
						if s2, e2 := npBefore(toks, p); e2 > s2 {
							s, e = s2, e2
						}
						break
					}
				}
			}
			// "the territory's Health Ministry said": the place it is
			// the ministry of, in lower case before the name.
			if e > s && s > 0 && !toks[s-1].upper && toks[s-1].k == tWord && strings.HasSuffix(toks[s-1].w, "'s") {
				s--
			}
			// "The HUR, Ukraine's military intelligence agency,
			// estimates": the name before an appositive that only says
			// what kind of body it is.
			// The appositive is closed by a comma before its verb: in
			// "killed 30 Palestinians, Gaza's health ministry said" the
			// ministry itself speaks.
			// ("HRANA, a U.S.-based rights group, said": the article and
			// the words the walk back stopped at are the appositive's.)
			if e > s && s >= 3 && toks[s-1].w != "," && word(toks, e) == "," && (toks[e-1].cls&clsGenericHeads != 0) && !toks[e-1].upper {
				for c := s - 2; c >= 1 && c >= s-8; c-- {
					if toks[c].w == "," {
						if w := word(toks, c+1); w == "a" || w == "an" || w == "the" {
							s = c + 1
						}
						break
					}
				}
			}
			if e > s && s >= 2 && toks[s-1].w == "," && word(toks, e) == "," && (toks[e-1].cls&clsGenericHeads != 0) && !toks[e-1].upper {
				// "on Monday, Lebanon's health ministry said": a date or
				// a place before the comma is no name in apposition.
				// Nor is an adverb: "Separately, Sudan's military said".
				if s2, e2 := npBefore(toks, s-1); e2 > s2 && toks[e2-1].upper && !timeOrPlaceBefore(toks, s2, e2) && !(e2-s2 == 1 && discourseAdverb(&toks[s2])) {
					s, e = s2, e2
				}
			}
			// "Volker Turk, the UN High Commissioner for Human Rights,
			// told", "Lt Gen Rajiv Ghai, Director General of Military
			// Operations, told": the person before the appositive of
			// his office, not the body the office names.
			if e > s && word(toks, e) == "," {
				if s2, e2, ok := nameBeforeOffice(toks, s, e); ok {
					s, e = s2, e2
				}
			}
			// "The Congolese army's spokesman in Ituri, Lieutenant Jules
			// Ngongo, said": a spokesman speaks for his organisation.
			if e > s && s >= 3 && toks[s-1].w == "," && toks[s].upper {
				if os, oe, ok := spokesmanBefore(toks, s-1); ok {
					if a := makeAttribution(toks, text, os, oe, os, i+1); !a.junk && (a.name != "" || a.generic) {
						out = append(out, a)
						continue
					}
				}
			}
			// "Mali recorded 1,384 conflict deaths in 2024, according to
			// ACLED", "Sudan's El Fasher recorded 62 deaths": the place
			// the deaths were in, which counted nothing.
			if e > s && placeRecorded(toks, s, e, w) {
				continue
			}
			if e > s {
				out = append(out, makeAttribution(toks, text, s, e, s, i+1))
				continue
			}
			// "the US envoy said", "a military spokesman said": an office
			// with no name.
			if k > 0 && toks[k].cls&clsTitleWords != 0 && !toks[k].upper && toks[k].k == tWord {
				// "the Alliance's regional director", "the African Union's
				// chief mediator": the office of a named body speaks for
				// the body.
				for p := k - 1; p >= 0 && p >= k-3; p-- {
					t := &toks[p]
					if t.upper && t.k == tWord && strings.HasSuffix(t.w, "'s") {
						if s, e := npBefore(toks, p+1); e > s {
							// "Iran's UN envoy said": a country's office
							// holder, named by the office as written.
							if e-s == 1 && toks[s].cls&clsActor != 0 && p < k-1 {
								if side := actorIn(toks, s, e); side != "" {
									out = append(out, attribution{name: nameText(text[toks[s].s:toks[k].e]), party: side, s: s, e: i + 1})
									continue tokens
								}
							}
							a := makeAttribution(toks, text, s, e, s, i+1)
							if a.name != "" {
								out = append(out, a)
								continue tokens
							}
						}
						break
					}
					// ("Iran's UN envoy": the body's initials between.)
					if t.upper && !(t.e-t.s >= 2 && isAcronym(text[t.s:t.e])) || !t.upper && !officeWords[t.w] && t.cls&clsTitleWords == 0 {
						break
					}
				}
				st := k
				for st > 0 && st > k-4 {
					p := &toks[st-1]
					if p.cls&(clsDemonyms|clsTitleWords) != 0 || p.w == "the" || p.w == "a" || p.w == "an" || p.cls&clsActor != 0 ||
						p.upper && p.k == tWord && p.cls&clsWordClasses == 0 {
						st--
						continue
					}
					break
				}
				if st < k && (toks[st].w == "the" || toks[st].w == "a" || toks[st].w == "an" || toks[st].upper) {
					out = append(out, attribution{s: st, e: i + 1, title: toks[k].w})
					continue
				}
			}
			// "resistance forces say", "medics said": people who speak
			// but are no one's name. They still take the figure from the
			// source of the sentence before.
			if k >= 0 && toks[k].k == tWord && !toks[k].upper && toks[k].cls&(clsPerson|clsNpWords|clsVagueSourceWords) != 0 && toks[k].cls&clsStopWords == 0 &&
				(w == "say" || w == "says" || w == "said" || w == "told" || w == "claim" || w == "claims" || w == "claimed") {
				out = append(out, attribution{s: k, e: i + 1})
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
		case w == "'s" || strings.HasSuffix(w, "'s") || t.k == tPunct && pluralOwnerAt(toks, i):
			// "Mediazona's count", "the UK's latest estimate", "Airwars'
			// estimate" (a name in "s" takes the apostrophe alone, which
			// the owner ends before).
			nx := word(toks, i+1)
			if reportAdjective(nx) && !hasCls(toks, i+2, clsTrailingNouns) {
				// "Russia's daily casualty rate" is no report.
				continue
			}
			// "UCDP's annual report found", "Russia's official figure":
			// a word that dates or ranks the paper between.
			if hasCls(toks, i+1, clsTrailingNouns) || (reportModifier(nx) && hasCls(toks, i+2, clsTrailingNouns)) {
				s, _ := npBefore(toks, i)
				// ", Oryx's data suggest": the comma before a possessive
				// word is no appositive of a name; the word is the name.
				if w != "'s" && word(toks, i-1) == "," {
					s = i
				}
				if e := i + 1; s <= i {
					if t.k == tPunct {
						e = i
					}
					out = append(out, makeAttribution(toks, text, s, e, s, i+2))
				}
			}
		}
	}
	if len(out) >= 2 {
		citedBodies(toks, out)
	}
	return out
}

// citedBodies gives the figure of an outlet that cites a named body to
// the body: "…, the Kyiv Independent reported, citing the General
// Staff", "Reuters, citing Ukraine's General Staff, said …". A citer the registry knows speaks for itself ("UNICEF said,
// citing …"), and so does one citing mere data or people ("citing
// defence ministry data", "citing U.S. officials").
func citedBodies(toks []token, out []attribution) {
	for ci := range out {
		c := &out[ci]
		if toks[c.s].w != "citing" || c.junk || c.self || c.unnamed != "" || c.name == "" {
			continue
		}
		switch word(toks, c.e) {
		case "data", "figures", "statistics", "reports", "estimates", "records", "sources":
			continue
		}
		// ("citing the defence ministry": a kind of body, which the text
		// resolves by the side the figure is of, often the wrong one of
		// a side's claim about its enemy.)
		if c.generic {
			continue
		}
		for oi := range out {
			o := &out[oi]
			if oi == ci || o.self || o.unnamed != "" || o.name == "" || o.generic {
				continue
			}
			if !(o.e == c.s || o.e == c.s-1 && toks[c.s-1].w == "," || o.s < c.s && o.e > c.e) {
				continue
			}
			if _, known := attrition.ResolveSource(o.name); known {
				continue
			}
			o.name, o.party, o.generic, o.actor, o.long, o.person, o.title = c.name, c.party, c.generic, c.actor, c.long, c.person, c.title
		}
	}
}

// nameBeforeOffice finds, before the phrase [s, e) or with it, an
// appositive of office opened by a comma (", the UN High Commissioner
// for", ", Director General of") and the capitalised name of two words
// or more before that comma: the person who holds the office.
func nameBeforeOffice(toks []token, s, e int) (int, int, bool) {
	title := false
	for k := s; k < e; k++ {
		if toks[k].cls&clsTitleWords != 0 {
			title = true
		}
	}
	for c := s - 1; c >= 1 && c >= s-10; c-- {
		t := &toks[c]
		if t.w == "," {
			if !title {
				return 0, 0, false
			}
			s2, e2 := npBefore(toks, c)
			if e2 != c || e2-s2 < 2 {
				return 0, 0, false
			}
			for k := s2; k < e2; k++ {
				if !toks[k].upper || toks[k].k != tWord || toks[k].cls&clsActor != 0 {
					return 0, 0, false
				}
			}
			return s2, e2, true
		}
		switch {
		case t.cls&clsTitleWords != 0:
			title = true
		case t.w == "of" || t.w == "for" || t.w == "the" || t.w == "and" || t.upper && t.k == tWord:
		default:
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// paperWord reports a paper a figure is published in: "a letter in The
// Lancet", "a study in the BMJ".
func paperWord(w string) bool {
	switch w {
	case "study", "letter", "paper", "article", "analysis", "survey", "review", "report", "published":
		return true
	}
	return false
}

// pluralSpeakerWord reports people who speak but are no one's name:
// "say residents", "said witnesses".
func pluralSpeakerWord(w string) bool {
	switch w {
	case "residents", "witnesses", "officials", "medics", "sources", "police", "authorities", "rescuers", "activists", "doctors", "locals":
		return true
	}
	return false
}

// figureShortlyBefore reports a figure with its loss words within the
// few words before the bracket at i, in the same clause: "377,000
// deaths including indirect causes (UNDP)".
func figureShortlyBefore(toks []token, i int) bool {
	loss := false
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		switch t := &toks[k]; {
		case t.k == tNum:
			return loss && !(t.glued && k > 0 && toks[k-1].k == tWord)
		case t.cls&(clsLoss|clsCat) != 0 && t.k == tWord && !t.upper:
			loss = true
		case t.w == ";" || t.w == "(" || t.w == ")" || t.w == "." || t.w == ":":
			return false
		}
	}
	return false
}

// closingBracketSource reports a bracket [i, e) set a few words after
// its figure that names a source and closes the figure's clause: a
// body the registry knows or initials, no side ("in eastern Congo
// (DRC)" names a place).
func closingBracketSource(toks []token, text []byte, i, e int) bool {
	if word(toks, e) != ")" || e+1 < len(toks) && toks[e+1].w != ";" && toks[e+1].w != "," && toks[e+1].w != "." {
		return false
	}
	if _, known := matchSource(toks, i+1, e); known {
		return true
	}
	return e == i+2 && isAcronym(text[toks[i+1].s:toks[i+1].e]) && actorIn(toks, i+1, e) == ""
}

// estimatedEarlier reports a verb of counting in the few words before
// the "by" at i: "were estimated at 110,000 killed by".
// "put at 95,000 by Mediazona, 172,000 by the UK Ministry of Defence
// and …": a list's figures, each right before its "by", share the verb
// across their commas.
func estimatedEarlier(toks []token, i int) bool {
	listed := i > 0 && toks[i-1].k == tNum
	for k := i - 1; k >= 0 && (k >= i-8 || listed && k >= i-24); k-- {
		switch toks[k].w {
		case "estimated", "put", "counted", "confirmed", "documented", "recorded", "verified", "tallied":
			return true
		case ",":
			if !listed {
				return false
			}
		case ";", ".":
			return false
		}
	}
	return false
}

// paperNoun reports a body's paper or count after its name: "(ISW)
// assessment", "(Pentagon) documents", "(General Staff) figures".
func paperNoun(t *token) bool {
	// reportNouns by the class bit most of them have, and the few
	// others by name: no hash of every word asked.
	return t.cls&clsTrailingNouns != 0 && t.k == tWord || slices.Contains(reportNounsUnclassed, t.w)
}

// reportNounsUnclassed are the words of reportNouns that have no
// clsTrailingNouns bit ("survey").
var reportNounsUnclassed = func() (ws []string) {
	for w := range reportNouns {
		if lexFast.get(w)&clsTrailingNouns == 0 {
			ws = append(ws, w)
		}
	}
	return ws
}()

// dataShow reports a verb of showing whose subject is a named body's
// data: "ACLED data show", "Oryx figures suggest". Only with such a
// subject does the verb attribute: "videos show 12 tanks hit" names
// no one.
func dataShow(toks []token, i int) bool {
	if !showVerb(toks[i].w) {
		return false
	}
	if i >= 2 && reportNouns[toks[i-1].w] && toks[i-2].upper && toks[i-2].k == tWord {
		return true
	}
	// "Data from ACLED show": the body named after its data.
	// ("Figures from the UK Ministry of Defence show": a name with its
	// article and small words.)
	k := i - 1
	for k >= 1 && (toks[k].upper && toks[k].k == tWord || (toks[k].w == "of" || toks[k].w == "for" || toks[k].w == "and" || toks[k].w == "to") && toks[k-1].upper && k < i-1) {
		k--
	}
	if k < i-1 && word(toks, k) == "the" {
		k--
	}
	return k < i-1 && (word(toks, k) == "from" || word(toks, k) == "by") && reportNouns[word(toks, k-1)]
}

// showVerb reports the verbs of showing that attribute only after a
// named body's data (dataShow).
func showVerb(w string) bool {
	return w == "show" || w == "shows" || w == "showed" || w == "suggest"
}

// stopAfter reports a mark that ends a clause at token i, or the end.
func stopAfter(toks []token, i int) bool {
	switch word(toks, i) {
	case "", ".", ",", ";", ":", ")":
		return true
	}
	return false
}

// functionWord reports the words that open a sentence in capitals
// without naming anyone: "Not independently verified", "None said".
func functionWord(w string) bool {
	switch w {
	case "not", "none", "no", "all", "some", "most", "many", "few", "both", "each", "every", "neither", "either", "nor", "also":
		return true
	}
	return false
}

// modalCheck reports a checker's verb after a modal, "Airwars could
// confirm the names of 41", "the Tracker was able to verify 86": the
// token that opens the modal, or 0. Negated, it attributes nothing:
// "Reuters could not verify the toll".
func modalCheck(toks []token, i int) int {
	switch toks[i].w {
	case "confirm", "verify", "identify", "document":
	default:
		return 0
	}
	k := 0
	if i >= 1 && (toks[i-1].w == "could" || toks[i-1].w == "can") {
		k = i - 1
	} else if i >= 3 && toks[i-1].w == "to" && toks[i-2].w == "able" {
		switch toks[i-3].w {
		case "was", "were", "is", "are", "been":
			k = i - 3
			if toks[k].w == "been" && k >= 1 && (toks[k-1].w == "has" || toks[k-1].w == "have") {
				k--
			}
		}
	}
	// "losses it can confirm": a relative clause's pronoun, not a
	// speaker.
	if k < 1 || toks[k-1].k != tWord || pronoun(toks[k-1].w) || toks[k-1].w == "which" || toks[k-1].w == "that" || toks[k-1].w == "who" {
		return 0
	}
	return k
}

// betweenSpeakerAndVerb reports a word that may stand between a
// speaker and the verb of saying: "the ministry has said", "Kyiv also
// said", "the army on Monday said". A switch, not a chain of string
// comparisons: this runs for every verb of saying.
func betweenSpeakerAndVerb(t *token) bool {
	switch t.w {
	case "has", "have", "had", "also", "itself", "themselves", "previously", "now", "recently", "earlier",
		"on", "sunday", "last", "week", "so", "far", "separately", "already", "reportedly", "visually", "independently",
		"later", "then", "first", "once", "only":
		return true
	}
	// An adverb of manner or time: "eventually acknowledged",
	// "officially confirmed".
	if n := len(t.w); n > 5 && t.k == tWord && !t.upper && t.w[n-2:] == "ly" && t.cls&clsLike == 0 {
		return true
	}
	// Sunday is weekdays' zero, named above.
	return t.cls&clsPeriod != 0 && weekdays[t.w] != 0
}

// isNPWord reports a word of a name: a capitalised word, a word of
// npWords, or "&". It is small enough to inline: name readers call it
// for each word they step over.
func isNPWord(t *token) bool {
	switch t.k {
	case tWord:
		return t.upper || t.cls&clsNpWords != 0
	case tPunct:
		return t.w == "&"
	}
	return false
}

// npAfter reads a name starting at token i.
func npAfter(toks []token, i int) (int, int) {
	s := i
	for s < len(toks) && (toks[s].w == "the" || toks[s].w == "a" || toks[s].w == "an") {
		s++
	}
	// "according to the latest UK Defence Intelligence update": words
	// of the report's time before the name are no part of it.
	for s+1 < len(toks) && !toks[s].upper && reportTimeWord(toks[s].w) && (toks[s+1].upper || reportTimeWord(toks[s+1].w)) {
		s++
	}
	e := s
	// "according to the 79th Air Assault Brigade": a unit's ordinal
	// opens its name.
	if s+2 < len(toks) && toks[s].k == tNum && toks[s+1].glued && toks[s+2].upper {
		switch toks[s+1].w {
		case "th", "st", "nd", "rd":
			e = s + 2
		}
	}
	// "according to the territory's health ministry": a possessive
	// before the name's words belongs to it.
	if e+1 < len(toks) && toks[e].k == tWord && strings.HasSuffix(toks[e].w, "'s") && isNPWord(&toks[e+1]) {
		e++
	}
	// "according to US envoy Tom Perriello": a title in lower case
	// between a place and a name is part of the phrase.
	for e < len(toks) && e-s < 10 && (isNPWord(&toks[e]) || (toks[e].w == "in" || toks[e].w == "under") && e > s && toks[e-1].upper && e+1 < len(toks) && toks[e+1].upper ||
		e > s && pluralPossessiveIn(toks, e) ||
		e > s && toks[e].k == tWord && titleWords[toks[e].w] && e+1 < len(toks) && toks[e+1].upper && toks[e+1].k == tWord ||
		// "the US special envoy for Sudan": an office of a place.
		e > s && toks[e].k == tWord && (titleWords[toks[e].w] && (word(toks, e+1) == "for" || word(toks, e+1) == "to") && e+2 < len(toks) && toks[e+2].upper ||
			(toks[e].w == "special" || toks[e].w == "senior") && titleWords[word(toks, e+1)])) {
		if toks[e].w == "and" && (e+1 >= len(toks) || !toks[e+1].upper) {
			break
		}
		// "U.S." and "U.K.": letters and dots.
		e++
		// "said Lt. Col. Nadav Shoshani", "according to Gov. Oleh
		// Syniehubov": the full stop of a title's abbreviation is no
		// end of the name.
		if e+1 < len(toks) && toks[e].w == "." && toks[e].glued && toks[e-1].upper && titleAbbrev(toks[e-1].w) && toks[e+1].upper && toks[e+1].k == tWord {
			e++
			continue
		}
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
	for e > s && (toks[e-1].cls&clsTrailingNouns != 0) {
		e--
	}
	// "according to the Committee to Protect Journalists", "Iraq Body
	// Count": a name the registry knows whole, past the words that end
	// most names.
	// ("according to the health ministry in the Hamas-run territory":
	// one in lower case too.)
	if e > s && toks[s].upper || s < len(toks) && !toks[s].upper && toks[s].k == tWord {
		if n := registryNameFrom(toks, s, min(len(toks), s+8)); s+n > e {
			e = s + n
		}
	}
	if e > s && !hasNameWord(toks, s, e) {
		return s, s
	}
	return s, e
}

// registryNameFrom returns the length of the longest registry alias that
// starts at token s and ends by e, or 0.
func registryNameFrom(toks []token, s, e int) int {
	n := 0
	for {
		a := aliasAt(toks, s, e, n)
		if a == nil {
			return n
		}
		n = len(a.words)
	}
}

// npBefore reads a name that ends right before token i.
func npBefore(toks []token, i int) (int, int) {
	e := i
	// An appositive: "Norway's chief of defence, General Eirik
	// Kristoffersen, said".
	if e > 0 && toks[e-1].w == "," {
		e--
	}
	s := e
	// ("M23 said": a name read as a letter and a glued number.)
	for s > 0 && e-s < 10 && (isNPWord(&toks[s-1]) || pronoun(toks[s-1].w) && s == e ||
		toks[s-1].k == tNum && toks[s-1].glued && s >= 2 && toks[s-2].upper && toks[s-2].k == tWord && len(toks[s-2].w) <= 3 ||
		// "U.S. Africa Command said": an initialism's dots.
		toks[s-1].w == "." && toks[s-1].glued && s >= 2 && toks[s-2].upper && len(toks[s-2].w) == 1 && toks[s-2].k == tWord && s < e && (toks[s].upper || toks[s].w == ".") ||
		// "the Sudan Doctors' Union said": a plural possessive within.
		s < e && pluralPossessiveIn(toks, s-1) ||
		toks[s-1].w == "in" && s < e && toks[s].upper && s >= 2 && (toks[s-2].upper || (toks[s-2].cls&clsGenericHeads != 0)) ||
		// "the Commissioner for Missing Persons under Special
		// Circumstances said": a title's "under" between capitals.
		toks[s-1].w == "under" && s < e && toks[s].upper && s >= 2 && toks[s-2].upper && toks[s-2].k == tWord ||
		// "the health ministry in the Hamas-run territory said".
		toks[s-1].w == "the" && s < e && toks[s].upper && s >= 3 && toks[s-2].w == "in" && toks[s-3].cls&clsGenericHeads != 0 && !toks[s-3].upper ||
		// "Rear Adm. Daniel Hagari": the period of a rank's abbreviation.
		toks[s-1].w == "." && toks[s-1].glued && s < e && toks[s].upper && s >= 2 && toks[s-2].upper && rankWord(toks[s-2].w)) {
		if pronoun(toks[s-1].w) {
			s--
			break
		}
		if s >= 2 && toks[s-1].w == "the" && toks[s-2].w == "in" {
			s--
		}
		s--
	}
	// "South Korea's spy agency", "Israel's prime minister's office":
	// plain words between a named owner and the kind of body.
	if s < e && !toks[s].upper && toks[e-1].cls&clsGenericHeads != 0 {
		for k := s - 1; k >= 0 && k >= s-3; k-- {
			if t := &toks[k]; t.upper && strings.HasSuffix(t.w, "'s") {
				s = k
				for s > 0 && e-s < 10 && toks[s-1].upper && toks[s-1].k == tWord {
					s--
				}
				break
			}
			// "the Houthis' health ministry": a plural owner's
			// apostrophe.
			if t := &toks[k]; (t.w == "'" || t.w == "’") && t.glued && k >= 1 && toks[k-1].upper && toks[k-1].k == tWord && strings.HasSuffix(toks[k-1].w, "s") {
				s = k - 1
				break
			}
			if toks[k].upper || toks[k].k != tWord {
				break
			}
		}
	}
	// A unit's ordinal: "the 68th Separate Jaeger Brigade", "6th
	// Infantry Division".
	if s >= 2 && s < e && toks[s].upper && toks[s-2].k == tNum && toks[s-1].glued && ordinalSuffix(toks[s-1].w) {
		s -= 2
	}
	// A sentence-initial capital is no name by itself ("Overall", "But").
	for s < e && (toks[s].w == "the" || toks[s].w == "of" || toks[s].w == "and" || toks[s].w == "on" || toks[s].w == "for") {
		s++
	}
	for e > s && (toks[e-1].cls&clsTrailingNouns != 0) {
		e--
	}
	if e > s && !hasNameWord(toks, s, e) && !(e-s == 1 && pronoun(toks[s].w)) {
		return i, i
	}
	return s, e
}

// pluralOwnerAt reports the apostrophe at i of a name in "s" that owns
// what follows: "Airwars' estimate", "Reuters' tally", "the Houthis'
// spokesman"; not one within a name ("Soldiers' Mothers").
func pluralOwnerAt(toks []token, i int) bool {
	if i < 1 || i+1 >= len(toks) || !toks[i].glued || toks[i].w != "'" && toks[i].w != "’" {
		return false
	}
	p := &toks[i-1]
	return p.upper && p.k == tWord && strings.HasSuffix(p.w, "s") && !toks[i+1].upper
}

// pluralPossessiveIn reports the apostrophe at i of a plural possessive
// between two capitalised words of one name: "Doctors' Union",
// "Soldiers' Mothers".
func pluralPossessiveIn(toks []token, i int) bool {
	if i < 1 || i+1 >= len(toks) {
		return false
	}
	t, p, n := &toks[i], &toks[i-1], &toks[i+1]
	return (t.w == "'" || t.w == "’") && t.glued && !n.glued && p.upper && n.upper && n.k == tWord && p.k == tWord && strings.HasSuffix(p.w, "s")
}

func pronoun(w string) bool {
	// Every pronoun is of two to four letters: one length test passes
	// most words by.
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	return w == "it" || w == "he" || w == "she" || w == "they" || w == "we" || w == "our" || w == "us"
}

// firstPerson words are the publisher speaking: the document's source.
func firstPerson(w string) bool { return w == "we" || w == "our" || w == "us" }

func hasNameWord(toks []token, s, e int) bool {
	for k := s; k < e; k++ {
		if toks[k].w != "the" && toks[k].w != "of" && toks[k].w != "and" && (toks[k].upper || (toks[k].cls&clsGenericHeads != 0) || (toks[k].cls&clsVagueSourceWords != 0)) {
			return true
		}
	}
	return false
}

// sourceIndex finds registry sources by their names and aliases as word
// sequences, bucketed by first word, so that matching a name costs a few
// map look-ups and no allocation.
type sourceAlias struct {
	words []string
	src   attrition.Source
}

// sourceIx is sourceIndex by lexicon id; the lexicon holds its keys.
var sourceIx = newLexIndex(sourceIndex)

var sourceIndex = func() map[string][]sourceAlias {
	m := map[string][]sourceAlias{}
	add := func(name string, src attrition.Source) {
		ws := strings.Fields(strings.ToLower(strings.ReplaceAll(name, "’", "'")))
		if len(ws) == 0 {
			return
		}
		m[ws[0]] = append(m[ws[0]], sourceAlias{ws, src})
	}
	for _, src := range attrition.Sources {
		add(src.Name, src)
		for _, al := range src.Aliases {
			add(al, src)
		}
		for _, al := range extraSourceAliases[src.Name] {
			add(al, src)
		}
	}
	for k, b := range m {
		for i := 1; i < len(b); i++ {
			for j := i; j > 0 && len(b[j].words) > len(b[j-1].words); j-- {
				b[j], b[j-1] = b[j-1], b[j]
			}
		}
		m[k] = b
	}
	return m
}()

// extraSourceAliases are more ways reporting names the registry's
// sources, by canonical name.
var extraSourceAliases = map[string][]string{
	"UK Ministry of Defence": {"britain's defence ministry", "british defence ministry", "britain's ministry of defence",
		"uk's defence ministry", "uk's ministry of defence", "britain's defence intelligence", "british military intelligence",
		"uk intelligence", "british defence intelligence", "uk defence intelligence update", "defence intelligence update",
		"uk's defence intelligence", "ministry of defence in london", "london's defence ministry"},
	"General Staff of the Armed Forces of Ukraine": {"ukraine's military", "ukrainian military", "ukraine's armed forces",
		"ukrainian armed forces", "general staff of ukraine's armed forces", "general staff in kyiv", "ukrainian army",
		"kyiv's general staff", "ukraine's army", "general staff of the ukrainian armed forces", "zsu general staff"},
	"Ministry of Defence of the Russian Federation": {"russian military", "russia's military", "moscow's defence ministry",
		"russian mod", "russia's ministry of defence", "russian ministry of defense", "moscow's defense ministry",
		"russia's defence ministry", "russia's defense ministry", "defence ministry in moscow", "defense ministry in moscow",
		"ministry of defence in moscow", "ministry of defense in moscow", "ministry in moscow"},
	"US Department of Defense": {"u.s. defense department", "us defence department", "u.s. department of defense", "dod"},
	"Gaza Health Ministry": {"hamas-run health ministry", "gaza's ministry of health",
		"health ministry in hamas-run gaza", "hamas-run gaza health ministry", "gaza health authorities",
		"territory's health ministry", "enclave's health ministry", "strip's health ministry",
		// AP's and AFP's: "the health ministry in the Hamas-run territory".
		"health ministry in the hamas-run territory", "health ministry in the hamas-run enclave",
		"health ministry in the hamas-run strip", "health ministry in the hamas-run gaza strip",
		"health ministry in the hamas-controlled territory", "hamas-run territory's health ministry"},
	"Palestinian Civil Defence": {"territory's civil defence agency", "territory's civil defence", "enclave's civil defence",
		"strip's civil defence", "territory's civil defense agency", "gaza's civil defence directorate",
		"civil defence agency in the hamas-run territory", "civil defense agency in the hamas-run territory"},
	"Israel Defense Forces": {"israel's military", "israeli defence forces", "israeli defense forces", "the israeli army",
		"israel's army", "israeli armed forces"},
	"UN OCHA": {"un humanitarian office", "united nations office for the coordination of humanitarian affairs",
		"un humanitarian agency", "un's humanitarian office"},
	"ACLED": {"armed conflict location & event data project", "armed conflict location and event data project"},
	"UCDP":  {"uppsala conflict data programme", "uppsala university's conflict data program"},
	"Oryx":  {"oryx blog", "oryx open-source group"},
}

// matchSource returns the longest registry name inside tokens [s, e).
func matchSource(toks []token, s, e int) (attrition.Source, bool) {
	src, _, ok := matchSourceAt(toks, s, e)
	return src, ok
}

// matchSourceAt is matchSource that also returns where the alias begins.
func matchSourceAt(toks []token, s, e int) (attrition.Source, int, bool) {
	best, bestLen, at := attrition.Source{}, 0, 0
	for st := s; st < e; st++ {
		if a := aliasAt(toks, st, e, bestLen); a != nil {
			best, bestLen, at = a.src, len(a.words), st
		}
	}
	return best, at, bestLen > 0
}

// aliasAt returns the first registry alias of more than min words that
// starts at token st and ends by e, or nil. By pointer: an alias holds a
// whole Source.
func aliasAt(toks []token, st, e, min int) *sourceAlias {
	b := sourceIx.at(&toks[st])
	for k := range b {
		a := &b[k]
		if len(a.words) <= min || st+len(a.words) > e {
			continue
		}
		if _, ok := matchAt(toks[:e], st+1, a.words[1:]); ok { // the bucket holds toks[st]'s word
			return a
		}
	}
	return nil
}

// makeAttribution resolves a name through the source registry, trying
// its longest known sub-phrase first.
func makeAttribution(toks []token, text []byte, s, e, as, ae int) (a attribution) {
	a.s, a.e = as, ae // a named result: no temporary to copy
	// "per @GeneralStaffUA", "@DefenceU wrote": an account, by the body
	// whose it is or by its handle.
	if s > 0 && toks[s].glued && (toks[s-1].w == "@" || toks[s-1].w == "_") {
		if h, he, ok := handleAround(toks, s); ok {
			return handleAttribution(toks, text, h, he, a)
		}
	}
	for k := s; k < e; k++ {
		if firstPerson(toks[k].w) && !(toks[k].w == "us" && text[toks[k].s+1] == 'S') {
			a.self = true
			return a
		}
	}
	// "according to researchers at Ghent University", "a study by
	// experts from the LSHTM": the institution the researchers are of.
	if k := researchersAt(toks, s, e); k > s {
		s = k
	}
	// "Ghent University researchers estimate": the institution.
	if e-s >= 2 && researcherWord(toks[e-1].w) && toks[e-2].upper {
		e--
	}
	// "The WHO has recorded": the health organisation's initials, which
	// the registry cannot hold as an alias without taking the pronoun.
	if e-s == 1 && string(text[toks[s].s:toks[s].e]) == "WHO" {
		if src, ok := attrition.ResolveSource("world health organization"); ok {
			a.name, a.party = src.Name, src.Party
			return a
		}
	}
	// "a source close to Hezbollah said": someone near the group, not
	// the group.
	if s >= 3 && toks[s-1].w == "to" && toks[s-2].w == "close" {
		switch toks[s-3].w {
		case "source", "sources", "people", "person", "official", "officials":
			a.unnamed = nameText(text[toks[s-3].s:toks[e-1].e])
			return a
		}
	}
	// "Ukrainian military analysts", "Russian military bloggers": people
	// who write of an army, not the army's command.
	if e-s >= 3 && !toks[e-1].upper && commentatorWord(toks[e-1].w) && toks[e-2].w == "military" {
		if k := s; toks[k].upper && toks[k].cls&clsActorWord != 0 || k+1 < e && toks[k+1].upper && toks[k+1].cls&clsActorWord != 0 {
			a.unnamed = nameText(text[toks[s].s:toks[e-1].e])
			return a
		}
	}
	if src, at, ok := matchSourceAt(toks, s, e); ok {
		// "Ukraine's defence intelligence": a side named before a third
		// party's alias makes the body that side's, named as written.
		// ("the Russian independent outlet Mediazona": a body of that
		// country described, then named; no side's body.)
		if side := actorIn(toks, s, at); side != "" && src.Party == "" && at > s && !(toks[at].upper && !toks[at-1].upper && kindNouns[toks[at-1].w]) {
			a.name, a.party = nameText(text[toks[s].s:toks[e-1].e]), side
			return a
		}
		// "the Burkinabe army general staff", "Mali's general staff": a
		// body of another side by the words of one side's alias.
		if side := actorIn(toks, s, at); side != "" && src.Party != "" && side != src.Party && at > s && !sameWar(side, src.Party) {
			a.name, a.party = nameText(text[toks[s].s:toks[e-1].e]), side
			return a
		}
		a.name, a.party = src.Name, src.Party
		return a
	}
	// "the UN peacekeeping mission MONUSCO", "the war monitor SOHR": a
	// description, then the body's name in capitals.
	if e-s >= 2 && !toks[e-2].upper && toks[e-2].k == tWord && toks[e-1].k == tWord && toks[e-1].e-toks[e-1].s >= 3 && isAcronym(text[toks[e-1].s:toks[e-1].e]) {
		s = e - 1
		if src, ok := matchSource(toks, s, e); ok {
			a.name, a.party = src.Name, src.Party
			return a
		}
	}
	// "the Houthi-run health ministry in Sanaa": the place where an
	// office sits is not part of its name.
	for k := s + 1; k < e-1; k++ {
		if toks[k].w == "in" && genericHeads[toks[k-1].w] && !toks[k-1].upper {
			e = k
			break
		}
	}
	// Trim what is not the name: a sentence-initial common word
	// ("Using", "Our"), dates, titles and possessors before a person's
	// name ("Ukraine's commander-in-chief Oleksandr Syrskyi"), "head of
	// the" before an office.
	// A capital "The" inside a sentence belongs to the name: "published
	// in The Lancet", "according to The New York Times".
	keepThe := -1
	if t := s; toks[t].w != "the" && t > 0 && toks[t-1].w == "the" {
		t-- // the caller may have stepped over it
		if toks[t].upper && midSentence(toks, t) && toks[t+1].upper {
			keepThe = t
		}
	} else if toks[t].w == "the" && toks[t].upper && midSentence(toks, t) && t+1 < e && toks[t+1].upper {
		keepThe = t
	}
	// "the army's 6th Infantry Division": a lower-case owner before a
	// name.
	if s+1 < e && !toks[s].upper && toks[s].k == tWord && strings.HasSuffix(toks[s].w, "'s") && (toks[s+1].upper || toks[s+1].k == tNum) {
		s++
	}
	for s < e && ((toks[s].cls&clsCommonWords != 0) || monthAt(toks, s) != 0 || toks[s].cls&clsPeriod != 0 && weekdays[toks[s].w] != 0) {
		// A capitalised common word inside a sentence is part of a
		// name: "The New York Times".
		// ("Mali's Union of Women Lawyers": its "of" too.)
		if toks[s].cls&clsCommonWords != 0 && toks[s].upper && toks[s].w != "the" && s > 0 && toks[s-1].k == tWord && s+1 < e &&
			(toks[s+1].upper || (toks[s+1].w == "of" || toks[s+1].w == "for") && s+2 < e && toks[s+2].upper) {
			break
		}
		s++
	}
	// "The DG ISPR stated": the office's initials before the body's.
	if s+1 < e && toks[s].w == "dg" && toks[s+1].upper {
		s++
	}
	for k := e - 2; k > s; k-- {
		// "head of the ministry", not "Framework for the Defence of the
		// People of Azawad": a title's modifiers head no office.
		if (toks[k].w == "of" || toks[k].w == "for") && (toks[k-1].cls&clsTitleWords != 0) && !titleModifier(toks[k-1].w) {
			// "The Indian Army's Director General of Military
			// Operations": the office is the named body's, which
			// speaks through it. A one-word owner, mostly a country's
			// ("Ukraine's Minister of Defence"), leaves the office.
			// "Ukraine's Minister of Defence": one word after "of" is
			// the office's field, not a body; the title is the name.
			if e-k-1 == 1 && toks[k+1].cls&clsGenericHeads == 0 {
				break
			}
			// "the Commissioner for Missing Persons under Special
			// Circumstances", "the Commissioner for Human Rights of the
			// Verkhovna Rada": an envoy's field, bare of an article,
			// is no body; the whole title names the office.
			if fieldOffice(toks[k-1].w) && toks[k+1].w != "the" && !strings.HasSuffix(toks[k+1].w, "'s") {
				if a := aliasAt(toks, k+1, e, 0); a == nil || k+1+len(a.words) != e {
					break
				}
			}
			// "the Office of the Director of National Intelligence": an
			// office named by its holder's title is the body itself.
			o := k - 3 // the word before "of"
			if word(toks, k-2) == "the" {
				o--
			}
			if o >= s && word(toks, o+1) == "of" && (toks[o].w == "office" || toks[o].w == "offices") {
				break
			}
			q := k - 1
			for q-1 > s && toks[q-1].cls&clsTitleWords != 0 && !strings.HasSuffix(toks[q-1].w, "'s") {
				q--
			}
			if p := q - 1; p > s {
				if t := &toks[p]; t.upper && t.k == tWord && strings.HasSuffix(t.w, "'s") && toks[p-1].upper && toks[p-1].k == tWord {
					e = p + 1
					break
				}
			}
			s = k + 1
			if word(toks, s) == "the" {
				s++
			}
			break
		}
	}
	if n := nameRun(toks, s, e); n >= 2 && n < e-s {
		// "Ukraine's Khortytsia Group of Forces Spokesperson Viktor
		// Trehubov": a spokesman speaks for the body named before him.
		// "ministry spokesman Igor Konashenkov": the body may be named
		// by its kind alone, which the text's context resolves.
		t := e - n - 1
		// "Chief military spokesman Rear Adm. Daniel Hagari": a rank
		// stands between the office and the name.
		for t > s+1 && (toks[t].w == "." || toks[t].upper && rankWord(toks[t].w)) {
			t--
		}
		if t > s && (hasUpper(string(text[toks[s].s:toks[t-1].e])) || toks[t-1].cls&clsGenericHeads != 0 && !toks[t-1].upper) &&
			(toks[t].w == "spokesman" || toks[t].w == "spokeswoman" || toks[t].w == "spokesperson") {
			e = t
			// "Chief military spokesman": the rank of the office is not
			// the body's.
			for s < e-1 && (toks[s].w == "chief" || toks[s].w == "senior" || toks[s].w == "deputy" || toks[s].w == "top" || toks[s].w == "lead") {
				s++
			}
		} else {
			s = e - n
		}
	}
	// "the monitoring group Airwars", "the US-based rights group
	// HRANA": the name after a description of the body.
	if n := upperTail(toks, s, e); n >= 1 && e-n-1 >= s && !toks[e-n-1].upper && kindNouns[toks[e-n-1].w] && !nearWord(toks, s, e-n, "and") {
		s = e - n
	}
	for s < e && (toks[s].w == "the" || toks[s].w == "of") {
		s++
	}
	// "the US-based Human Rights Activists News Agency": where a body
	// sits is no part of its name.
	if s+1 < e && strings.HasSuffix(toks[s].w, "-based") {
		s++
	} else if s+3 < e && toks[s+1].w == "-" && toks[s+2].w == "based" {
		s += 3
	}
	if keepThe >= 0 && s == keepThe+1 {
		s = keepThe
	}
	if s >= e {
		a.junk = true
		return a
	}
	// "Killed, confirmed by name": loss words are no one's name.
	lossOnly := true
	for k := s; k < e; k++ {
		// "the military said": a body's head word, though it opens
		// equipment phrases too ("military trucks").
		if toks[k].cls&(clsCat|clsLoss) == 0 || toks[k].cls&clsGenericHeads != 0 {
			lossOnly = false
			break
		}
	}
	if lossOnly {
		a.junk = true
		return a
	}
	// An acronym in brackets after the name: "the UN Human Rights
	// Monitoring Mission in Ukraine (HRMMU)". The source is the name as
	// the text first gives it; the acronym is how it is called after.
	if word(toks, e) == "(" && e+2 < len(toks) && toks[e+2].w == ")" && isAcronym(text[toks[e+1].s:toks[e+1].e]) {
		a.name = nameText(text[toks[s].s:toks[e-1].e])
		a.long = string(text[toks[e+1].s:toks[e+1].e])
		// "the Ministry of Health (MoH) in Gaza": the registry's body
		// the name and its place make.
		if src, ok := placedAcronymSource(toks, text, s, e); ok {
			a.name, a.party = src.Name, src.Party
		}
		return a
	}
	// A capital speaks for its government: "Kyiv says" is Ukraine.
	if e-s == 1 {
		// "By Kyiv's count": the capital's possessive too.
		if c, ok := capitalWords.get(strings.TrimSuffix(toks[s].w, "'s")); ok {
			a.name = c
			return a
		}
	}
	// "New Delhi said", "Port Sudan said": a capital of two words.
	if e-s == 2 && toks[s].upper && toks[s+1].upper {
		if c := capitalOfTwo(toks[s].w, strings.TrimSuffix(toks[s+1].w, "'s")); c != "" {
			a.name = c
			return a
		}
	}
	// "according to the IDF's figures": a body the registry knows, by
	// its possessive before its count ("estimated Ukraine's
	// casualties" names no one).
	// ("Russia's official figure": the count past a word that ranks it.)
	pc := e
	if pc+1 < len(toks) && reportModifier(toks[pc].w) {
		pc++
	}
	possCount := pc < len(toks) && toks[pc].cls&clsTrailingNouns != 0 && toks[pc].k == tWord
	if e-s == 1 && toks[s].upper && possCount {
		if base, ok := strings.CutSuffix(toks[s].w, "'s"); ok {
			if src, ok := attrition.ResolveSource(base); ok {
				a.name, a.party = src.Name, src.Party
				return a
			}
		}
	}
	// A side speaking for itself: "Armenia said", "by Israel's count".
	if e-s == 1 && toks[s].cls&clsActor != 0 {
		w := toks[s].w
		if possCount {
			w, _ = strings.CutSuffix(w, "'s")
		}
		for _, al := range actorsByFirstIx.at(&toks[s]) {
			if len(al.words) == 1 && strings.EqualFold(al.actor, w) {
				a.name = al.actor
				return a
			}
		}
		// "according to Britain": a government by its country's short
		// name, as written.
		if toks[s].upper && countryKeys[w] != "" {
			a.name = string(text[toks[s].s:toks[s].e])
			return a
		}
	}
	// Two sides speaking together: "Malawi and Uruguay said".
	if e-s == 3 && toks[s+1].w == "and" && toks[s].upper && toks[s+2].upper && sideOf(&toks[s]) != "" && sideOf(&toks[s+2]) != "" {
		a.name = nameText(text[toks[s].s:toks[e-1].e])
		return a
	}
	// A side known by its acronym speaks as written: "the RSF said".
	if e-s == 1 && toks[s].cls&clsActor != 0 && isAcronym(text[toks[s].s:toks[s].e]) {
		a.name = string(text[toks[s].s:toks[s].e])
		return a
	}
	// Adjectives and vague groups are no source: "Ukrainian officials",
	// "Western analysts", "Israeli".
	// "The Rapid Support Forces said": a side's full name in capitals
	// is the body speaking.
	// ("South Africa's defence force said": a state's army by its
	// own name.)
	vague := !(e-s >= 2 && allUpperWords(toks, s, e)) && !(e-s >= 3 && toks[e-1].w == "force" && (toks[e-2].w == "defence" || toks[e-2].w == "defense"))
	// "a Ukrainian brigade commander", "a drone unit commander": plain
	// words before an indefinite vague head qualify it; they name no
	// one. ("The intelligence officials said" points back to a body.)
	vagueHead := e > s && toks[e-1].cls&clsVagueSourceWords != 0 && !toks[e-1].upper && (indefinite(word(toks, s-1)) || indefinite(toks[s].w))
	for k := s; k < e && vague; k++ {
		w := toks[k].w
		c := toks[k].cls
		if vagueHead && k < e-1 && toks[k].k == tWord && !toks[k].upper {
			continue
		}
		// Words of actor names that are kinds of bodies ("army",
		// "group") make "Sudan's army" or "the group" a source.
		if !(c&clsActorWord != 0 && c&clsGenericHeads == 0 || c&(clsDemonyms|clsVagueSourceWords) != 0 || w == "the" || w == "and") {
			vague = false
			break
		}
	}
	if vague && e-s == 1 && word(toks, s-1) == "the" {
		// "the official said", "the spokesman said": the one named
		// before, as a pronoun would be.
		switch w := toks[s].w; w {
		case "official", "spokesman", "spokeswoman", "spokesperson":
			a.name, a.generic = w, true
			return a
		}
	}
	if vague {
		// "NATO said", "a senior NATO official said": an organisation
		// known by its acronym speaks through its officials; a country's
		// officials ("US officials") stay unnamed.
		for k := s; k < e; k++ {
			if t := &toks[k]; t.upper && t.e-t.s >= 3 && isAcronym(text[t.s:t.e]) {
				a.name = string(text[t.s:t.e])
				if src, ok := attrition.ResolveSource(a.name); ok {
					a.name, a.party = src.Name, src.Party
				}
				return a
			}
		}
		// "a senior Hamas official told Reuters": a group's official
		// speaks for the group named by its own name, not by an
		// adjective ("Israeli officials" stay unnamed).
		for k := s; k < e; k++ {
			if toks[k].cls&clsActor == 0 || !toks[k].upper {
				continue
			}
			for _, al := range actors.byFirst[toks[k].w] {
				if len(al.words) == 1 && strings.EqualFold(al.actor, toks[k].w) {
					if m := findActorPop(al.actor); m == attrition.PopulationMilitary {
						a.name = al.actor
					}
					return a
				}
			}
		}
		// "according to US officials", "Ukrainian authorities said".
		if officialsHead(toks[e-1].w) {
			// ("Iranian state media said": the walk back may have left
			// the country's adjective at the sentence's start.)
			from := s
			for from > 0 && from > s-2 && (toks[from-1].w == "state" || toks[from-1].upper && toks[from-1].cls&clsActorWord != 0) {
				from--
			}
			for k := from; k < e-1; k++ {
				if t := &toks[k]; t.upper && t.k == tWord && (t.cls&clsActorWord != 0 || t.cls&clsDemonyms != 0 && !plainQualifier(t.w)) {
					a.unnamed = string(text[t.s:toks[e-1].e])
					break
				}
			}
		}
		return a
	}
	// "the Alliance's regional director", "the African Union's chief
	// mediator": an office of a named body speaks for the body.
	// ("the Houthis' spokesman": a plural owner's apostrophe.)
	for k := e - 2; k > s && k >= e-4; k-- {
		if t := &toks[k]; t.upper && strings.HasSuffix(t.w, "'s") || pluralOwnerAt(toks, k) {
			// The last word is a person's office, not a body's kind
			// ("South Africa's defence ministry" stays whole).
			office := officeWords[toks[e-1].w] && !adjectiveOffice(toks[e-1].w)
			for m := k + 1; m < e; m++ {
				if toks[m].upper || toks[m].cls&(clsTitleWords|clsGenericHeads) == 0 && !officeWords[toks[m].w] {
					office = false
				}
			}
			if office {
				e = k + 1
				if toks[k].k == tPunct {
					e = k
				}
			}
			break
		}
	}
	// "a Sudanese army spokesman": the spokesman speaks for the army.
	if e-s >= 3 || e-s == 2 && toks[s].upper {
		switch toks[e-1].w {
		case "spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "officials", "representative", "representatives", "press":
			// (Not "the Associated Press": a name's own word.)
			// (Not "Russian-installed officials": who placed them is no
			// body; the officials are the speakers.)
			if (!toks[e-1].upper && toks[e-2].cls&clsGenericHeads != 0 || toks[e-2].upper && e-s >= 2 && !placedBy(toks[e-2].w)) && !(toks[e-1].upper && toks[e-1].w == "press") {
				e--
			}
		}
	}
	// "the UALosses project", "the Oryx group": the name without the
	// kind of body it is.
	if e-s >= 2 && (toks[e-1].cls&clsOrgHeads != 0) && !toks[e-1].upper && toks[e-2].upper && !strings.HasSuffix(toks[e-2].w, "'s") && !strings.Contains(toks[e-2].w, "-") {
		e--
	}
	raw := strings.TrimSpace(nameText(text[toks[s].s:toks[e-1].e]))
	trimmed := len(raw)
	raw = strings.TrimSuffix(strings.TrimSuffix(raw, "'s"), "’s")
	a.name = raw
	// "according to the U.N.": initials with dots, as the registry
	// spells them without.
	if len(raw) <= 8 && strings.Count(raw, ".") >= 1 && isAcronym([]byte(strings.ReplaceAll(raw, ".", ""))) {
		raw = strings.ReplaceAll(raw, ".", "")
		a.name = raw
		if src, ok := attrition.ResolveSource(raw); ok {
			a.name, a.party = src.Name, src.Party
			return a
		}
	}
	// "in Wednesday's tally", "yesterday's figures": a day gives no
	// figure.
	// "said on Telegram": where a statement was posted names no one.
	// ("below May's figure of 35,000": a month's.)
	// ("Initial reports said": the reports' time, no one's name.)
	if e-s == 1 && (toks[s].cls&clsMonth != 0 || timeWord(strings.TrimSuffix(toks[s].w, "'s")) || monthNameWords.at(strings.TrimSuffix(strings.TrimSuffix(toks[s].w, "'s"), "’s")) != 0 || platformWord(toks[s].w) || functionWord(toks[s].w) ||
		reportTimeWord(toks[s].w) || toks[s].w == "initial" || toks[s].w == "earlier" || toks[s].w == "unconfirmed" || toks[s].w == "first") {
		a.junk = true
		return a
	}
	// "Two security sources told AFP": a count of unnamed people, upper
	// case only for opening the sentence.
	if e-s >= 2 && toks[s].upper && toks[s].cls&clsNum != 0 && !hasUpperTok(toks, s+1, e) {
		a.name, a.generic = "", true
		return a
	}
	// "the General Staff's daily reports": the registry's name once its
	// possessive is gone.
	if len(raw) < trimmed {
		if src, ok := attrition.ResolveSource(raw); ok {
			a.name, a.party = src.Name, src.Party
			return a
		}
	}
	// "a Britain-based war monitor said": a description the wires use
	// as a name, its first words left out of the noun phrase.
	if w := toks[e-1].w; w == "monitor" || w == "observatory" {
		for k := max(0, s-3); k < s; k++ {
			if src, ok := attrition.ResolveSource(nameText(text[toks[k].s:toks[e-1].e])); ok {
				a.name, a.party = src.Name, src.Party
				return a
			}
		}
	}
	if e-s == 1 && ((toks[s].cls&clsGenericHeads != 0) || pronoun(toks[s].w)) || e-s == 2 && (toks[e-1].cls&clsGenericHeads != 0) && (toks[s].w == "the" || !toks[s].upper) {
		a.generic = true
	}
	if a.generic || allLowerGeneric(toks, s, e) {
		a.generic = true
	}
	// "the Britain-based monitor": a descriptor and a kind of body.
	if !a.generic && (toks[e-1].cls&clsGenericHeads != 0) {
		desc := true
		for k := s; k < e-1; k++ {
			if w := toks[k].w; !strings.HasSuffix(w, "-based") && !strings.HasSuffix(w, "-run") && w != "the" && toks[k].upper {
				desc = false
			}
		}
		a.generic = desc
	}
	// "President Volodymyr Zelensky said": the side a well-known
	// official speaks for, under the name as written.
	if a.party == "" && !a.generic && e > s {
		a.party = officialSideWords.at(toks[e-1].w)
	}
	return a
}

// officialSides are the sides of officials who speak of their wars'
// losses, by surname as the tokenizer reads it.
var officialSides = map[string]string{
	"zelensky": "Ukraine", "zelenskiy": "Ukraine", "zelenskyy": "Ukraine", "syrskyi": "Ukraine",
	"zaluzhnyi": "Ukraine", "budanov": "Ukraine", "umerov": "Ukraine", "reznikov": "Ukraine",
	"putin": "Russia", "shoigu": "Russia", "gerasimov": "Russia", "belousov": "Russia", "peskov": "Russia",
	"konashenkov": "Russia",
	"netanyahu":   "Israel", "gallant": "Israel", "hagari": "Israel", "halevi": "Israel",
	"burhan": "Sudan (SAF)", "dagalo": "Sudan (RSF)", "hemedti": "Sudan (RSF)",
	"nasrallah": "Hezbollah", "sinwar": "Hamas", "aliyev": "Azerbaijan", "pashinyan": "Armenia",
	"tshisekedi": "DR Congo",
	// Leaders and commanders of other wars, by the surname reporting
	// gives them alone.
	"hlaing": "Myanmar", "syrsky": "Ukraine", "sybiha": "Ukraine", "kuleba": "Ukraine", "lavrov": "Russia",
	"katz": "Israel", "zamir": "Israel", "herzog": "Israel", "qassem": "Hezbollah", "araghchi": "Iran",
	"pezeshkian": "Iran", "khamenei": "Iran", "modi": "India", "sharif": "Pakistan", "munir": "Pakistan",
	"abiy": "Ethiopia", "kagame": "Rwanda", "makamba": "M23", "nangaa": "M23",
}

// officialSideWords, capitalWords and monthNameWords are officialSides,
// capitals and monthNames for the look-ups of makeAttribution and the
// speaker rules, which run for most sources of one word: a word is
// compared with the few keys of its first byte, where the map would hash
// it first.
var (
	officialSideWords = newWordTable(officialSides)
	capitalWords      = newWordTable(capitals)
	monthNameWords    = newWordTable(monthNames)
)

// kindNouns say what kind of body the name after them is.
var kindNouns = map[string]bool{
	"group": true, "monitor": true, "organisation": true, "organization": true, "outlet": true,
	"project": true, "ngo": true, "watchdog": true, "charity": true, "tracker": true,
	"initiative": true, "network": true, "website": true, "agency": true, "collective": true,
	"alliance": true, "movement": true, "front": true, "coalition": true, "militia": true,
}

// upperTail counts the capitalised words that end a phrase [s, e).
func upperTail(toks []token, s, e int) int {
	n := 0
	for k := e - 1; k >= s; k-- {
		t := &toks[k]
		if !t.upper || t.k != tWord || t.cls&clsTitleWords != 0 || strings.HasSuffix(t.w, "'s") {
			break
		}
		n++
	}
	return n
}

// nameRun counts the capitalised words that end tokens [s, e): a
// person's or an office's name after its titles.
func nameRun(toks []token, s, e int) int {
	n := upperTail(toks, s, e)
	// Only a person's name (no office words) is cut out of what comes
	// before it, and only when titles, a possessive or a date come first.
	for k := e - n; k < e; k++ {
		if toks[k].cls&(clsNpWords|clsGenericHeads) != 0 || toks[k].w == "&" {
			return 0
		}
	}
	// "Mali's Union of Women Lawyers": a run after "of" ends a body's
	// name, no person's.
	// ("the Commissioner for Human Rights of the Verkhovna Rada",
	// "… under Special Circumstances": after an article, or "under".)
	p := e - n - 1
	if p > s && toks[p].w == "the" {
		p--
	}
	if p >= s && (toks[p].w == "of" || toks[p].w == "for" || toks[p].w == "under") {
		return 0
	}
	cut := false
	for k := s; k < e-n; k++ {
		if (toks[k].cls&clsTitleWords != 0) || strings.HasSuffix(toks[k].w, "'s") || toks[k].w == "," {
			cut = true
		}
	}
	if !cut {
		return 0
	}
	return n
}

// acronymLike accepts an acronym or one joined by a hyphen to a word
// of its own: "ISP-Myanmar", "UN-OCHA".
func acronymLike(b []byte) bool {
	if isAcronym(b) {
		return true
	}
	i := bytes.IndexByte(b, '-')
	return i >= 2 && i+2 < len(b) && isAcronym(b[:i]) && b[i+1] >= 'A' && b[i+1] <= 'Z'
}

// isAcronym accepts "IISS", "HUR", "MoD", "DoD": capitals first, at
// least two of them, and no more lower-case letters than capitals.
func isAcronym(b []byte) bool {
	if len(b) < 2 || len(b) > 8 || !(b[0] >= 'A' && b[0] <= 'Z') {
		return false
	}
	up, lo := 0, 0
	for _, c := range b {
		switch {
		case c >= 'A' && c <= 'Z':
			up++
		case c >= 'a' && c <= 'z':
			lo++
		case c >= '0' && c <= '9' || c == '-':
		default:
			return false
		}
	}
	return up >= 2 && lo < up
}

// commonWords start sentences without naming anyone.
var commonWords = map[string]bool{
	"our": true, "to": true, "using": true, "casualty": true, "in": true, "on": true, "at": true,
	"by": true, "for": true, "with": true, "from": true, "after": true, "before": true, "while": true,
	"since": true, "however": true, "meanwhile": true, "overall": true, "but": true, "and": true,
	"a": true, "an": true, "this": true, "that": true, "these": true, "those": true, "one": true,
	"some": true, "many": true, "most": true, "its": true, "their": true, "his": true, "her": true,
	"there": true, "here": true, "when": true, "where": true, "if": true, "although": true,
	"though": true, "despite": true, "also": true, "separately": true, "earlier": true, "later": true,
	"today": true, "yesterday": true, "last": true, "first": true, "both": true, "all": true,
	"such": true, "other": true, "another": true, "each": true, "every": true, "now": true,
	"according": true, "as": true, "so": true, "yet": true, "still": true, "even": true, "only": true,
	"new": true, "latest": true, "recent": true, "official": false, "independent": false,
	"because": true, "unless": true, "until": true, "whereas": true, "among": true, "amongst": true,
	// A survey's own people, who speak for the study that asked them:
	// "Respondents reported 312 deaths", "Interviewers recorded 498".
	"respondents": true, "interviewers": true, "enumerators": true, "surveyors": true, "households": true,
	"participants": true, "interviewees": true,
}

// titleWords stand before a person's name or an office.
var titleWords = map[string]bool{
	"president": true, "prime": true, "minister": true, "head": true, "chief": true,
	"spokesman": true, "spokesperson": true, "spokeswoman": true, "commander": true,
	"commander-in-chief": true, "general": true, "gen": true, "colonel": true, "col": true,
	"lieutenant": true, "lt": true, "secretary": true, "director": true, "deputy": true,
	"foreign": true, "defence": true, "defense": true, "mr": true, "ms": true, "mrs": true,
	"dr": true, "governor": true, "mayor": true, "envoy": true, "ambassador": true, "mediator": true, "negotiator": true,
	"coordinator": true, "commissioner": true,
	"adviser": true, "advisor": true, "analyst": true, "researcher": true, "professor": true,
	"leader": true, "representative": true, "officer": true, "admiral": true, "marshal": true,
}

// researchersAt returns the token after "researchers at", "a study by
// experts from the" that opens toks[s:e], or s.
func researchersAt(toks []token, s, e int) int {
	k := s
	for k < e && (toks[k].w == "a" || toks[k].w == "the" || toks[k].w == "study" || toks[k].w == "team" || toks[k].w == "by" || toks[k].w == "of") {
		k++
	}
	if k+1 >= e || !researcherWord(toks[k].w) {
		return s
	}
	switch toks[k+1].w {
	case "at", "from", "of":
		k += 2
		if k < e && toks[k].w == "the" {
			k++
		}
		if k < e && toks[k].upper {
			return k
		}
	}
	return s
}

// researcherWord names people of a study: "researchers", "scientists".
func researcherWord(w string) bool {
	switch w {
	case "researchers", "scientists", "academics", "epidemiologists", "demographers", "experts", "statisticians":
		return true
	}
	return false
}

// indefinite reports an indefinite article or "one".
func indefinite(w string) bool {
	return w == "a" || w == "an" || w == "one"
}

// vagueNPEnd returns the end of a noun phrase of common words that ends
// in a vague source's word ("open sources", "hospital officials"), or k.
func vagueNPEnd(toks []token, k int) int {
	for m := k; m < len(toks) && m < k+4; m++ {
		t := &toks[m]
		if t.k != tWord || t.upper {
			return k
		}
		if vagueSourceWords[t.w] && t.w != "the" && t.w != "open" && t.w != "local" {
			return m + 1
		}
	}
	return k
}

// titleModifier reports the title words that only qualify an office
// ("Defence Minister", "Foreign Secretary").
func titleModifier(w string) bool {
	switch w {
	case "defence", "defense", "foreign", "prime", "deputy":
		return true
	}
	return false
}

// demonyms of sides the registry does not list, for the vague-source test.
var demonyms = map[string]bool{
	"western": true, "us": true, "u.s.": true, "american": true, "british": true, "european": true,
	"nato": true, "iranian": true, "korean": true, "south": true, "north": true, "french": true,
	"german": true, "polish": true, "foreign": true, "local": true, "regional": true, "senior": true,
	"some": true, "other": true, "independent": true,
}

// officeWords are offices and their ranks that speak for the body
// that holds them.
var officeWords = map[string]bool{
	"director": true, "chief": true, "head": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"mediator": true, "envoy": true, "regional": true, "senior": true, "deputy": true, "executive": true,
	"representative": true, "coordinator": true, "commissioner": true, "secretary-general": true, "general": true,
}

// adjectiveOffice reports the words of officeWords that only qualify an
// office ("regional director").
func adjectiveOffice(w string) bool {
	return w == "regional" || w == "senior" || w == "deputy" || w == "executive" || w == "general"
}

func ordinalSuffix(w string) bool { return w == "th" || w == "st" || w == "nd" || w == "rd" }

// countNouns name a count a body keeps: "by the count of".
var countNouns = map[string]bool{
	"count": true, "tally": true, "reckoning": true, "estimate": true, "estimates": true,
	"calculations": true, "figures": true, "data": true, "records": true,
}

// vagueSourceWords are groups that are not a source by themselves.
var vagueSourceWords = map[string]bool{
	"officials": true, "official": true, "authorities": true, "sources": true, "analysts": true,
	"experts": true, "observers": true, "diplomats": true, "estimates": true, "figures": true,
	"intelligence": false, "reports": true, "media": true, "people": true, "activists": true,
	"witnesses": true, "medics": true, "doctors": true, "rescuers": true, "locals": true, "residents": true,
	"local": true, "the": true, "survivors": true, "monitors": true, "relatives": true, "families": true, "villagers": true,
	// "Others put the toll at 60,000": no one named.
	"others": true, "critics": true, "sceptics": true, "skeptics": true,
	// "a senior TDF commander": speaks for the TDF, or for no one named.
	"commander": true, "commanders": true, "officer": true, "officers": true,
	// "open sources", "unnamed sources", "various reports", "security
	// sources", "hospital officials".
	"open": true, "open-source": true, "unnamed": true, "anonymous": true, "various": true, "multiple": true,
	"security": true, "medical": true, "hospital": true, "health": true,
	// "Iranian state media".
	"state": true,
}

// discourseAside reports the words [s, e) of an aside that links a
// sentence to the one before: "by contrast", "however", "for its
// part", "in turn", "meanwhile".
func discourseAside(toks []token, s, e int) bool {
	for k := s; k < e; k++ {
		if toks[k].k != tWord {
			return false
		}
	}
	w := func(k int) string { return word(toks, s+k) }
	switch e - s {
	case 1:
		switch w(0) {
		case "however", "meanwhile", "too", "also", "separately", "likewise", "similarly", "instead":
			return true
		}
	case 2:
		switch w(0) + " " + w(1) {
		case "by contrast", "in contrast", "in turn", "in comparison":
			return true
		}
	case 3:
		if w(0) == "for" && w(2) == "part" {
			switch w(1) {
			case "its", "their", "his", "her":
				return true
			}
		}
	}
	return false
}

// commentatorWord reports people who comment on a body rather than
// speak for it: "military analysts", "military bloggers".
func commentatorWord(w string) bool {
	switch w {
	case "analysts", "analyst", "bloggers", "blogger", "experts", "expert", "observers", "commentators", "correspondents", "sources", "officials", "official":
		return true
	}
	return false
}

// plainQualifier reports the words of demonyms that name no country:
// "Local officials", "Senior officials" at a sentence's start.
func plainQualifier(w string) bool {
	switch w {
	case "local", "regional", "senior", "some", "other", "independent", "foreign", "federal", "national", "provincial":
		return true
	}
	return false
}

// fieldOffice reports an office named by the field it serves:
// "Commissioner for Human Rights", "Special Rapporteur on …".
func fieldOffice(w string) bool {
	switch w {
	case "commissioner", "ombudsman", "ombudsperson", "rapporteur", "envoy", "representative", "coordinator":
		return true
	}
	return false
}

// placedBy reports a word that says who placed or backs a body:
// "Russian-installed", "Kremlin-backed", "Moscow-appointed".
func placedBy(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 {
		return false
	}
	switch w[i+1:] {
	case "installed", "appointed", "backed", "imposed", "aligned", "affiliated", "run", "led", "controlled":
		return true
	}
	return false
}

// officialsHead reports the words for a government's people or its
// reckoning that name a source by their country's adjective: "US
// officials", "Israeli authorities", "Ukrainian estimates".
func officialsHead(w string) bool {
	switch w {
	case "officials", "official", "authorities", "estimates", "estimate", "assessments", "assessment", "intelligence", "diplomats", "diplomat", "media":
		return true
	}
	return false
}

func allLowerGeneric(toks []token, s, e int) bool {
	for k := s; k < e; k++ {
		if toks[k].upper && !(k == s && (toks[k].cls&clsGenericHeads != 0)) {
			return false
		}
	}
	return true
}

// resolveGeneric matches "the ministry" to the last source named before
// whose name holds that word, then to a name the text used before ("the
// alliance" after "the Three Brotherhood Alliance"), then to a registry
// source of a side the text is about; pronouns take the last source.
//
// toks is the sentence the words are in: a bare "the ministry" of a
// sentence about people killed is no defence ministry.
func (d *docState) resolveGeneric(a attribution, toks []token) (attribution, bool) {
	head := strings.ToLower(a.name)
	full := strings.TrimPrefix(head, "the ")
	if i := strings.LastIndexByte(head, ' '); i >= 0 {
		head = head[i+1:]
	}
	// "the official said" after "a senior NATO official said": the
	// official named before, as a pronoun would be.
	if pronoun(head) || full == "official" || full == "spokesman" || full == "spokeswoman" || full == "spokesperson" {
		if d.lastSource != nil && d.lastSource.name != "" {
			return *d.lastSource, true
		}
		if d.defaultSource.name != "" {
			return d.defaultSource, true
		}
		return a, false
	}
	for i := len(d.seenSources) - 1; i >= 0; i-- {
		s := d.seenSources[i]
		if s.generic || s.name == "" {
			continue
		}
		match := lowerContains(s.name, head) || lowerContains(s.long, head)
		src, reg := registryByName[s.name]
		if !match && reg {
			for _, al := range src.Aliases {
				if strings.Contains(al, head) {
					match = true
					break
				}
			}
		}
		if !match {
			continue
		}
		// "Gaza: … the health ministry said. Lebanon: Israeli strikes
		// killed 4,000 people in Lebanon, the health ministry said": the
		// ministry of the side the sentence is about, not the one named
		// before for another side.
		if reg && src.Party != "" && !defenceMinistry(src.Name) {
			if o, ok := d.sentenceSidesBody(full, src.Party); ok {
				return attribution{name: o.Name, party: o.Party}, true
			}
		}
		return s, true
	}
	for i := len(d.names) - 1; i >= 0; i-- {
		if d.names[i].head == head {
			n := nameText(d.pt.text[d.names[i].s:d.names[i].e])
			if ac, ok := d.acronyms[n]; ok {
				return attribution{name: n, long: ac}, true
			}
			return attribution{name: n}, true
		}
	}
	// "the monitor", "the group": the body named last.
	if orgHeads[head] {
		for i := len(d.seenSources) - 1; i >= 0; i-- {
			if s := d.seenSources[i]; !s.generic && s.name != "" {
				return s, true
			}
		}
	}
	// A registry source of a side the text names: "the health ministry"
	// in a text about Gaza.
	best, bestVotes := attrition.Source{}, 0
	// "Russian missiles struck Odesa. Twelve people were killed, the
	// ministry said": a defence ministry counts soldiers and weapons,
	// not a strike's dead; the words must name it ("the defence
	// ministry") for such a toll.
	// (The sentence's walk only for a defence ministry's candidacy.)
	named := strings.Contains(full, "defen")
	// The first with the most votes among the sources an alias of which
	// holds the words, in the registry's order.
	vote := func(src *attrition.Source) {
		if !named && defenceMinistry(src.Name) && peopleToll(toks) {
			return
		}
		// Named as often, the side that does the destroying in the
		// sentence speaks: "Russian air defences shot down 96 Ukrainian
		// drones, the ministry said".
		v := 2 * d.sideCount.get(src.Party)
		for _, m := range d.mentions {
			if m.agent && m.actor == src.Party {
				v++
				break
			}
		}
		// The side the sentence itself is about outvotes the ones the
		// text named before: "Gaza: … the health ministry said.
		// Lebanon: Israeli strikes killed 4,000 people in Lebanon, the
		// health ministry said".
		// (Not a defence ministry: it counts the enemy's losses, "the
		// ministry said 22 Ukrainian drones were downed".)
		if v > 0 && !defenceMinistry(src.Name) && d.sentenceAbout(src.Party) {
			v += 1 << 20
		}
		if v > bestVotes {
			best, bestVotes = *src, v
		}
	}
	// ("the agency said", "the office said": a word too vague to pick
	// a side's body by; "the ministry" and "the health ministry" are
	// not.)
	if vagueBodyWord(full) {
		if d.defaultSource.name != "" {
			return d.defaultSource, true
		}
		return a, false
	}
	if pa := &partyAliases; full != "" && strings.IndexByte(full, 0) < 0 {
		// One search of all the aliases, not one for each: the words
		// hold no zero byte, so a match lies within one alias, and the
		// search goes on after the aliases of the source it is in. None
		// when two bytes of the words stand together in no alias.
		at := len(pa.text)
		if pa.pairsIn(full) {
			at = 0
		}
		for k := 0; at < len(pa.text); {
			j := strings.Index(pa.text[at:], full)
			if j < 0 {
				break
			}
			at += j
			for pa.ends[k] <= at {
				k++
			}
			vote(&pa.srcs[k])
			at, k = pa.ends[k], k+1
		}
	} else {
		for i := range attrition.Sources {
			src := &attrition.Sources[i]
			if src.Party == "" {
				continue
			}
			for _, al := range src.Aliases {
				if strings.Contains(al, full) {
					vote(src)
					break
				}
			}
		}
	}
	if bestVotes > 0 {
		return attribution{name: best.Name, party: best.Party}, true
	}
	// "A Russian strike on Ternopil killed 32 people, the interior
	// ministry said": a state's own service that the registry does not
	// hold, of the one state the sentence is about.
	if homeBody(full) {
		if side := d.sentenceStateAbout(); side != "" {
			return attribution{name: side + "'s " + full, party: side}, true
		}
	}
	if d.defaultSource.name != "" {
		return d.defaultSource, true
	}
	return a, false
}

// homeBody reports the words of a state's service that counts its own
// people's dead and that the registry names for no side: "the interior
// ministry", "the emergency service".
func homeBody(full string) bool {
	switch full {
	case "interior ministry", "ministry of interior", "ministry of the interior", "ministry of internal affairs",
		"emergency service", "emergency services", "state emergency service", "emergencies ministry", "emergency ministry",
		"ministry of emergency situations", "national police", "police":
		return true
	}
	return false
}

// sentenceStateAbout returns the one state the sentence is about, as
// neither killer nor backer, or "" when it names none or several; a
// side that is a people of a land ("Palestinians in Gaza") or a part
// of one ("Sudan (civilians)") is no state.
func (d *docState) sentenceStateAbout() string {
	side := d.soleSideAbout()
	if strings.ContainsAny(side, "()") || strings.Contains(side, " in ") {
		return ""
	}
	return side
}

// soleSideAbout returns the one side the sentence names as neither
// killer nor backer, or "" when it names none or several.
func (d *docState) soleSideAbout() string {
	side := ""
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.actor == "" || m.agent || m.sponsor || m.launcher || m.actor == side {
			continue
		}
		if side != "" {
			return ""
		}
		side = m.actor
	}
	return side
}

// sentenceAbout reports a side the sentence names as neither killer nor
// backer.
func (d *docState) sentenceAbout(side string) bool {
	for i := range d.mentions {
		if m := &d.mentions[i]; m.actor == side && !m.agent && !m.sponsor && !m.launcher {
			return true
		}
	}
	return false
}

// sentenceSidesBody returns the registry body of another side than
// party that the words name ("health ministry"), when the sentence is
// about that side ("in Lebanon", "Lebanese civilians") and names party
// nowhere, not even as the killer.
func (d *docState) sentenceSidesBody(full, party string) (*attrition.Source, bool) {
	if full == "" || !strings.HasSuffix(full, "ministry") {
		return nil, false
	}
	for i := range d.mentions {
		if d.mentions[i].actor == party {
			return nil, false
		}
	}
	side := d.soleSideAbout()
	if side == "" {
		return nil, false
	}
	for i := range attrition.Sources {
		src := &attrition.Sources[i]
		if src.Party != side || defenceMinistry(src.Name) {
			continue
		}
		for _, al := range src.Aliases {
			if strings.Contains(al, full) {
				return src, true
			}
		}
	}
	return nil, false
}

// peopleToll reports whether a sentence counts people or civilians
// ("twelve people were killed") and names no soldiers.
func peopleToll(toks []token) bool {
	people := false
	for k := range toks {
		t := &toks[k]
		if t.cls&clsMilitaryWords != 0 {
			return false
		}
		if t.w == "people" || t.w == "persons" || t.cls&clsCivilianWords != 0 {
			people = true
		}
	}
	return people
}

// defenceMinistry reports whether a registry source's name is a defence
// ministry's: "Ministry of Defence of Ukraine".
func defenceMinistry(name string) bool {
	return strings.Contains(name, "Ministry of Defen") || strings.Contains(name, "Defence Ministry") || strings.Contains(name, "Defense Ministry")
}

// partyAliasText is the type of partyAliases.
type partyAliasText struct {
	text  string
	ends  []int
	srcs  []attrition.Source
	pairs [1 << 10]uint64
}

// partyAliases holds the aliases of the registry's sources that speak for
// a side, in the registry's order, each alias followed by a zero byte:
// the aliases of srcs[k] end at ends[k]. pairs has bit a<<8|b set for
// every two bytes a, b next to each other in text.
var partyAliases = func() (t partyAliasText) {
	var b strings.Builder
	for _, src := range attrition.Sources {
		if src.Party == "" || len(src.Aliases) == 0 {
			continue
		}
		for _, al := range src.Aliases {
			b.WriteString(al)
			b.WriteByte(0)
		}
		t.ends = append(t.ends, b.Len())
		t.srcs = append(t.srcs, src)
	}
	t.text = b.String()
	for i := 0; i+1 < len(t.text); i++ {
		p := uint16(t.text[i])<<8 | uint16(t.text[i+1])
		t.pairs[p>>6] |= 1 << (p & 63)
	}
	return t
}()

// pairsIn reports whether every two bytes next to each other in s are
// next to each other somewhere in the aliases' text too, as they are
// when s is in it.
func (t *partyAliasText) pairsIn(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if p := uint16(s[i])<<8 | uint16(s[i+1]); t.pairs[p>>6]&(1<<(p&63)) == 0 {
			return false
		}
	}
	return true
}

// orgHeads name a kind of body that refers back to the last one named.
var orgHeads = map[string]bool{
	"monitor": true, "group": true, "observatory": true, "organisation": true, "organization": true,
	"outlet": true, "project": true, "team": true, "institute": true, "agency": true, "alliance": true,
}

// name is a capitalised run of words the text used ("Three Brotherhood
// Alliance"), kept so that "the alliance" can be resolved later.
type name struct {
	// s, e are byte offsets of the name in the plain text: most names
	// are never looked up, so none is copied out.
	s, e int
	head string
}

// collectNames records the multi-word capitalised names of a sentence.
// It runs for every sentence, and most words are in lower case: the
// scan passes them two at a time, and a capitalised word alone is no
// name.
func (d *docState) collectNames(toks []token) {
	for i := 1; i < len(toks); i++ {
		for last := len(toks) - 1; i < last && !toks[i].upper && !toks[i+1].upper; {
			i += 2
		}
		if i >= len(toks) || !toks[i].upper {
			continue
		}
		j := i + 1
		// ("Institute for Strategy and Policy – Myanmar (ISP-Myanmar)": a
		// dash before a name's last word, which its acronym follows.)
		for j < len(toks) && (toks[j].upper || hyphenAfterParticle(toks[j].w) && particleTok(&toks[j], d.pt.text) || nameJoiner(toks[j].w) && j+1 < len(toks) && toks[j+1].upper ||
			isDash(toks[j].w) && j+1 < len(toks) && toks[j+1].upper && word(toks, j+2) == "(") {
			j++
		}
		if j-i < 2 {
			i = j
			continue
		}
		// ("GAZA CITY, Palestinian Territories (AFP) —": a dateline's
		// credit to its agency, not the place's initials.)
		if (toks[j-1].upper || particleTok(&toks[j-1], d.pt.text)) && word(toks, j) == "(" && j+2 < len(toks) && toks[j+2].w == ")" &&
			acronymLike(d.pt.text[toks[j+1].s:toks[j+1].e]) && !isDash(word(toks, j+3)) {
			// "the International Institute for Strategic Studies (IISS)",
			// "the Institute for Strategy and Policy – Myanmar
			// (ISP-Myanmar)".
			if d.acronyms == nil {
				d.acronyms = map[string]string{}
			}
			// A sentence's "The" is no part of the name ("• The Syrian
			// Observatory for Human Rights (SOHR) reports").
			ls := i
			if toks[i].w == "the" && !midSentence(toks, i) {
				ls++
			}
			ac := string(d.pt.text[toks[j+1].s:toks[j+1].e])
			// "SYRIAN NETWORK FOR HUMAN RIGHTS (SNHR)" opening a line:
			// the first word, never taken as a name's start, is the
			// acronym's first letter.
			// "South Korea's National Intelligence Service (NIS)" opening
			// a sentence: a compass word is the place's first.
			if ls == 1 && toks[0].upper && toks[0].k == tWord && toks[0].w != "the" &&
				(initials(nameText(d.pt.text[toks[0].s:toks[j-1].e])) == strings.ToUpper(ac) || compassWord(toks[0].w)) {
				ls = 0
			}
			long := nameText(d.pt.text[toks[ls].s:toks[j-1].e])
			d.acronyms[long] = ac
			if d.longOf == nil {
				d.longOf = map[string]string{}
			}
			d.longOf[ac] = long
			src, ok := matchSource(toks, ls, j)
			if !ok && ls != i {
				src, ok = matchSource(toks, i, j)
			}
			if !ok {
				// "… (CSIS)": the acronym is the registry's.
				src, ok = matchSource(toks, j+1, j+2)
			}
			if !ok {
				src, ok = placedAcronymSource(toks, d.pt.text, ls, j)
			}
			if ok {
				if d.acronymSrc == nil {
					d.acronymSrc = map[string]attribution{}
				}
				d.acronymSrc[ac] = attribution{name: src.Name, party: src.Party}
				// The registry's name is what the acronym stands for.
				delete(d.acronyms, long)
				if d.longOf[ac] == long {
					delete(d.longOf, ac)
				}
			}
		}
		if toks[j-1].upper {
			if toks[j-1].cls&(clsGenericHeads|clsNpWords) != 0 {
				d.names = append(d.names, name{s: toks[i].s, e: toks[j-1].e, head: toks[j-1].w})
				if len(d.names) > 64 {
					d.names = d.names[1:]
				}
			}
		}
		i = j
	}
}

// nameJoiner reports a lower-case word that may join the capitalised
// words of a name: "Institute for the Study of War".
func nameJoiner(w string) bool {
	switch w {
	case "of", "for", "in", "and", "&":
		return true
	}
	return false
}

// definiteAt reports a definite article before the source that starts at
// token i ("the officials said").
func definiteAt(toks []token, i int) bool {
	return i < len(toks) && toks[i].w == "the" || i > 0 && i <= len(toks) && toks[i-1].w == "the"
}

// namedSource is a registry source named in sentence sent.
type namedSource struct {
	sent int
	a    attribution
}

// noteSource records a registry source the text names.
func (d *docState) noteSource(a attribution) {
	if !registered(a.name) {
		return
	}
	if n := len(d.named); n > 0 && d.named[n-1].a.name == a.name && d.named[n-1].sent == d.nsent {
		return
	}
	d.named = append(d.named, namedSource{sent: d.nsent, a: a})
}

// countryKeys map a country or its capital, as a text names a government
// that speaks, to one key.
var countryKeys = map[string]string{
	"uk": "uk", "britain": "uk", "united kingdom": "uk", "the uk": "uk", "london": "uk", "british government": "uk",
	"us": "us", "u.s.": "us", "united states": "us", "the us": "us", "washington": "us", "america": "us",
	"russia": "russia", "moscow": "russia", "kremlin": "russia", "the kremlin": "russia",
	"ukraine": "ukraine", "kyiv": "ukraine", "kiev": "ukraine",
	"israel": "israel", "jerusalem": "israel",
}

// maxCountryKey is the length of the longest key of countryKeys.
var maxCountryKey = func() int {
	n := 0
	for k := range countryKeys {
		n = max(n, len(k))
	}
	return n
}()

// sourceCountry is the country whose government publishes a registry
// source.
func sourceCountry(name string) string {
	switch name {
	case "UK Ministry of Defence":
		return "uk"
	case "US Department of Defense":
		return "us"
	}
	if src, ok := registryByName[name]; ok && src.Party != "" {
		return lowerLookup(countryKeys, src.Party)
	}
	return ""
}

// registryByName holds the registry's sources by canonical name: what
// an attribution holds once matched, so a map look-up says whether it
// was.
var registryByName = func() map[string]attrition.Source {
	m := make(map[string]attrition.Source, len(attrition.Sources))
	for _, src := range attrition.Sources {
		m[src.Name] = src
	}
	return m
}()

// resolveCountrySources reads a country given as a figure's source
// ("according to the UK") as the office of that country the text names
// within two sentences ("The British Ministry of Defence reported"): the
// report names the government first and its office after.
func (d *docState) resolveCountrySources() {
	if len(d.named) == 0 {
		return
	}
	// Claims in a row mostly share their source: its key is looked up
	// once for the run.
	lastSource, lastKey := "", ""
	for i := range d.claims {
		c := &d.claims[i]
		if c.Source == "" || len(c.Source) > maxCountryKey {
			continue
		}
		if c.Source != lastSource {
			lastSource, lastKey = c.Source, lowerLookup(countryKeys, c.Source)
		}
		key := lastKey
		if key == "" || warSide(c.Actor, key) {
			continue
		}
		best, dist := -1, 3
		// d.named is in sentence order: only the few named within two
		// sentences of the claim are looked at.
		lo, _ := slices.BinarySearchFunc(d.named, c.sentence-2, func(n namedSource, s int) int { return n.sent - s })
		for j := lo; j < len(d.named) && d.named[j].sent <= c.sentence+2; j++ {
			n := &d.named[j]
			dd := n.sent - c.sentence
			if dd < 0 {
				dd = -dd
			}
			if dd < dist && sourceCountry(n.a.name) == key {
				best, dist = j, dd
			}
		}
		if best >= 0 {
			c.Source = d.named[best].a.name
		}
	}
}

// resolveHealthMinistries reads a health ministry named by no place
// ("(MoH)", "Ministry of Health:") as the registry's ministry of the
// side whose dead it counts: in a table of Gaza's dead, "MoH" is the
// Gaza Health Ministry.
func (d *docState) resolveHealthMinistries() {
	for i := range d.claims {
		c := &d.claims[i]
		switch c.Source {
		case "MoH", "MOH", "Ministry of Health", "Health Ministry", "health ministry":
		default:
			continue
		}
		place := c.Actor
		if p, ok := strings.CutPrefix(place, "Palestinians in "); ok {
			place = p
		}
		if place == "" {
			continue
		}
		if src, ok := attrition.ResolveSource("health ministry in " + strings.ToLower(place)); ok {
			c.Source = src.Name
		}
	}
}

// warSide reports the country key as a side of the war actor's losses
// belong to. A belligerent speaks as itself: "Israel says 73 soldiers
// were killed" is Israel's claim, whichever of its offices the text
// names next; only an outside government ("according to Britain") is
// read as its office.
func warSide(actor, key string) bool {
	conf, ok := attrition.ConflictOf(actor)
	if !ok {
		return false
	}
	for _, s := range conf.Sides {
		if lowerLookup(countryKeys, s) == key {
			return true
		}
	}
	return false
}

// initials are the capitals of a name's words: "International Institute
// for Strategic Studies" → "IISS".
func initials(name string) string {
	var b []byte
	for _, w := range strings.Fields(name) {
		// A name in capitals keeps its small words out of its initials:
		// "NETWORK FOR HUMAN RIGHTS" is NHR.
		switch w {
		case "FOR", "OF", "AND", "THE", "IN", "ON":
			continue
		}
		if isUpperByte(w[0]) {
			b = append(b, w[0])
		} else if i := particleHyphen(w); i > 0 && i+1 < len(w) && isUpperByte(w[i+1]) {
			// "al-Islam", "wal-Muslimin": the name after the particle.
			b = append(b, w[i+1])
		}
	}
	return string(b)
}

// particleTok reports a token that is a name after an Arabic article
// or conjunction, "al-Islam", "wal-Muslimin", "el-Sisi": capitalised
// after its hyphen in the text. The token's word is lower-cased ASCII
// of the same length, so its hyphen stands at the same offset.
func particleTok(t *token, text []byte) bool {
	if !hyphenAfterParticle(t.w) {
		return false
	}
	i := particleHyphen(t.w)
	return i > 0 && i+1 < len(t.w) && t.k == tWord && isUpperByte(text[t.s+i+1])
}

// particleHyphen returns the offset of the hyphen after a word's leading
// particle ("al-", "wal-", "bin-"), or -1. Its byte tests come first:
// most words have no hyphen at their third or fourth byte.
func particleHyphen(w string) int {
	if len(w) < 4 {
		return -1
	}
	i := 2
	if w[2] != '-' {
		if w[3] != '-' {
			return -1
		}
		i = 3
	}
	switch strings.ToLower(w[:i]) {
	case "al", "el", "wal", "ad", "ash", "as", "an", "ar", "at", "az", "ibn", "bin":
		return i
	}
	return -1
}

// hyphenAfterParticle reports a hyphen at a word's third or fourth
// byte, the place of the one after a particle: particleTok's first
// test, which collectNames asks before the call for every word after a
// capitalised one, since most words fail it.
func hyphenAfterParticle(w string) bool {
	return len(w) >= 4 && (w[2] == '-' || w[3] == '-')
}

// isUpperByte reports an ASCII capital.
func isUpperByte(c byte) bool { return 'A' <= c && c <= 'Z' }

// nameInPlace reports a name that ends before token m only as the place
// of an unnamed head: "a soldier in the 68th Jaeger Brigade, who".
func nameInPlace(toks []token, m int) bool {
	j := m - 1
	for j >= 0 && (toks[j].upper || toks[j].k == tNum || toks[j].glued && j > 0 && toks[j-1].k == tNum || toks[j].w == "the") {
		j--
	}
	if j < 0 {
		return false
	}
	switch toks[j].w {
	case "of":
		// "the daily update of UN OCHA, citing …, reported": a body's
		// report, not a place.
		return !(j > 0 && toks[j-1].cls&clsTrailingNouns != 0)
	case "in", "from", "at", "with", "for":
		// "The UN Human Rights Monitoring Mission in Ukraine, which",
		// "the Association for Political Prisoners, which": a name that
		// goes on before its preposition is one body's.
		return !(j > 1 && toks[j-1].upper && toks[j-1].k == tWord)
	}
	return false
}

// descriptorSegment reports a segment [s, e) between commas that
// describes the name before it rather than naming anyone: "an
// independent news outlet", "working with the BBC", "which tracks
// obituaries", "based in London".
func descriptorSegment(toks []token, s, e int) bool {
	if s >= e {
		return false
	}
	w := toks[s].w
	// "Oryx, the open-source project that counts only losses documented
	// by photographs or video, lists": the kind of body it is.
	if w == "the" && !toks[s].upper {
		// "The group, the Sudan Doctors Network, said": a kind noun
		// in capitals is the name's own, and the name is the speaker.
		for k := s + 1; k < e && k <= s+3; k++ {
			if kindNouns[toks[k].w] && !toks[k].upper {
				return true
			}
		}
	}
	switch w {
	case "a", "an", "which", "who", "whose", "based", "together", "along", "itself":
		return true
	case "cited", "quoted":
		// "The defence ministry, cited by TASS, said": the agency
		// relays; the speaker is the name before it.
		return word(toks, s+1) == "by"
	case "for", "in", "however", "meanwhile", "separately", "too", "also":
		// Asides of discourse: "for its part", "in turn", "in a
		// statement", "however".
		if e-s <= 4 {
			return true
		}
		// "in its daily update on Saturday": the occasion of the
		// statement.
		if w == "in" && e-s <= 8 && speechOccasion(toks, s) {
			return true
		}
	}
	if !toks[s].upper && len(w) > 4 && strings.HasSuffix(w, "ing") {
		return true
	}
	// "Tymur Tkachenko, head of the city's military administration,
	// said": the office of the person named before.
	if toks[s].cls&clsTitleWords != 0 && !toks[s].upper && toks[s].k == tWord && word(toks, s+1) == "of" {
		return true
	}
	// "Ukraine's military intelligence agency": a kind of body; "Ukraine's
	// top commander": a title after the name it describes.
	return ((toks[e-1].cls&clsGenericHeads != 0) || (toks[e-1].cls&clsTitleWords != 0)) && !toks[e-1].upper
}

// capitals name their governments as sources.
var capitals = map[string]string{
	"kyiv": "Ukraine", "kiev": "Ukraine", "moscow": "Russia", "jerusalem": "Israel", "yerevan": "Armenia",
	"baku": "Azerbaijan", "tehran": "Iran", "washington": "United States", "london": "UK",
	"islamabad": "Pakistan", "delhi": "India", "damascus": "Syria", "baghdad": "Iraq", "beirut": "Lebanon",
	"kinshasa": "DR Congo", "bamako": "Mali", "ouagadougou": "Burkina Faso", "niamey": "Niger",
	"abuja": "Nigeria", "mogadishu": "Somalia", "kigali": "Rwanda", "naypyidaw": "Myanmar",
	"ankara": "Turkey", "beijing": "China", "pyongyang": "North Korea", "minsk": "Belarus",
	// The army-led government that sits in Port Sudan since 2023;
	// Sanaa's rulers are the Houthis.
	"khartoum": "Sudanese Armed Forces", "sanaa": "Houthis", "sana'a": "Houthis",
	// The seat that speaks as its own body.
	"kremlin": "Kremlin",
}

// capitalOfTwo returns the government a capital of two words names as
// a source ("New Delhi", "Port Sudan"), or "".
func capitalOfTwo(w1, w2 string) string {
	switch {
	case w1 == "new" && w2 == "delhi":
		return "India"
	case w1 == "port" && w2 == "sudan":
		return "Sudanese Armed Forces"
	case w1 == "addis" && w2 == "ababa":
		return "Ethiopia"
	case w1 == "nay" && w2 == "pyidaw":
		return "Myanmar"
	}
	return ""
}

// discourseAdverb reports a word that links a sentence to the one
// before and names no one: "Separately,", "However,", "Meanwhile,",
// "Elsewhere,".
func discourseAdverb(t *token) bool {
	if strings.HasSuffix(t.w, "ly") || t.cls&clsCommonWords != 0 {
		return true
	}
	switch t.w {
	case "elsewhere", "nevertheless", "nonetheless", "moreover", "furthermore", "instead", "likewise", "besides", "thus", "hence", "then", "therefore", "otherwise":
		return true
	}
	return false
}

// timeOrPlaceBefore reports a name in tokens [s, e) that is a date or
// stands after a preposition: "on Monday", "in Kherson".
func timeOrPlaceBefore(toks []token, s, e int) bool {
	if weekdays[toks[e-1].w] != 0 || monthNames[toks[e-1].w] != 0 {
		return true
	}
	switch word(toks, s-1) {
	case "on", "in", "at", "from", "near", "of", "since", "by":
		return true
	}
	return false
}

// nameWithInitials returns the last multi-word name the text used whose
// initials are the acronym ac ("Rapid Support Forces" for "RSF"). It
// compares in place: only the name found is copied out.
func (d *docState) nameWithInitials(ac string) (string, bool) {
	for i := len(d.names) - 1; i >= 0; i-- {
		b := d.pt.text[d.names[i].s:d.names[i].e]
		k, start := 0, true
		ok := true
		for _, c := range b {
			if c == ' ' {
				start = true
				continue
			}
			if start && c >= 'A' && c <= 'Z' {
				if k >= len(ac) || ac[k] != c {
					ok = false
					break
				}
				k++
			}
			start = false
		}
		if ok && k == len(ac) {
			return string(b), true
		}
	}
	return "", false
}

// reportAdjective reports the words that qualify a report noun ("daily
// update") but are no report by themselves.
func reportAdjective(w string) bool {
	return w == "latest" || w == "daily" || w == "weekly" || w == "monthly"
}

// reportModifier may stand between a body's possessive and its paper:
// "ACLED's annual report", "Russia's official figure", "the ministry's
// preliminary count".
func reportModifier(w string) bool {
	switch w {
	case "latest", "annual", "yearly", "quarterly", "new", "recent", "final", "preliminary", "official",
		"own", "updated", "interim", "initial", "first", "last", "provisional",
		"conservative", "running", "cumulative", "independent":
		return true
	}
	return false
}

// allUpperWords reports tokens [s, e) that are all capitalised words.
func allUpperWords(toks []token, s, e int) bool {
	for k := s; k < e; k++ {
		if !toks[k].upper || toks[k].k != tWord {
			return false
		}
	}
	return true
}

// findActorPop returns the population a registry side stands for.
func findActorPop(name string) string {
	if a, ok := findActor(name); ok {
		return a.Population
	}
	return ""
}

// claimedLives reports "claim" in the sense of taking lives, not of
// saying: "the fighting claimed the lives of 2,900 people", "claimed
// 300 lives".
func claimedLives(toks []token, i int) bool {
	if w := toks[i].w; w != "claimed" && w != "claims" && w != "claim" {
		return false
	}
	k := i + 1
	for k < len(toks) && k < i+5 && (toks[k].w == "the" || toks[k].w == "at" || toks[k].w == "least" || toks[k].w == "more" || toks[k].w == "than" ||
		toks[k].w == "some" || toks[k].w == "about" || toks[k].w == "nearly" || toks[k].w == "over" || startsNumber(&toks[k]) || toks[k].w == ",") {
		k++
	}
	w := word(toks, k)
	return w == "lives" || w == "life"
}

// midSentence reports a token that follows a lower-case word or a comma:
// its capital is the name's, not the sentence's.
func midSentence(toks []token, t int) bool {
	return t > 0 && (toks[t-1].k == tWord && !toks[t-1].upper || toks[t-1].w == ",")
}

// nameText is a name as the text writes it, with each run of white space
// one space: a line of wrapped text may end inside a name ("the UN Human
// Rights\nMonitoring Mission").
func nameText(b []byte) string {
	clean := true
	for i, c := range b {
		// One compare passes the letters, most bytes, by.
		if c <= ' ' && (c == '\n' || c == '\r' || c == '\t' || c == ' ' && i > 0 && b[i-1] == ' ') {
			clean = false
			break
		}
	}
	if clean {
		return string(b)
	}
	out := make([]byte, 0, len(b))
	space := false
	for i, c := range b {
		if c == ' ' || c == '\n' || c == '\r' || c == '\t' {
			// "Political Pris-\noners": a word a line break cut.
			if c == '\n' && len(out) > 1 && out[len(out)-1] == '-' && out[len(out)-2] != ' ' && i+1 < len(b) && b[i+1]-'a' < 26 {
				out = out[:len(out)-1]
				space = false
				continue
			}
			space = true
			continue
		}
		if space && len(out) > 0 {
			out = append(out, ' ')
		}
		space = false
		out = append(out, c)
	}
	return string(out)
}

// timeWord reports the names of days and times that stand before a
// count as its date: "Wednesday's tally", "today's update".
func timeWord(w string) bool {
	// The days' names are weekdays' keys (TestGateClasses), compared
	// here, not hashed.
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"yesterday", "today", "tonight", "tomorrow", "weekend", "week", "month", "year", "day":
		return true
	}
	return false
}

// hasUpperTok reports an upper-case word among tokens [s, e).
func hasUpperTok(toks []token, s, e int) bool {
	for k := s; k < e && k < len(toks); k++ {
		if toks[k].upper {
			return true
		}
	}
	return false
}

// platformWord reports the services statements are posted on.
func platformWord(w string) bool {
	switch w {
	case "telegram", "twitter", "facebook", "instagram", "youtube", "tiktok", "whatsapp", "vkontakte", "vk", "weibo", "x":
		return true
	}
	return false
}

// placedAcronymSource reads a registry source named in two pieces around
// its acronym: "the Ministry of Health (MoH) in Gaza" is the Gaza Health
// Ministry. The name is tokens [s, e), the acronym in brackets after it.
func placedAcronymSource(toks []token, text []byte, s, e int) (attrition.Source, bool) {
	if word(toks, e+3) != "in" || e+4 >= len(toks) || !toks[e+4].upper || s >= e {
		return attrition.Source{}, false
	}
	if toks[s].w == "the" {
		s++
	}
	if s >= e {
		return attrition.Source{}, false
	}
	name := nameText(text[toks[s].s:toks[e-1].e]) + " in " + string(text[toks[e+4].s:toks[e+4].e])
	src, ok := attrition.ResolveSource(name)
	if !ok {
		return attrition.Source{}, false
	}
	return src, true
}

// compassWord is the first word of places named by a direction: "South
// Korea", "North Kivu", "West Bank".
func compassWord(w string) bool {
	switch w {
	case "north", "south", "east", "west", "northern", "southern", "eastern", "western":
		return true
	}
	return false
}

// reportTimeWord tells which of a body's reports is meant: "the latest
// UK Defence Intelligence update", "the most recent ISW assessment".
func reportTimeWord(w string) bool {
	switch w {
	case "latest", "most", "recent", "new", "newest", "daily", "weekly", "monthly", "annual", "last", "updated", "preliminary", "final":
		return true
	}
	return false
}

// perSource reports a body after "per" ("per the regional administration",
// "per Reuters"), not a unit of a rate ("per day", "per cent").
// groupNoun reports a word that follows an armed group's name in
// apposition: "the M23 rebels", "Fano militia".
// groupNameFirst reports a sentence's first word that can be an armed
// group's name before its kind ("Fano militia"): capitalised, no side's
// or people's adjective, and none of the words that describe a group
// ("Resistance fighters", "Government forces", "Local militia").
func groupNameFirst(t *token) bool {
	if !t.upper || t.k != tWord || t.cls&(clsActor|clsDemonyms|clsCommonWords) != 0 || strings.Contains(t.w, "-") {
		return false
	}
	switch t.w {
	case "resistance", "government", "security", "local", "tribal", "islamist", "islamic", "armed", "rebel", "ethnic",
		"allied", "opposition", "jihadist", "militant", "insurgent", "enemy", "separatist", "volunteer", "village",
		"community", "civilian", "paramilitary", "regional", "federal", "national", "state", "army", "foreign",
		"several", "two", "three", "rival", "opposing", "suspected", "alleged", "unidentified", "unknown",
		"extremist", "terrorist", "terror", "sunni", "shia", "shiite", "christian", "muslim", "self", "defence", "defense",
		"pro", "anti", "former", "hardline", "breakaway", "splinter", "the", "ethnically":
		return false
	}
	return true
}

// postedWord tells where a speaker serves: "troops deployed in Cabo
// Delgado", "forces based in Goma".
func postedWord(w string) bool {
	switch w {
	case "deployed", "based", "stationed", "operating", "serving", "fighting", "posted":
		return true
	}
	return false
}

// forcesNoun names a country's soldiers: "Rwandan troops".
func forcesNoun(w string) bool {
	switch w {
	case "troops", "soldiers", "forces":
		return true
	}
	return false
}

func groupNoun(w string) bool {
	switch w {
	case "rebels", "militia", "militias", "militiamen", "militants", "insurgents", "group", "movement", "jihadists", "fighters", "forces":
		return true
	}
	return false
}

// sourceLead reports a credit's label at i: "Source:", "Sources:",
// "Data:", "Figures: UN OCHA". "Figures" heads a list as often as a
// credit ("Figures: 40 killed, 120 wounded"), so only a name after it
// is a credit.
func sourceLead(toks []token, i int) bool {
	switch word(toks, i) {
	case "source", "sources", "data":
		return word(toks, i+1) == ":"
	case "figures", "statistics":
		return word(toks, i+1) == ":" && i+2 < len(toks) && toks[i+2].upper
	}
	return false
}

// perLead reads "per" at i as "according to": after a comma ("…, per
// the regional administration") or opening the sentence with its
// phrase closed by a comma ("Per the health ministry, …", "Per @IDF,
// …"). It returns where the source's words start, 0 if "per" is not
// that ("per day", "Per capita income").
func perLead(toks []token, i int) int {
	k := i + 1
	// A handle: "per @IDF".
	if k+1 < len(toks) && toks[k].w == "@" && toks[k+1].glued {
		k++
	}
	switch {
	case i > 0 && toks[i-1].w == ",":
	case i == 0 || i == postLead(toks):
		// The phrase must close with a comma soon: "Per Oryx, Russia
		// has lost …", not a heading "Per Day Losses".
		// ("BREAKING: Per the Russian MoD, …": after a post's flash.)
		c := k
		for c < len(toks) && c < k+8 && toks[c].w != "," {
			c++
		}
		if c == len(toks) || toks[c].w != "," {
			return 0
		}
	default:
		return 0
	}
	if !perSource(toks, k) {
		return 0
	}
	return k
}

func perSource(toks []token, k int) bool {
	if k >= len(toks) || toks[k].k != tWord {
		return false
	}
	if toks[k].w == "the" {
		return k+1 < len(toks) && toks[k+1].k == tWord && toks[k+1].cls&clsPeriod == 0
	}
	return toks[k].upper && toks[k].cls&clsPeriod == 0
}

// orgOfTitle reads an appositive "<Body>'s [words] <title>" in toks[a:b]
// ("Save the Children's Ukraine director", "the military's chief
// spokesman") and returns the body's words, possessive included.
func orgOfTitle(toks []token, a, b int) (int, int, bool) {
	if b-a < 2 || b-a > 10 {
		return 0, 0, false
	}
	if t := &toks[b-1]; t.cls&clsTitleWords == 0 && !officeWords[t.w] {
		return 0, 0, false
	}
	for p := a; p < b-1; p++ {
		if w := toks[p].w; strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			s := a
			if toks[s].w == "the" && !toks[s].upper {
				s++
			}
			if s > p {
				return 0, 0, false
			}
			// A body by its name ("Save the Children's"), not a place
			// ("Kharkiv's governor") nor a kind ("the military's").
			upper := false
			for q := s; q <= p; q++ {
				if toks[q].upper {
					upper = true
				}
			}
			// ("the agency's director general": the body named before,
			// whose kind the text gives.)
			if !upper && !bodyKindPossessive(toks[p].w) || p == s && toks[p].cls&clsActor != 0 {
				return 0, 0, false
			}
			return s, p + 1, true
		}
	}
	return 0, 0, false
}

// placeRecorded reports a place, named by toks[s:e], as the subject of
// the verb w that a place has as well as a counter ("recorded",
// "registered", "saw"): a country or town of the registry alone, with no
// word of a body.
func placeRecorded(toks []token, s, e int, w string) bool {
	switch w {
	case "recorded", "records", "registered", "registers", "logged", "saw", "sees":
	default:
		return false
	}
	if e-s > 4 {
		return false
	}
	place := false
	for k := s; k < e; k++ {
		t := &toks[k]
		if t.k != tWord || !t.upper && t.w != "the" || t.cls&(clsGenericHeads|clsOrgHeads|clsTitleWords) != 0 {
			return false
		}
		if t.cls&clsActor != 0 {
			place = true
		}
	}
	if !place {
		return false
	}
	_, known := matchSource(toks, s, e)
	return !known
}

// titleAbbrev is the abbreviation of a title or rank written before a
// name with a full stop: "Lt. Col.", "Gov.", "Dr.", "Sen.".
func titleAbbrev(w string) bool {
	switch w {
	case "mr", "mrs", "ms", "dr", "gov", "prof", "sen", "rep", "pres", "amb", "supt", "insp", "cpl", "pvt", "lieut", "st":
		return true
	}
	return rankWord(w)
}

// rankWord is a military rank or its abbreviation, part of a title
// before a name ("Rear Adm.", "Brig. Gen.", "Lt. Col.").
func rankWord(w string) bool {
	switch w {
	case "rear", "vice", "adm", "admiral", "brig", "brigadier", "gen", "general", "maj", "major",
		"col", "colonel", "lt", "lieutenant", "capt", "captain", "cmdr", "commander", "sgt", "sergeant",
		"lt-col", "lt-gen", "maj-gen", "lieutenant-colonel", "lieutenant-general", "major-general", "brigadier-general":
		return true
	}
	return false
}

// spokesBody finds the body a spokesman in apposition speaks for, in the
// words between the commas at a-1 and b: "Hagari, the IDF spokesman,
// said", "…, an army spokesman, …", "…, a spokeswoman for the Sudanese
// army, …". The figure is the body's, as with the title before the name
// ("IDF spokesman Daniel Hagari said").
func spokesBody(toks []token, a, b int) (int, int, bool) {
	if b-a < 2 || b-a > 9 {
		return 0, 0, false
	}
	s := a
	if w := toks[s].w; (w == "the" || w == "a" || w == "an") && !toks[s].upper {
		s++
	}
	for p := s; p < b; p++ {
		switch toks[p].w {
		case "spokesman", "spokeswoman", "spokesperson":
		default:
			continue
		}
		if toks[p].upper && p > s {
			return 0, 0, false
		}
		// "a spokesman for the IDF", "chief spokesperson of the army".
		if p+2 < b+1 && (word(toks, p+1) == "for" || word(toks, p+1) == "of") {
			q := p + 2
			if word(toks, q) == "the" {
				q++
			}
			if q < b && bodyWords(toks, q, b) {
				return q, b, true
			}
			return 0, 0, false
		}
		if p != b-1 {
			return 0, 0, false
		}
		// "the IDF spokesman", "army spokesman", "the military's
		// spokesman": the words before the title name the body.
		for s < p && (toks[s].w == "chief" || toks[s].w == "senior" || toks[s].w == "official" || toks[s].w == "deputy") {
			s++
		}
		e := p
		for q := e - 1; q >= s && (toks[q].w == "chief" || toks[q].w == "senior" || toks[q].w == "official" || toks[q].w == "deputy" || toks[q].w == "press"); q-- {
			e = q
		}
		if s < e && bodyWords(toks, s, e) {
			return s, e, true
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// spokesAfter reads the appositive after a speaker's name toks[s:e]
// that the verb at v puts after it: "said Nadav Shoshani, an IDF
// spokesman.", "said Mahmud Bassal, a spokesman for the civil defence
// agency, on Sunday". It returns the body's attribution, the person
// kept.
func spokesAfter(toks []token, text []byte, s, e, v int) (attribution, bool) {
	for q := e + 2; q < len(toks) && q <= e+10; q++ {
		switch toks[q].w {
		case ",", ".", ";":
		default:
			if toks[q].k == tNum {
				return attribution{}, false
			}
			continue
		}
		os, oe, ok := spokesBody(toks, e+1, q)
		if !ok {
			return attribution{}, false
		}
		a := makeAttribution(toks, text, os, oe, v, q)
		a.person = nameText(text[toks[s].s:toks[e-1].e])
		return a, true
	}
	return attribution{}, false
}

// bodyWords reports whether toks[s:e] can name a body: names and the
// kinds of body ("army", "ministry") with their adjectives, no verb.
func bodyWords(toks []token, s, e int) bool {
	head := false
	for k := s; k < e; k++ {
		t := &toks[k]
		switch {
		case t.upper && t.k == tWord:
			head = true
		case t.cls&clsGenericHeads != 0 || genericHeads[strings.TrimSuffix(strings.TrimSuffix(t.w, "'s"), "’s")]:
			head = true
		case t.w == "of" || t.w == "the" || t.w == "and" || t.w == "-":
		default:
			return false
		}
	}
	return head
}

// bodyKindPossessive is a kind of civil body in the possessive, which
// the text named before: "the agency's", "the ministry's".
func bodyKindPossessive(w string) bool {
	switch strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s") {
	case "agency", "ministry", "group", "organisation", "organization", "office", "committee", "commission", "mission", "council", "monitor", "observatory", "network":
		return true
	}
	return false
}

// sideOf returns the side a word alone names, not a place in one:
// "Malawi", not "Sagaing"; "" for other words.
func sideOf(t *token) string {
	if t.cls&clsActor == 0 {
		return ""
	}
	for _, al := range actorsByFirstIx.at(t) {
		if len(al.words) == 1 && !al.place {
			return al.actor
		}
	}
	return ""
}

// lastWord is the last word of a name: the kind of body in "the
// Houthi-run health ministry".
func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// rebutVerb answers another's claim before a verb of saying joined to
// it by "and": "denied this and said".
func rebutVerb(w string) bool {
	switch w {
	case "denied", "denies", "rejected", "rejects", "disputed", "disputes", "dismissed", "dismisses", "refuted", "refutes",
		"countered", "counters", "contradicted", "contradicts":
		return true
	}
	return false
}

// rebutBefore returns the verb of rebuttal in the clause that ends at
// c (a comma, or an "and"), "which Kyiv denied", "Moscow disputed the
// figure", looking back at most span words, or 0.
func rebutBefore(toks []token, c, span int) int {
	for m := c - 1; m > 0 && m >= c-span; m-- {
		if toks[m].k != tWord {
			return 0
		}
		if rebutVerb(toks[m].w) {
			return m
		}
	}
	return 0
}

// relayedBy reports a named speaker's verb of saying right before an
// "according to" at i: "Mark Rutte said that, according to allied
// intelligence estimates, …" relays unnamed sources; the speaker is
// the source.
func relayedBy(toks []token, i int) bool {
	k := i - 1
	if word(toks, k) == "," {
		k--
	}
	if word(toks, k) == "that" {
		k--
	}
	return k >= 1 && toks[k].cls&clsSpeechVerbs != 0 && toks[k-1].upper
}

// accordingToBefore reports "according to" right before token s, past
// a few plain words, relayed by a named speaker: "Rutte said that,
// according to allied intelligence".
func accordingToBefore(toks []token, s int) bool {
	k := s - 1
	for n := 0; n < 3 && k >= 0 && toks[k].k == tWord && !toks[k].upper && toks[k].w != "to"; n++ {
		k--
	}
	// Only where a named speaker relays it: "Rutte said that, according
	// to …"; alone, the phrase's own reading stands.
	return k >= 1 && toks[k].w == "to" && toks[k-1].w == "according" && relayedBy(toks, k-1)
}

// placesStates reports "states" at i as the plural of places named
// before it: "in Zamfara and Katsina states on Saturday".
func placesStates(toks []token, i int) bool {
	if i < 3 || !toks[i-1].upper || toks[i-1].k != tWord || toks[i-2].w != "and" {
		return false
	}
	switch word(toks, i+1) {
	case "on", "in", "of", "since", "last", "this", "during", "over", "at":
		return true
	}
	return false
}

// vagueBodyWord reports a body's kind alone that many sides' bodies
// share: "agency", "office", "service".
func vagueBodyWord(w string) bool {
	switch w {
	case "agency", "office", "service", "group", "organisation", "organization", "department", "unit", "administration":
		return true
	}
	return false
}

// sourceHandles are the social-media accounts of the registry's sources,
// by handle in lower case: a post credited "via @DefenceU" is the
// ministry's.
var sourceHandles = map[string]string{
	"generalstaffua": "General Staff of the Armed Forces of Ukraine",
	"defenceu":       "Ministry of Defence of Ukraine",
	"mod_russia":     "Ministry of Defence of the Russian Federation",
	"mod_russia_en":  "Ministry of Defence of the Russian Federation",
	"idf":            "Israel Defense Forces",
	"defencehq":      "UK Ministry of Defence",
	"deptofdefense":  "US Department of Defense",
	"centcom":        "US Central Command",
	"iswresearch":    "ISW",
	"oryxspioenkop":  "Oryx",
	"unhumanrights":  "UN Human Rights Office",
	"ocha_opt":       "UN OCHA",
	"unocha":         "UN OCHA",
	"who":            "World Health Organization",
	"icrc":           "ICRC",
	"msf":            "Médecins Sans Frontières",
	"airwars":        "Airwars",
	"cpjglobal":      "Committee to Protect Journalists",
}

// handleEnd returns the end of the handle whose "@" is token i
// ("@GeneralStaffUA", "@mod_russia_en": the tokenizer splits at "_"), or
// i when no handle starts there.
func handleEnd(toks []token, i int) int {
	if i+1 >= len(toks) || toks[i].w != "@" || !toks[i+1].glued || toks[i+1].k != tWord && toks[i+1].k != tNum {
		return i
	}
	e := i + 1
	for e < len(toks) && toks[e].glued && (toks[e].k == tWord || toks[e].k == tNum || toks[e].w == "_") {
		e++
	}
	if toks[e-1].w == "_" {
		e--
	}
	return e
}

// handleAround returns the handle [h, e), "@" included, that token s
// is part of: "@mod_russia" from "mod" or "russia".
func handleAround(toks []token, s int) (h, e int, ok bool) {
	h = s
	for h > 0 && toks[h].glued && toks[h-1].w != "@" && (toks[h-1].k == tWord || toks[h-1].k == tNum || toks[h-1].w == "_") {
		h--
	}
	if h == 0 || toks[h-1].w != "@" || !toks[h].glued {
		return 0, 0, false
	}
	return h - 1, handleEnd(toks, h-1), true
}

// handleCredit reports the handle [i, e) given as a figure's origin:
// "via @DefenceU", "by @GeneralStaffUA" ("posted on X by", "shared
// by"), "(@IDF)" closing a bracket of its own, "the account @mod_russia
// wrote".
func handleCredit(toks []token, i, e int) bool {
	switch word(toks, i-1) {
	case "via", "by":
		return true
	case "(":
		return word(toks, e) == ")"
	case "account", "channel":
		return e < len(toks) && toks[e].cls&clsSource != 0
	}
	return false
}

// handleAttribution names the account [h, e) by the registry body whose
// it is, else by its handle without "@": "SomeAnalyst".
func handleAttribution(toks []token, text []byte, h, e int, a attribution) attribution {
	handle := text[toks[h+1].s:toks[e-1].e]
	if name, ok := sourceHandles[string(bytes.ToLower(handle))]; ok {
		if src, ok := attrition.ResolveSource(name); ok {
			a.name, a.party = src.Name, src.Party
			return a
		}
	}
	a.name = string(handle)
	return a
}
