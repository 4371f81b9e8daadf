package report

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/attrition-project/attrition/internal/browsertest"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// svgBox is what the page says of one of its SVG charts.
type svgBox struct {
	ID     string  `json:"id"`
	Width  float64 `json:"width"`
	Height float64 `json:"height"`
	Drawn  int     `json:"drawn"`
	Title  string  `json:"title"`
}

// measureSVG reports each SVG of the page: its box and its shapes.
const measureSVG = `Array.from(document.querySelectorAll("svg")).map(s => {
	const r = s.getBoundingClientRect();
	const t = s.querySelector("title");
	return {id: t ? t.id : "", width: r.width, height: r.height,
		drawn: s.querySelectorAll("path, rect:not(.background), circle, line").length,
		title: t ? t.textContent : ""};
})`

// pageCheck is what a visit to a page found.
type pageCheck struct {
	boxes    []svgBox
	scripts  int
	png      []byte
	notesPNG []byte
	// printBoxes and pdf are the page under @media print.
	printBoxes []svgBox
	pdf        []byte
	problems   []string // console errors and uncaught exceptions
}

// visit opens url in a new tab of the browser, reads its charts and
// console, and takes a full-page screenshot.
func visit(t *testing.T, browser context.Context, url string) pageCheck {
	t.Helper()
	tab, closeTab := chromedp.NewContext(browser)
	defer closeTab()
	// Subscribe before the page loads, so that no message is lost.
	messages := chromedp.Console(tab)
	if err := chromedp.Do(tab, chromedp.Navigate(url), chromedp.WaitReady("body")); err != nil {
		t.Fatalf("chromium: %v", err)
	}
	var c pageCheck
	var err error
	c.boxes, err = chromedp.Run(tab, chromedp.Evaluate[[]svgBox](measureSVG))
	if err != nil {
		t.Fatalf("chromium: %v", err)
	}
	if c.scripts, err = chromedp.Run(tab, chromedp.Evaluate[int](`document.querySelectorAll("script").length`)); err != nil {
		t.Fatalf("chromium: %v", err)
	}
	if c.png, err = chromedp.Run(tab, chromedp.FullScreenshot(100)); err != nil {
		t.Fatalf("chromium: %v", err)
	}
	if n, _ := chromedp.Run(tab, chromedp.Evaluate[int](`document.querySelectorAll("#notes").length`)); n > 0 {
		if c.notesPNG, err = chromedp.Run(tab, chromedp.Screenshot(chromedp.CSS("#notes"))); err != nil {
			t.Fatalf("chromium: %v", err)
		}
		// The printed page: charts keep their size under @media print,
		// and a PDF comes out.
		if err := chromedp.Do(tab, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
			return err
		})); err != nil {
			t.Fatalf("chromium: %v", err)
		}
		if c.printBoxes, err = chromedp.Run(tab, chromedp.Evaluate[[]svgBox](measureSVG)); err != nil {
			t.Fatalf("chromium: %v", err)
		}
		if c.pdf, err = chromedp.Run(tab, chromedp.PrintToPDF(chromedp.PDFPreferCSSPageSize())); err != nil {
			t.Fatalf("chromium: %v", err)
		}
	}
	// Late messages get half a second; closing the tab ends the stream.
	done := make(chan struct{})
	go func() {
		defer close(done)
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.IsException() {
				c.problems = append(c.problems, m.String())
			}
		}
	}()
	time.Sleep(500 * time.Millisecond)
	closeTab()
	<-done
	return c
}

// TestBrowser opens the HTML report in headless Chromium: the page must
// load without console errors or exceptions, every SVG chart must have a
// size and something drawn in it, on screen and in print, and a
// screenshot and a printed PDF must come out. A
// control page with an error and an empty chart first shows that the
// checks can fail. With ATTRITION_SCREENSHOT_DIR set, the screenshots are
// kept there for a person to look at.
func TestBrowser(t *testing.T) {
	browser := browsertest.Start(t, 1000, 1400)
	dir := t.TempDir()
	page := filepath.Join(dir, "report.html")
	if err := os.WriteFile(page, render(t, fixedOptions("html", "")), 0o644); err != nil {
		t.Fatal(err)
	}
	control := filepath.Join(dir, "control.html")
	if err := os.WriteFile(control, []byte(`<!DOCTYPE html><html><body><p>control</p>
<svg xmlns="http://www.w3.org/2000/svg" width="0" height="0"><title>empty</title></svg>
<script>console.error("control error"); undefinedFunction();</script></body></html>`), 0o644); err != nil {
		t.Fatal(err)
	}

	ctl := visit(t, browser, "file://"+control)
	if len(ctl.problems) < 2 || ctl.scripts != 1 || len(ctl.boxes) != 1 || ctl.boxes[0].Width != 0 {
		t.Fatalf("the checks do not see a console error, an exception, a script or an empty chart: %+v", ctl.problems)
	}

	c := visit(t, browser, "file://"+page)
	for _, p := range c.problems {
		t.Errorf("browser reported %s", p)
	}
	if c.scripts != 0 {
		t.Errorf("the page holds %d script elements; the hostile quote was not escaped", c.scripts)
	}
	if len(c.boxes) < 7 {
		t.Errorf("%d SVG charts on the page; want at least 7 (fan, rate and bias for casualties, and more)", len(c.boxes))
	}
	for _, b := range c.boxes {
		if b.Width <= 0 || b.Height <= 0 || b.Drawn == 0 || b.Title == "" {
			t.Errorf("chart %q (%s) is empty: %.0f×%.0f, %d shapes", b.Title, b.ID, b.Width, b.Height, b.Drawn)
		}
	}
	if !bytes.HasPrefix(c.png, []byte("\x89PNG\r\n\x1a\n")) || len(c.png) < 10000 {
		t.Fatalf("screenshot is not a PNG of a page (%d bytes)", len(c.png))
	}
	if len(c.notesPNG) == 0 {
		t.Error("no notes section to screenshot")
	}
	if len(c.printBoxes) != len(c.boxes) {
		t.Errorf("%d charts in print, %d on screen", len(c.printBoxes), len(c.boxes))
	}
	for _, b := range c.printBoxes {
		if b.Width <= 0 || b.Height <= 0 {
			t.Errorf("chart %q vanishes in print: %.0f×%.0f", b.Title, b.Width, b.Height)
		}
	}
	if !bytes.HasPrefix(c.pdf, []byte("%PDF-")) || len(c.pdf) < 10000 {
		t.Errorf("printing gave no PDF (%d bytes)", len(c.pdf))
	}
	out := dir
	if keep := os.Getenv("ATTRITION_SCREENSHOT_DIR"); keep != "" {
		out = keep
	}
	for name, png := range map[string][]byte{"report.png": c.png, "report-notes.png": c.notesPNG, "report.pdf": c.pdf} {
		if err := os.WriteFile(filepath.Join(out, name), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("screenshots in %s (%d bytes), %d charts", out, len(c.png), len(c.boxes))
}
