// Package browsertest starts Debian's headless Chromium for the browser
// checks of reports and the dashboard, with the flags a closed network
// needs, and skips the calling test with a clear message when Chromium is
// not installed (scripts/install-chromium.sh installs it; .ci/run calls
// that script, so CI never skips).
package browsertest

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// ChromiumPath is where Debian's chromium package puts the browser.
const ChromiumPath = "/usr/bin/chromium"

// Start launches a headless browser for t and returns its context; the
// browser is closed when the test ends. It skips t when Chromium is
// missing or in -short mode.
func Start(t *testing.T, width, height int) context.Context {
	t.Helper()
	if _, err := os.Stat(ChromiumPath); err != nil {
		t.Skipf("browser check skipped: %s not found (run scripts/install-chromium.sh to install Debian's chromium)", ChromiumPath)
	}
	if testing.Short() {
		t.Skip("browser check skipped in -short mode")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(ChromiumPath),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		// Without these, Chromium tries the network at start and its
		// refused connections pile up on a closed machine.
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(filepath.Join(t.TempDir(), "profile")),
		chromedp.WindowSize(width, height),
	}
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	browser, closeBrowser := chromedp.NewContext(actx)
	t.Cleanup(func() {
		closeBrowser()
		cancelAlloc()
		cancel()
	})
	return browser
}
