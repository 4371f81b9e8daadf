package corpuscheck

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/attrition-project/attrition"
	"github.com/attrition-project/attrition/yardstick"
)

// passage is one line of a corpus file; unknown keys are errors, so a
// misspelt field cannot silently drop out of the scoring.
type passage struct {
	ID        string            `json:"id"`
	Style     string            `json:"style"`
	Published string            `json:"published"`
	Source    string            `json:"source"`
	URL       string            `json:"url"`
	Title     string            `json:"title"`
	Text      string            `json:"text"`
	Claims    []json.RawMessage `json:"claims"`

	line   int
	date   attrition.Date
	claims []attrition.Claim
}

const corpusDir = "../testdata/corpus"

// load reads a corpus file and reports every malformed line and claim.
func load(t *testing.T, name string) []passage {
	t.Helper()
	path := name
	if !filepath.IsAbs(name) {
		path = filepath.Join(corpusDir, name)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("open corpus: %v", err)
	}
	defer f.Close()
	var out []passage
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		raw := bytes.TrimSpace(sc.Bytes())
		if len(raw) == 0 {
			continue
		}
		errorf := func(format string, args ...any) {
			t.Errorf("%s:%d: %s", name, line, fmt.Sprintf(format, args...))
		}
		var p passage
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&p); err != nil {
			errorf("not a passage: %v", err)
			continue
		}
		p.line = line
		if p.Claims == nil {
			errorf("%s: claims missing (write [] for a passage without claims)", p.ID)
		}
		checkPassage(p, &p, errorf)
		out = append(out, p)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read %s: %v", name, err)
	}
	return out
}

// checkPassage validates one passage and decodes its claims into dst.
func checkPassage(p passage, dst *passage, errorf func(string, ...any)) {
	for field, v := range map[string]string{"id": p.ID, "style": p.Style, "url": p.URL, "title": p.Title, "text": p.Text} {
		if strings.TrimSpace(v) == "" {
			errorf("%s: %s is empty", p.ID, field)
		}
	}
	if !utf8.ValidString(p.Text) {
		errorf("%s: text is not valid UTF-8", p.ID)
	}
	d, err := attrition.ParseDate(p.Published)
	if err != nil {
		errorf("%s: published: %v", p.ID, err)
		return
	}
	dst.date = d
	if p.Source != "" {
		if s, ok := attrition.ResolveSource(p.Source); ok && s.Name != p.Source {
			errorf("%s: passage source %q is an alias of %q: write the canonical name", p.ID, p.Source, s.Name)
		}
	}
	doc := attrition.Document{URL: p.URL, Title: p.Title, Published: d}
	for i, raw := range p.Claims {
		at := fmt.Sprintf("%s: claim %d", p.ID, i+1)
		var c attrition.Claim
		if err := json.Unmarshal(raw, &c); err != nil {
			errorf("%s: %v", at, err)
			continue
		}
		var keys map[string]json.RawMessage
		_ = json.Unmarshal(raw, &keys)
		for _, k := range []string{"actor", "population", "category", "status", "per", "low", "high", "best", "bound",
			"approx", "period_start", "period_end", "likelihood", "probability", "source", "quote", "span", "derived", "flags"} {
			if _, ok := keys[k]; !ok {
				errorf("%s: field %q missing (gold claims spell out every field, null included)", at, k)
			}
		}
		if (c.Document != attrition.Document{}) && c.Document != doc {
			errorf("%s: document %+v differs from the passage's %+v", at, c.Document, doc)
		}
		c.Document = doc
		if err := c.Validate(); err != nil {
			errorf("%s (%q): %v", at, c.Quote, err)
		}
		checkClaim(p, d, c, func(format string, args ...any) {
			errorf("%s (%q): %s", at, c.Quote, fmt.Sprintf(format, args...))
		})
		dst.claims = append(dst.claims, c)
	}
	checkConflicts(p, dst.claims, errorf)
}

