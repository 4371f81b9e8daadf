package report

import (
	"bytes"
	"context"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/attrition-project/attrition"
)

// elements the HTML report is made of; anything else came from data.
var reportElements = map[string]bool{
	"html": true, "head": true, "meta": true, "title": true, "style": true, "body": true,
	"header": true, "main": true, "section": true, "h1": true, "h2": true, "h3": true,
	"p": true, "ul": true, "ol": true, "li": true, "strong": true, "sup": true, "a": true,
	"span": true, "figure": true, "figcaption": true, "table": true, "thead": true,
	"tbody": true, "tr": true, "th": true, "td": true,
	// SVG, parsed in foreign content.
	"svg": true, "desc": true, "rect": true, "g": true, "line": true, "text": true,
	"path": true, "circle": true, "clippath": true, "clipPath": true,
}

var autolink = regexp.MustCompile("<https?://[^ <>\"`\n]+>")

// FuzzLedgerText puts arbitrary text in a claim's quote, source, title
// and address and checks that it reaches both formats as text: no
// element, attribute or link that the report did not make itself.
func FuzzLedgerText(f *testing.F) {
	f.Add(hostileQuote, "Agency <b>D</b>", "javascript:alert(1)", "<img src=x onerror=alert(1)>")
	f.Add("line\nbreak\r\n# heading", "*star* _under_ `tick`", "https://example.org/a b", "[x](http://evil)")
	f.Add("\x00\xff\ufeff", "", "http://ok.example/<x>", "&lt;script&gt;")
	f.Fuzz(func(t *testing.T, quote, source, url, title string) {
		l := fixedLedger()
		c := claim("casualties", source, "point", 700000, 700000, 700000, "2022-02-24", "2024-06-01", "2024-06-01", quote, url,
			func(c *attrition.Claim) { c.Document.Title = title; c.Flags = []string{"x<y>"} })
		if c.Document.URL == "" {
			c.Document.URL = "https://example.org/empty"
		}
		c.Normalize()
		l = append(l, c)
		o := fixedOptions("md", "")
		o.Claims, o.Estimator = l, fixedEngine(l)
		o.Categories = []string{"casualties"} // one section keeps each run quick
		var md, page bytes.Buffer
		if err := Write(context.Background(), &md, o); err != nil {
			t.Fatal(err)
		}
		o.Format = "html"
		if err := Write(context.Background(), &page, o); err != nil {
			t.Fatal(err)
		}
		rest := autolink.ReplaceAllString(md.String(), "")
		if i := regexp.MustCompile(`(^|[^\\])<`).FindStringIndex(rest); i != nil {
			t.Fatalf("unescaped < in Markdown: %q", rest[max(0, i[0]-40):min(len(rest), i[1]+40)])
		}
		for _, line := range strings.Split(md.String(), "\n") {
			if strings.HasPrefix(line, "#") && !strings.HasPrefix(line, "# ") && !strings.HasPrefix(line, "## ") {
				t.Fatalf("data made a heading: %q", line)
			}
		}
		z := html.NewTokenizer(&page)
		for {
			tt := z.Next()
			if tt == html.ErrorToken {
				break
			}
			if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
				continue
			}
			tok := z.Token()
			if !reportElements[tok.Data] {
				t.Fatalf("data made a <%s> element", tok.Data)
			}
			for _, a := range tok.Attr {
				if strings.HasPrefix(strings.ToLower(a.Key), "on") {
					t.Fatalf("data made an event attribute %s=%q", a.Key, a.Val)
				}
				if a.Key == "href" && strings.Contains(strings.ToLower(a.Val), "javascript:") {
					t.Fatalf("data made a script link %q", a.Val)
				}
			}
		}
	})
}
