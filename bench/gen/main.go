// Command gen writes synthetic but well-formed claims for benchmarks:
// daily bulletins of running totals, the shape the large public datasets
// have, as claims CSV (the header of claimio) or JSONL.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"

	"github.com/attrition-project/attrition"
	"github.com/attrition-project/attrition/claimio"
)

func main() {
	n := flag.Int("n", 1_000_000, "number of claims")
	format := flag.String("format", "csv", "csv or jsonl")
	seed := flag.Uint64("seed", 1, "random seed")
	perDoc := flag.Int("per-doc", 20, "claims per document (a bulletin lists many categories)")
	flag.Parse()
	if *n < 0 || *perDoc < 1 {
		fmt.Fprintln(os.Stderr, "gen: -n must be ≥ 0 and -per-doc ≥ 1")
		os.Exit(2)
	}
	if err := run(*n, *format, *seed, *perDoc); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(n int, format string, seed uint64, perDoc int) error {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	cats := attrition.Categories()
	actors := []string{"Russia", "Ukraine", "Israel", "Palestinians in Gaza", "Sudan (RSF)"}
	sources := []string{"General Staff of the Armed Forces of Ukraine", "UK Ministry of Defence", "Mediazona", "Oryx", "UN OCHA"}
	datasets := []string{"", "petroivaniuk-ua-genstaff", "lod-orc-losses"}
	start := attrition.MustDate("2022-02-24")

	const chunk = 10_000
	batch := make([]attrition.Claim, 0, chunk)
	header := true
	flush := func() error {
		var err error
		switch format {
		case "csv":
			if header {
				err = claimio.WriteCSV(w, batch)
				header = false
			} else {
				err = writeCSVRows(w, batch)
			}
		case "jsonl":
			err = claimio.WriteJSONL(w, batch)
		default:
			return fmt.Errorf("unknown format %q", format)
		}
		batch = batch[:0]
		return err
	}
	var doc attrition.Document
	for i := 0; i < n; i++ {
		if i%perDoc == 0 {
			day := start.AddDays(i / perDoc % 1500)
			doc = attrition.Document{
				URL:       fmt.Sprintf("https://example.org/bulletins/%d/%s", i/perDoc, day),
				Title:     "Losses of the enemy as of " + day.String(),
				Published: day,
			}
		}
		c := attrition.Claim{
			Actor:       actors[rng.IntN(len(actors))],
			Population:  "military",
			Category:    cats[i%len(cats)],
			PeriodStart: start,
			PeriodEnd:   doc.Published,
			Source:      sources[rng.IntN(len(sources))],
			Document:    doc,
			Dataset:     datasets[rng.IntN(len(datasets))],
		}
		v := float64(rng.IntN(1_000_000))
		switch rng.IntN(4) {
		case 0:
			c.Bound, c.Low, c.High = attrition.BoundRange, attrition.Float(v), attrition.Float(v*1.25)
			c.Likelihood, c.Probability = "likely", &[2]float64{0.55, 0.75}
		case 1:
			c.Bound, c.Low = attrition.BoundMoreThan, attrition.Float(v)
		default:
			c.Bound, c.Low, c.High, c.Best = attrition.BoundPoint, attrition.Float(v), attrition.Float(v), attrition.Float(v)
			c.Approx = rng.IntN(2) == 0
		}
		c.Quote = fmt.Sprintf("%s lost about %s (%s)", c.Actor, claimio.Thousands(v), c.Category)
		c.Span = [2]int{100, 100 + len(c.Quote)}
		if rng.IntN(10) == 0 {
			c.Flags = []string{attrition.FlagTotalDecreased}
		}
		batch = append(batch, c)
		if len(batch) == chunk {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if len(batch) > 0 || header {
		if err := flush(); err != nil {
			return err
		}
	}
	return w.Flush()
}

// writeCSVRows writes rows without the header WriteCSV puts first.
func writeCSVRows(w *bufio.Writer, claims []attrition.Claim) error {
	var buf headerSkipper
	buf.w = w
	return claimio.WriteCSV(&buf, claims)
}

// headerSkipper drops the first line written to it.
type headerSkipper struct {
	w       *bufio.Writer
	skipped bool
}

func (h *headerSkipper) Write(p []byte) (int, error) {
	n := len(p)
	if !h.skipped {
		for i, b := range p {
			if b == '\n' {
				h.skipped = true
				p = p[i+1:]
				break
			}
		}
		if !h.skipped {
			return n, nil
		}
	}
	_, err := h.w.Write(p)
	return n, err
}
