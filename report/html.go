package report

import (
	"fmt"
	"html/template"
	"io"
	"strings"

	"github.com/attrition-project/attrition/yardstick"
)

// HTML writes the assessment as one self-contained page: inline CSS and
// inline SVG, nothing fetched, laid out to print. html/template escapes
// every piece of ledger text; the only markup passed through unescaped is
// the charts' SVG, which the chart package builds with its own escaping.
func (a *Assessment) HTML(w io.Writer) error {
	if err := page.Execute(w, a); err != nil {
		return fmt.Errorf("report: writing HTML: %w", err)
	}
	return nil
}

// HowToRead says how a sentence of the report follows from the
// estimate, in the words of the report's own scale.
func (a *Assessment) HowToRead() string {
	return fmt.Sprintf("Each word states a probability the estimate gives: “it is %s that the total lies between a and b” states its central 90%% interval, rounded outwards, in the words of the band that holds 0.90; a figure said to be exceeded lies below that interval, so the chance is at least 0.95; a milestone’s word states the estimated chance of passing it by the date given. Where a probability falls between two bands of the scale, the nearer band is used and the text says so.",
		a.Yardstick.Word(0.90).Word)
}

func bandRange(b yardstick.Band) string {
	return yardstick.Wording{Word: b.Words[0], Lo: b.Lo, Hi: b.Hi}.Range()
}

// htmlSpans renders a sentence with footnote markers linking to the notes.
func htmlSpans(spans []Span) template.HTML {
	var b strings.Builder
	for _, s := range spans {
		t := template.HTMLEscapeString(s.Text)
		if s.Strong && t != "" {
			t = "<strong>" + t + "</strong>"
		}
		b.WriteString(t)
		if s.Note > 0 {
			fmt.Fprintf(&b, `<sup class="ref"><a href="#note-%d" aria-label="note %d">%d</a></sup>`, s.Note, s.Note, s.Note)
		}
	}
	return template.HTML(b.String())
}

func svgHTML(b []byte) template.HTML { return template.HTML(b) }

var page = template.Must(template.New("report").Funcs(template.FuncMap{
	"spans":     htmlSpans,
	"svg":       svgHTML,
	"bandRange": bandRange,
	"count":     countClaims,
}).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif;
  color: #1a1a1a; background: #fff; line-height: 1.5; margin: 0 auto; max-width: 52rem; padding: 1.5rem 1.25rem 3rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .75rem; }
h2 { font-size: 1.25rem; margin: 2.25rem 0 .5rem; border-bottom: 1px solid #ccc; padding-bottom: .2rem; break-after: avoid; }
h3 { font-size: 1rem; margin: 1.25rem 0 .25rem; }
p.intro { color: #333; }
p.headline { font-size: 1.08rem; }
ul.points li { margin: .3rem 0; }
ul.toc { list-style: none; padding: 0; margin: .5rem 0 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; font-size: .9rem; }
sup.ref { font-size: .7em; line-height: 0; }
sup.ref a { text-decoration: none; color: #0072B2; padding: 0 .1em; }
figure { margin: 1rem 0; break-inside: avoid; page-break-inside: avoid; }
figure svg { display: block; width: 100%; max-width: 100%; height: auto; border: 1px solid #e3e3e3; }
figcaption { font-size: .85rem; color: #444; margin-top: .25rem; }
.problem { color: #8a4b00; }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { border: 1px solid #ccc; padding: .25rem .6rem; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
ol.notes { font-size: .85rem; padding-left: 1.8rem; }
ol.notes > li { margin: .4rem 0; }
ol.notes ul { padding-left: 1.1rem; margin: .2rem 0; }
ol.notes li:target { background: #fff4d6; }
.quote { font-style: italic; }
.id { color: #666; font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .8em; }
a { color: #0061a0; overflow-wrap: anywhere; }
@page { margin: 18mm 16mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  h2 { break-after: avoid; page-break-after: avoid; }
  figure svg { border: none; }
  nav { display: none; }
  a { color: inherit; text-decoration: none; }
  sup.ref a { color: inherit; }
  ol.notes a[href]::after { content: " <" attr(href) ">"; overflow-wrap: anywhere; }
}
</style>
</head>
<body>
<header>
<h1>{{.Title}}</h1>
<p class="intro">{{spans .Intro}}</p>
{{if gt (len .Sections) 3}}<nav aria-label="Categories"><ul class="toc">
{{range .Sections}}<li><a href="#{{.Category}}">{{.Title}}</a></li>
{{end}}</ul></nav>
{{end}}</header>
<main>
{{range .Sections}}<section id="{{.Category}}">
<h2>{{.Title}}</h2>
{{if .Problem}}<p class="problem">{{.Problem}}</p>
{{end}}{{if .Headline}}<p class="headline">{{spans .Headline}}</p>
{{end}}{{if .Points}}<ul class="points">
{{range .Points}}<li>{{spans .}}</li>
{{end}}</ul>
{{end}}{{range .Charts}}<figure>
{{svg .SVG}}<figcaption>{{.Caption}}</figcaption>
</figure>
{{end}}{{if .Flagged}}<h3>Flagged claims</h3>
<table>
<thead><tr><th>Source</th><th>Date</th><th>Figure</th><th>Why</th></tr></thead>
<tbody>
{{range .Flagged}}<tr><td>{{.Claim.Source}}</td><td>{{.Claim.Date}}</td><td>{{.Claim.Value}}</td><td>{{.Reason}}<sup class="ref"><a href="#note-{{.Note}}">{{.Note}}</a></sup></td></tr>
{{end}}</tbody>
</table>
{{if .FlaggedMore}}<p>And {{count .FlaggedMore}} more flagged.</p>
{{end}}{{end}}</section>
{{end}}
{{if .Key}}<section id="key">
<h2>Words of likelihood</h2>
<p>On the {{.Yardstick.Title}}, the words used above mean:</p>
<table>
<thead><tr><th>Word</th><th>Probability</th></tr></thead>
<tbody>
{{range .Key}}<tr><td>{{index .Words 0}}</td><td>{{bandRange .}}</td></tr>
{{end}}</tbody>
</table>
<p>{{.HowToRead}}</p>
</section>
{{end}}
{{if .Notes}}<section id="notes">
<h2>Notes</h2>
<ol class="notes">
{{range .Notes}}<li id="note-{{.N}}">{{range $i, $t := .Texts}}{{if $i}} {{end}}{{$t}}{{end}}
{{if or .Claims .More}}<ul>
{{range .Claims}}<li>{{.Source}}, {{.Date}}: {{.Value}}{{if .Quote}}; <span class="quote">“{{.Quote}}”</span>{{end}}{{if .URL}}; <a href="{{.URL}}">{{if .Title}}{{.Title}}{{else}}{{.URL}}{{end}}</a>{{else if .Title}}; {{.Title}}{{end}}{{if .ID}} <span class="id">{{.ID}}</span>{{end}}</li>
{{end}}{{if .More}}<li>and {{count .More}} more.</li>
{{end}}</ul>
{{end}}</li>
{{end}}</ol>
</section>
{{end}}
</main>
</body>
</html>
`))
