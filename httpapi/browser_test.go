package httpapi_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/attrition-project/attrition/internal/browsertest"
	"github.com/chromedp/chromedp"
)

// dashboardState is what the page shows once its scripts have run.
type dashboardState struct {
	Actor      string `json:"actor"`
	Categories int    `json:"categories"`
	Rows       int    `json:"rows"`
	Summary    string `json:"summary"`
	Status     string `json:"status"`
	// Charts counts chart images that loaded with a size.
	Charts  int `json:"charts"`
	Scripts int `json:"scripts"` // script elements inside the claims table
}

const readDashboard = `({
	actor: document.getElementById("actor").value,
	categories: document.getElementById("category").options.length,
	rows: document.querySelectorAll("#claims tbody tr").length,
	summary: document.getElementById("summary").textContent,
	status: document.getElementById("status").textContent,
	charts: Array.from(document.querySelectorAll(".charts img")).filter(i => i.complete && i.naturalWidth > 0 && !i.closest("figure").hidden).length,
	scripts: document.querySelectorAll("#claims script").length,
})`

// TestDashboardInBrowser opens the dashboard in headless Chromium: the
// scripts fill the selectors, the estimate summary, the charts and the
// claims table from the API, with no console error, and a hostile quote
// stays text.
func TestDashboardInBrowser(t *testing.T) {
	browser := browsertest.Start(t, 1200, 1500)
	srv := newServer(t)

	tab, closeTab := chromedp.NewContext(browser)
	defer closeTab()
	messages := chromedp.Console(tab)
	if err := chromedp.Do(tab, chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible("#claims tbody tr")); err != nil {
		t.Fatalf("chromium: %v", err)
	}
	var st dashboardState
	var err error
	// Chart images load after the table; give them a moment.
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		if st, err = chromedp.Run(tab, chromedp.Evaluate[dashboardState](readDashboard)); err != nil {
			t.Fatalf("chromium: %v", err)
		}
		if st.Charts >= 3 {
			break
		}
	}
	shot, err := chromedp.Run(tab, chromedp.FullScreenshot(90))
	if err != nil {
		t.Fatalf("chromium: %v", err)
	}
	var problems []string
	done := make(chan struct{})
	go func() {
		defer close(done)
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.IsException() {
				problems = append(problems, m.String())
			}
		}
	}()
	time.Sleep(300 * time.Millisecond)
	closeTab()
	<-done

	for _, p := range problems {
		t.Errorf("browser reported %s", p)
	}
	if st.Actor != "Russia" || st.Categories != 1 || st.Rows != 4 || st.Status != "" {
		t.Errorf("dashboard state %+v, want Russia with 1 category and 4 claims, no error", st)
	}
	if st.Summary == "" {
		t.Error("no estimate summary")
	}
	if st.Charts != 3 {
		t.Errorf("%d charts drawn, want 3 (fan, rate, bias)", st.Charts)
	}
	if st.Scripts != 0 {
		t.Error("a quote's <script> became an element of the page")
	}
	if !bytes.HasPrefix(shot, []byte("\xff\xd8\xff")) || len(shot) < 10000 {
		t.Fatalf("screenshot is not a JPEG of a page (%d bytes)", len(shot))
	}
	out := t.TempDir()
	if keep := os.Getenv("ATTRITION_SCREENSHOT_DIR"); keep != "" {
		out = keep
	}
	if err := os.WriteFile(filepath.Join(out, "dashboard.jpg"), shot, 0o644); err != nil {
		t.Fatal(err)
	}
}
