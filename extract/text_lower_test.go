package extract

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

// TestLowerASCII compares the eight-bytes-at-a-time fold with the byte
// loop on every byte value in every lane, and on random text.
func TestLowerASCII(t *testing.T) {
	slow := func(text []byte) []byte {
		out := make([]byte, len(text))
		for i, c := range text {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			out[i] = c
		}
		return out
	}
	check := func(text []byte) {
		t.Helper()
		got := lowerASCII(text)
		if want := slow(text); !bytes.Equal([]byte(got), want) {
			t.Fatalf("lowerASCII(%q) = %q, want %q", text, got, want)
		}
	}
	for c := range 256 {
		for lane := range 9 {
			text := bytes.Repeat([]byte{'Q'}, 17)
			text[lane] = byte(c)
			check(text)
		}
	}
	// Runs of thirty-two ASCII bytes take a path of their own.
	for c := range 256 {
		for lane := range 40 {
			text := bytes.Repeat([]byte{'q'}, 75)
			text[lane] = byte(c)
			text[lane+33] = byte(c)
			check(text)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		text := make([]byte, r.IntN(40))
		for i := range text {
			text[i] = byte(r.IntN(256))
		}
		check(text)
	}
	for range 2000 {
		text := make([]byte, r.IntN(200))
		for i := range text {
			text[i] = byte(r.IntN(128))
		}
		if len(text) > 0 && r.IntN(4) == 0 {
			text[r.IntN(len(text))] |= 0x80
		}
		check(text)
	}
}
