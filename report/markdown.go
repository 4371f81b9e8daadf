package report

import (
	"bufio"
	"fmt"
	"io"
	"net/url"
	"strings"

	"github.com/attrition-project/attrition/chart"
)

// Markdown writes the assessment as GitHub-flavoured Markdown, with
// footnotes as [^n]. Charts are saved through save and linked; with a
// nil save they are left out. Text from the ledger is escaped, so a
// quote holding markup reads as the characters it is.
func (a *Assessment) Markdown(w io.Writer, save func(name string, svg []byte) (string, error)) error {
	b := bufio.NewWriter(w)
	fmt.Fprintf(b, "# %s\n\n", mdEscape(a.Title))
	fmt.Fprintf(b, "%s\n", mdSpans(a.Intro))
	for _, s := range a.Sections {
		fmt.Fprintf(b, "\n## %s\n\n", mdEscape(s.Title))
		if s.Problem != "" {
			fmt.Fprintf(b, "%s\n", mdEscape(s.Problem))
		}
		if len(s.Headline) > 0 {
			fmt.Fprintf(b, "%s\n", mdSpans(s.Headline))
		}
		if len(s.Points) > 0 {
			b.WriteString("\n")
			for _, p := range s.Points {
				fmt.Fprintf(b, "- %s\n", mdSpans(p))
			}
		}
		if save != nil {
			for _, c := range s.Charts {
				link, err := save(c.Name, c.SVG)
				if err != nil {
					return fmt.Errorf("report: saving chart %s: %w", c.Name, err)
				}
				fmt.Fprintf(b, "\n![%s](%s)\n", mdEscape(c.Caption), mdLink(link))
			}
		}
		if len(s.Flagged) > 0 {
			fmt.Fprintf(b, "\nFlagged claims:\n\n")
			for _, f := range s.Flagged {
				fmt.Fprintf(b, "- %s, %s: %s — %s[^%d]\n", mdEscape(f.Claim.Source), f.Claim.Date, mdEscape(f.Claim.Value), mdEscape(f.Reason), f.Note)
			}
			if s.FlaggedMore > 0 {
				fmt.Fprintf(b, "- and %s more flagged.\n", countClaims(s.FlaggedMore))
			}
		}
	}
	if len(a.Key) > 0 {
		fmt.Fprintf(b, "\n## Words of likelihood\n\nOn the %s, the words used above mean:\n\n| Word | Probability |\n|---|---|\n", mdEscape(a.Yardstick.Title))
		for _, k := range a.Key {
			fmt.Fprintf(b, "| %s | %s |\n", mdEscape(k.Words[0]), bandRange(k))
		}
		fmt.Fprintf(b, "\n%s\n", mdEscape(a.HowToRead()))
	}
	if len(a.Notes) > 0 {
		b.WriteString("\n## Notes\n\n")
		for _, n := range a.Notes {
			fmt.Fprintf(b, "[^%d]: %s\n", n.N, mdEscape(strings.Join(n.Texts, " ")))
			for _, c := range n.Claims {
				fmt.Fprintf(b, "    - %s\n", mdClaim(c))
			}
			if n.More > 0 {
				fmt.Fprintf(b, "    - and %s more.\n", countClaims(n.More))
			}
		}
	}
	return b.Flush()
}

func mdSpans(spans []Span) string {
	var b strings.Builder
	for _, s := range spans {
		t := mdEscape(s.Text)
		if s.Strong && t != "" {
			t = "**" + t + "**"
		}
		b.WriteString(t)
		if s.Note > 0 {
			fmt.Fprintf(&b, "[^%d]", s.Note)
		}
	}
	return b.String()
}

func mdClaim(c ClaimRef) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s, %s: %s", mdEscape(c.Source), c.Date, mdEscape(c.Value))
	if c.Quote != "" {
		fmt.Fprintf(&b, "; “%s”", mdEscape(c.Quote))
	}
	if c.Title != "" {
		fmt.Fprintf(&b, "; %s", mdEscape(c.Title))
	}
	if c.URL != "" {
		fmt.Fprintf(&b, "; %s", mdURL(c.URL))
	}
	if c.ID != "" {
		fmt.Fprintf(&b, " (claim %s)", mdEscape(c.ID))
	}
	return b.String()
}

// mdEscape backslash-escapes the characters Markdown or inline HTML could
// read as syntax, and folds line breaks, which would end a list item or
// a footnote. With brackets escaped no link can form, so parentheses and
// "!" stay as they are, readable in the source.
func mdEscape(s string) string {
	s = chart.Escape(s) // drops control characters; undone below
	s = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&", "&#34;", `"`, "&#39;", "'").Replace(s)
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '&', '|', '~', '#':
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// mdURL writes a web address as an autolink when it is a plain http(s)
// URL, and as escaped text otherwise, so that no address can smuggle
// markup or a script link into the notes.
func mdURL(raw string) string {
	if u, err := url.Parse(raw); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" &&
		!strings.ContainsAny(raw, " <>\"`\n\r\t") {
		return "<" + raw + ">"
	}
	return mdEscape(raw)
}

// mdLink writes a chart link target, angle-bracketed so that spaces and
// parentheses in a file name do not end it.
func mdLink(link string) string {
	return "<" + strings.NewReplacer("<", "%3C", ">", "%3E", "\n", "", "\r", "").Replace(link) + ">"
}
