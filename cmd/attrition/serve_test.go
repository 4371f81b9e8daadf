package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// syncBuffer lets the test read what the server goroutine writes.
type syncBuffer struct {
	mu  chan struct{}
	buf bytes.Buffer
}

func newSyncBuffer() *syncBuffer { return &syncBuffer{mu: make(chan struct{}, 1)} }

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu <- struct{}{}
	defer func() { <-b.mu }()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu <- struct{}{}
	defer func() { <-b.mu }()
	return b.buf.String()
}

func TestServeAnswersAndStops(t *testing.T) {
	db := filepath.Join(t.TempDir(), "ledger.db")
	stdout, stderr := newSyncBuffer(), newSyncBuffer()
	m := &Main{Stdin: strings.NewReader(""), Stdout: stdout, Stderr: stderr, Getenv: func(string) string { return "" }}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- m.Run(ctx, []string{"serve", "--db", db, "--addr", "127.0.0.1:0"}) }()

	addrRe := regexp.MustCompile(`http://(127\.0\.0\.1:\d+)/`)
	var addr string
	for deadline := time.Now().Add(20 * time.Second); addr == "" && time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if mm := addrRe.FindStringSubmatch(stdout.String()); mm != nil {
			addr = mm[1]
		}
	}
	if addr == "" {
		cancel()
		t.Fatalf("serve printed no address; stderr: %s", stderr.String())
	}
	res, err := http.Get("http://" + addr + "/api/v1/series")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	var env struct{ Data []any }
	if res.StatusCode != 200 || json.Unmarshal(b, &env) != nil || len(env.Data) != 0 {
		t.Errorf("series on an empty ledger: %d %s", res.StatusCode, b)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve ended with %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop when its context ended")
	}
}

func TestServeUsage(t *testing.T) {
	m := &Main{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: io.Discard, Getenv: func(string) string { return "" }}
	err := m.Run(context.Background(), []string{"serve", "--addr", "nocolon"})
	if code := m.ExitCode(err); code != 2 {
		t.Fatalf("bad --addr: exit %d (%v), want 2", code, err)
	}
}
