// Package importer turns public loss datasets (daily tallies, Oryx
// counts, compiled estimates, anyone's spreadsheet) into claims with full
// provenance, one registered Importer per format. Importers only parse:
// storing is the caller's job, in one transaction per run.
package importer

import (
	"context"
	"fmt"
	"io"
	"sort"

	"github.com/attrition-project/attrition"
)

// Options tune one import.
type Options struct {
	// Source overrides the source the format names by default.
	Source string
	// Map gives column mappings for the generic csv format
	// ("low" → "estimate_low").
	Map map[string]string
	// Progress, when set, is told how many input bytes were read so far.
	Progress func(read int64)
}

// Rejection is one input row that did not become a claim, and why.
type Rejection struct {
	Line   int
	Reason string
}

// Result is what an import read.
type Result struct {
	Claims   []attrition.Claim
	Rejected []Rejection
	// Notes report quirks handled, in words a user can check: "3
	// duplicated days deduplicated", "unmapped label: Radars".
	Notes []string
}

// Importer reads one dataset format. name is the file's name, used in
// messages and provenance.
type Importer interface {
	Name() string
	Import(ctx context.Context, r io.Reader, name string, opts Options) (*Result, error)
}

var registry = map[string]Importer{}

// Register makes an importer available under its name; formats register
// themselves from init.
func Register(im Importer) {
	if _, dup := registry[im.Name()]; dup {
		panic(fmt.Sprintf("importer: %s registered twice", im.Name()))
	}
	registry[im.Name()] = im
}

// Lookup returns the importer of a format.
func Lookup(format string) (Importer, bool) {
	im, ok := registry[format]
	return im, ok
}

// Formats lists the registered formats, sorted.
func Formats() []string {
	out := make([]string, 0, len(registry))
	for n := range registry {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}
