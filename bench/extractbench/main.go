// Command extractbench measures the extractor's throughput on one core
// against a plain byte scan of the same text, for bench/extract.sh, in
// CPU time so that other programs on the machine do not count. It
// builds the benchmark corpus by repeating the passages of a gold file
// until it reaches a size, writes it for the other readers measured on
// the same text, and reports MB/s.
//
//	extractbench -gold extract/testdata/corpus/gold.jsonl -out corpus.txt -size 5242880
//	extractbench -in corpus.txt -mode attrition|scan
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"syscall"
	"time"

	"github.com/attrition-project/attrition"
	"github.com/attrition-project/attrition/extract"
)

// separator ends every passage of the corpus file, so that each reader
// takes the passages one document at a time.
const separator = "\n\f\n"

func main() {
	gold := flag.String("gold", "", "gold `FILE` to build the corpus from")
	out := flag.String("out", "", "write the corpus to `FILE`")
	size := flag.Int("size", 5<<20, "corpus size in `bytes` (at least)")
	in := flag.String("in", "", "corpus `FILE` to measure")
	mode := flag.String("mode", "attrition", "what to measure: attrition or scan")
	rounds := flag.Int("rounds", 3, "measure `N` times, keep the fastest")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of the measured rounds to `FILE`")
	flag.Parse()
	runtime.GOMAXPROCS(1)
	if *gold != "" {
		if err := build(*gold, *out, *size); err != nil {
			fmt.Fprintln(os.Stderr, "extractbench:", err)
			os.Exit(1)
		}
		return
	}
	data, err := os.ReadFile(*in)
	if err != nil {
		fmt.Fprintln(os.Stderr, "extractbench:", err)
		os.Exit(1)
	}
	docs := bytes.Split(data, []byte(separator))
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "extractbench:", err)
			os.Exit(1)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(os.Stderr, "extractbench:", err)
			os.Exit(1)
		}
		defer pprof.StopCPUProfile()
	}
	best := time.Duration(1<<63 - 1)
	var claims int
	for r := 0; r < *rounds; r++ {
		// CPU time, not wall time: on a shared machine the wall clock
		// counts other programs' work too.
		start := cpuTime()
		claims = 0
		switch *mode {
		case "attrition":
			x := extract.New(extract.Options{Published: attrition.MustDate("2025-06-12"), URL: "bench:"})
			// One slice for every document's claims, as a caller that
			// writes each document's claims out before the next would.
			var cs []attrition.Claim
			for _, d := range docs {
				var err error
				cs, _, err = x.ExtractAppend(cs[:0], d)
				if err != nil {
					fmt.Fprintln(os.Stderr, "extractbench:", err)
					os.Exit(1)
				}
				claims += len(cs)
			}
		case "scan":
			// The floor: look at every byte once, as any reader must.
			for _, d := range docs {
				claims += scan(d)
			}
		default:
			fmt.Fprintln(os.Stderr, "extractbench: unknown mode", *mode)
			os.Exit(2)
		}
		if el := cpuTime() - start; el < best {
			best = el
		}
	}
	mbps := float64(len(data)) / 1e6 / best.Seconds()
	fmt.Printf("%s %.3f MB/s (%d bytes, %d documents, %d results, %s)\n", *mode, mbps, len(data), len(docs), claims, best.Round(time.Millisecond))
}

// cpuTime returns the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// scan counts digits, the least work that finds every figure.
func scan(b []byte) int {
	n := 0
	for _, c := range b {
		if c-'0' <= 9 {
			n++
		}
	}
	return n
}

func build(gold, out string, size int) error {
	f, err := os.Open(gold)
	if err != nil {
		return err
	}
	defer f.Close()
	ps, err := extract.ReadGold(f, gold)
	if err != nil {
		return err
	}
	if len(ps) == 0 {
		return fmt.Errorf("%s: no passages", gold)
	}
	var b bytes.Buffer
	for i := 0; b.Len() < size; i++ {
		b.WriteString(ps[i%len(ps)].Text)
		b.WriteString(separator)
	}
	return os.WriteFile(out, b.Bytes(), 0o644)
}