// checkClaim holds the corpus's coding rules beyond Claim.Validate.
func checkClaim(p passage, published attrition.Date, c attrition.Claim, errorf func(string, ...any)) {
	s, e := c.Span[0], c.Span[1]
	switch {
	case s < 0 || e > len(p.Text) || s >= e:
		errorf("span %v outside the text (%d bytes) or empty", c.Span, len(p.Text))
	case p.Text[s:e] != c.Quote:
		errorf("text[%d:%d] is %q, not the quote", s, e, p.Text[s:e])
	}
	if strings.TrimSpace(c.Quote) != c.Quote {
		errorf("quote has leading or trailing space")
	}
	if c.Actor == "" {
		if !c.HasFlag(attrition.FlagAmbiguousActor) {
			errorf("actor is null but the claim lacks the %s flag", attrition.FlagAmbiguousActor)
		}
	} else {
		// Sides the registry does not know (North Korea, Iran) are written
		// as named; a side it knows must be written canonically.
		if a, ok := attrition.ResolveActor(c.Actor); ok && a != c.Actor {
			errorf("actor %q is an alias of %q: write the canonical name", c.Actor, a)
		}
		if c.HasFlag(attrition.FlagAmbiguousActor) {
			errorf("actor is set but the claim carries %s", attrition.FlagAmbiguousActor)
		}
	}
	if c.Source != "" {
		if src, ok := attrition.ResolveSource(c.Source); ok && src.Name != c.Source {
			errorf("source %q is an alias of %q: write the canonical name", c.Source, src.Name)
		}
	}
	if (c.Likelihood == "") != (c.Probability == nil) {
		errorf("likelihood %q and probability %v must be both set or both null", c.Likelihood, c.Probability)
	}
	if c.Likelihood != "" {
		lo, hi, ok := yardstick.Default().Read(c.Likelihood)
		if !ok {
			errorf("likelihood %q is not a PHIA term", c.Likelihood)
		} else if c.Probability != nil && (*c.Probability != [2]float64{lo, hi}) {
			errorf("probability %v, want PHIA %v for %q", *c.Probability, [2]float64{lo, hi}, c.Likelihood)
		}
	}
	after := !c.PeriodEnd.IsZero() && c.PeriodEnd > published
	if after != c.HasFlag(attrition.FlagPeriodAfterPublication) {
		errorf("period_end %s vs published %s: %s flag must be set exactly when the period ends after publication",
			c.PeriodEnd, published, attrition.FlagPeriodAfterPublication)
	}
	if c.PeriodStart.IsZero() || c.PeriodEnd.IsZero() {
		errorf("period is open (%s → %s): every gold claim is dated", c.PeriodStart, c.PeriodEnd)
	}
	if c.Per != "" && (c.PeriodStart.IsZero() || c.PeriodEnd.IsZero()) {
		errorf("rate per %s without the period it averages over", c.Per)
	}
	if c.Derived {
		errorf("derived is true: gold claims are read from the text, never computed by the system")
	}
	if c.Population != "" && attrition.IsEquipment(c.Category) {
		errorf("population %q set on equipment", c.Population)
	}
	for _, f := range c.Flags {
		switch f {
		case attrition.FlagPeriodAfterPublication, attrition.FlagArithmeticMismatch,
			attrition.FlagCategoryConflict, attrition.FlagAmbiguousActor:
		default:
			errorf("flag %q is not one the corpus codes", f)
		}
	}
}

// checkConflicts enforces the category_conflict rule: when one text gives,
// for one actor and period, a category a figure larger than a category that
// must contain it (killed above casualties), both claims carry the flag,
// and the flag appears nowhere else.
func checkConflicts(p passage, cs []attrition.Claim, errorf func(string, ...any)) {
	conflicted := make([]bool, len(cs))
	for i, a := range cs {
		for j, b := range cs {
			if i == j || a.Actor != b.Actor || a.Per != b.Per || a.PeriodStart != b.PeriodStart || a.PeriodEnd != b.PeriodEnd ||
				a.Category == b.Category || !attrition.AtMost(a.Category, b.Category) {
				continue
			}
			if a.Low != nil && b.High != nil && *a.Low > *b.High {
				conflicted[i], conflicted[j] = true, true
			}
		}
	}
	for i, c := range cs {
		if conflicted[i] != c.HasFlag(attrition.FlagCategoryConflict) {
			errorf("%s: claim %d (%q): category_conflict flag is %v, the figures say %v",
				p.ID, i+1, c.Quote, c.HasFlag(attrition.FlagCategoryConflict), conflicted[i])
		}
	}
	seen := map[string]bool{}
	for i, c := range cs {
		k := fmt.Sprintf("%s|%v|%v|%s|%v", c.Category, ptr(c.Low), ptr(c.High), c.Status, c.Span)
		if seen[k] {
			errorf("%s: claim %d (%q) duplicates an earlier one", p.ID, i+1, c.Quote)
		}
		seen[k] = true
	}
}

func ptr(p *float64) string {
	if p == nil {
		return "null"
	}
	return fmt.Sprint(*p)
}

func TestGold(t *testing.T) {
	ps := load(t, "gold.jsonl")
	checkCorpus(t, ps, 85, 1<<30, 12)
	checkCoverage(t, ps)
}

func TestHeldout(t *testing.T) {
	if _, err := os.Stat(filepath.Join(corpusDir, "heldout.jsonl")); os.IsNotExist(err) {
		t.Skip("heldout.jsonl not written yet")
	}
	ps := load(t, "heldout.jsonl")
	checkCorpus(t, ps, 15, 20, 2)
}

// TestFile checks a corpus file outside this folder against the same
// rules, so that new passages can be checked before they are merged:
//
//	CORPUS_FILE=/abs/path/new.jsonl go test ./extract/corpuscheck -run TestFile
func TestFile(t *testing.T) {
	name := os.Getenv("CORPUS_FILE")
	if name == "" {
		t.Skip("CORPUS_FILE not set")
	}
	if !filepath.IsAbs(name) {
		t.Fatalf("CORPUS_FILE must be an absolute path, got %q", name)
	}
	ps := load(t, name)
	checkCorpus(t, ps, 1, 1<<30, 0)
}

// TestIDsAcrossFiles keeps the two files disjoint: a passage scored in
// the development corpus must not reappear among the held-out ones.
func TestIDsAcrossFiles(t *testing.T) {
	seenID := map[string]string{}
	seenText := map[string]string{}
	for _, name := range []string{"gold.jsonl", "heldout.jsonl"} {
		if _, err := os.Stat(filepath.Join(corpusDir, name)); os.IsNotExist(err) && name == "heldout.jsonl" {
			continue
		}
		for _, p := range load(t, name) {
			if prev, ok := seenID[p.ID]; ok {
				t.Errorf("%s:%d: id %q already used in %s", name, p.line, p.ID, prev)
			}
			seenID[p.ID] = name
			if prev, ok := seenText[p.Text]; ok {
				t.Errorf("%s:%d: %s repeats the text of %s", name, p.line, p.ID, prev)
			}
			seenText[p.Text] = p.ID
		}
	}
}

func checkCorpus(t *testing.T, ps []passage, min, max, minEmpty int) {
	t.Helper()
	if len(ps) < min || len(ps) > max {
		t.Errorf("%d passages, want %d to %d", len(ps), min, max)
	}
	empty := 0
	for _, p := range ps {
		if len(p.Claims) == 0 {
			empty++
		}
	}
	if empty < minEmpty {
		t.Errorf("%d passages without claims, want at least %d", empty, minEmpty)
	}
}

// checkCoverage asks that the development corpus exercise every part of
// the contract the extractor must produce, so that no feature goes
// unscored.
func checkCoverage(t *testing.T, ps []passage) {
	t.Helper()
	seen := map[string]int{}
	html, long := 0, 0
	for _, p := range ps {
		if strings.Contains(p.Text, "</p>") || strings.Contains(p.Text, "&nbsp;") {
			html++
		}
		if len(p.Text) >= 3000 {
			long++
		}
		seen["style:"+p.Style]++
		for _, c := range p.claims {
			seen["category:"+c.Category]++
			seen["bound:"+c.Bound]++
			if c.Status != "" {
				seen["status:"+c.Status]++
			}
			if c.Per != "" {
				seen["per:"+c.Per]++
			}
			if c.Approx {
				seen["approx"]++
			}
			if c.Likelihood != "" {
				seen["likelihood:"+c.Likelihood]++
			}
			for _, f := range c.Flags {
				seen["flag:"+f]++
			}
			if c.Actor != "" {
				seen["actor:"+c.Actor]++
			}
		}
	}
	want := []string{"approx", "per:day", "per:month",
		"likelihood:likely", "likelihood:highly likely", "likelihood:almost certainly", "likelihood:realistic possibility",
		"flag:" + attrition.FlagPeriodAfterPublication, "flag:" + attrition.FlagArithmeticMismatch,
		"flag:" + attrition.FlagCategoryConflict, "flag:" + attrition.FlagAmbiguousActor,
		"actor:Russia", "actor:Ukraine", "actor:Israel", "actor:Palestinians in Gaza", "actor:Hamas",
		"actor:Sudan (RSF)", "actor:Sudan (civilians)", "actor:Syria", "actor:Yemen", "actor:Tigray", "actor:Myanmar",
		"actor:Armenia", "actor:Azerbaijan",
		"style:daily tally", "style:intelligence update", "style:news agency", "style:think-tank report",
		"style:media project count", "style:equipment count", "style:ministry bulletin", "style:NGO count"}
	for _, c := range attrition.PersonnelCategories {
		want = append(want, "category:"+c)
	}
	for _, b := range attrition.Bounds {
		want = append(want, "bound:"+b)
	}
	for _, s := range attrition.Statuses {
		want = append(want, "status:"+s)
	}
	for _, typ := range []string{"tanks", "armoured_vehicles", "artillery", "mlrs", "air_defence", "aircraft",
		"helicopters", "drones", "ships", "vehicles", "missiles"} {
		want = append(want, "category:"+attrition.EquipmentPrefix+typ)
	}
	for _, w := range want {
		if seen[w] == 0 {
			t.Errorf("the corpus never exercises %s", w)
		}
	}
	if html < 4 {
		t.Errorf("%d HTML passages, want at least 4", html)
	}
	if long < 3 {
		t.Errorf("%d long passages (3 KB or more), want at least 3", long)
	}
}

// TestReadmeCounts keeps the README's description of the files true as
// passages are added.
func TestReadmeCounts(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join(corpusDir, "README.md"))
	if err != nil {
		t.Fatalf("read README: %v", err)
	}
	for _, name := range []string{"gold.jsonl", "heldout.jsonl"} {
		if _, err := os.Stat(filepath.Join(corpusDir, name)); os.IsNotExist(err) {
			continue
		}
		ps := load(t, name)
		claims, empty := 0, 0
		for _, p := range ps {
			claims += len(p.Claims)
			if len(p.Claims) == 0 {
				empty++
			}
		}
		var want string
		switch name {
		case "gold.jsonl":
			want = fmt.Sprintf("| `%s` | %d passages, %d gold claims, %d passages without any claim |", name, len(ps), claims, empty)
		default:
			want = fmt.Sprintf("| `%s` | %d passages, %d gold claims, %d without claims,", name, len(ps), claims, empty)
		}
		if !strings.Contains(string(readme), want) {
			t.Errorf("README does not describe %s as it is; want a row starting %q", name, want)
		}
	}
}
