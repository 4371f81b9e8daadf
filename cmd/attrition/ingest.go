package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"runtime/debug"
	"strings"

	"github.com/attrition-project/attrition"
	"github.com/attrition-project/attrition/claimio"
	"github.com/attrition-project/attrition/importer"
	"github.com/schollz/progressbar/v3"
)

func init() {
	register(command{
		name:    "ingest",
		summary: "store claims from JSONL/CSV files or known datasets in the ledger",
		run:     runIngest,
	})
}

// ingestProgressMin is the input size above which a terminal gets a
// progress bar: smaller files are read before a bar could say anything.
const ingestProgressMin = 1 << 20

func runIngest(m *Main, ctx context.Context, args []string) error {
	fs := m.newFlagSet("ingest", "[--format auto|jsonl|json|csv|<dataset>] [--source NAME] [--dry-run] [--db PATH] [--map k=v,...] FILE ...")
	format := fs.String("format", "auto", "input `format`: auto, jsonl, json or csv for claims.md claims, or a dataset format: "+
		strings.Join(importer.Formats(), ", "))
	source := fs.String("source", "", "source `NAME` to record: for a dataset, instead of the one its format names; for claim files, for claims that name none")
	dryRun := fs.Bool("dry-run", false, "read and check everything, report what would be added, store nothing")
	dbFlag := fs.String("db", "", dbFlagUsage)
	mapFlag := fs.String("map", "", "column mapping for the csv dataset format, `k=v,...` (low=estimate_low,source==UK MoD)")
	baseUsage := fs.Usage
	fs.Usage = func() {
		baseUsage()
		fmt.Fprintf(m.Stdout, `
FILE is a path or - for standard input. All files of one run are stored in
one transaction: if any row of any file is bad, every bad row is reported
as file:line: field: reason and nothing is stored. Claims already in the
ledger are counted, not stored again.

Dataset formats: %s
`, strings.Join(importer.Formats(), ", "))
	}
	files, err := m.parseFlagsInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return usagef("ingest: no input files (use - for standard input)")
	}
	opts := importer.Options{Source: strings.TrimSpace(*source)}
	if *mapFlag != "" {
		if opts.Map, err = ingestParseMap(*mapFlag); err != nil {
			return err
		}
	}
	var im importer.Importer
	switch *format {
	case "auto", claimio.FormatJSONL, claimio.FormatJSON, claimio.FormatCSV:
		if opts.Map != nil {
			// A mapping turns "csv" from claims.md columns into anyone's
			// spreadsheet.
			if *format == claimio.FormatJSONL || *format == claimio.FormatJSON {
				return usagef("ingest: --map applies to CSV input, not %s", *format)
			}
			im, _ = importer.Lookup("csv")
			if im == nil {
				return usagef("ingest: --map needs the csv dataset format, which this build lacks")
			}
		}
	default:
		var ok bool
		if im, ok = importer.Lookup(*format); !ok {
			return usagef("ingest: unknown format %q (want auto, jsonl, json, csv or a dataset format: %s)",
				*format, strings.Join(importer.Formats(), ", "))
		}
	}
	stdinUsed := false
	for _, f := range files {
		if f == "-" {
			if stdinUsed {
				return usagef("ingest: - (standard input) given twice")
			}
			stdinUsed = true
		}
	}

	// Inputs are opened before the ledger, so that a missing file creates
	// no empty one.
	inputs := make([]ingestInput, 0, len(files))
	defer func() {
		for _, in := range inputs {
			in.close()
		}
	}()
	names := make([]string, 0, len(files))
	for _, file := range files {
		in, err := m.ingestOpen(file)
		if err != nil {
			return err
		}
		inputs = append(inputs, in)
		names = append(names, in.name)
	}

	// claims yields the claims of every input in turn. Once an input has
	// a bad row nothing is yielded any more, but every input is still read
	// so that all bad rows are reported, in bad; fatal is any other
	// failure, which stops the reading.
	var bad attrition.LineErrors
	var fatal error
	claims := func(yield func([]attrition.Claim, error) bool) {
		for _, in := range inputs {
			for batch, err := range m.ingestRead(ctx, in, *format, im, opts) {
				var le attrition.LineErrors
				switch {
				case errors.As(err, &le):
					bad = append(bad, le...)
					continue
				case err != nil:
					fatal = err
					yield(nil, err)
					return
				case len(bad) > 0:
					continue
				}
				if opts.Source != "" && im == nil {
					for i := range batch {
						if batch[i].Source == "" {
							batch[i].Source = opts.Source
						}
					}
				}
				if !yield(batch, nil) {
					return
				}
			}
		}
		if len(bad) > 0 {
			yield(nil, bad)
		}
	}
	// inputError is the input's failure, if the store stopped for one.
	inputError := func() error {
		if fatal != nil {
			return fatal
		}
		if len(bad) > 0 {
			return bad
		}
		return nil
	}

	var res attrition.AddResult
	if *dryRun {
		all, err := ingestCollect(claims)
		if err != nil {
			return err
		}
		if res, err = m.ingestDryRun(ctx, *dbFlag, all); err != nil {
			return err
		}
	} else {
		// A first import that fails leaves no empty ledger behind, so
		// that a retry starts from nothing, as it would have.
		fresh := m.newLedgerFile(*dbFlag)
		store, err := m.openStore(ctx, *dbFlag)
		if err != nil {
			return err
		}
		stored := false
		defer func() {
			store.Close()
			if !stored && fresh != "" {
				for _, f := range []string{fresh, fresh + "-wal", fresh + "-shm"} {
					os.Remove(f)
				}
			}
		}()
		ctx := attrition.WithImportFiles(ctx, names)
		// Reading makes garbage fast and keeps little: collecting less
		// often buys a bulk import a good share of its CPU time.
		defer debug.SetGCPercent(debug.SetGCPercent(400))
		if sa, ok := store.(attrition.ClaimStreamAdder); ok {
			// The ledger stores each batch while the next is parsed: a
			// large file is never held whole in memory.
			res, err = sa.AddClaimStream(ctx, claims)
		} else {
			// The whole input is held in memory until it is stored in
			// one transaction.
			var all []attrition.Claim
			if all, err = ingestCollect(claims); err != nil {
				return err
			}
			res, err = store.AddClaims(ctx, all)
		}
		if err != nil {
			if ierr := inputError(); ierr != nil {
				return ierr
			}
			return fmt.Errorf("ingest: %w", err)
		}
		stored = true
		if err := store.Close(); err != nil {
			return fmt.Errorf("ingest: %w", err)
		}
	}
	fmt.Fprintf(m.Stdout, "read %d, added %d, already present %d", res.Read, res.Added, res.Present)
	if *dryRun {
		fmt.Fprint(m.Stdout, " (dry run: nothing stored)")
	}
	fmt.Fprintln(m.Stdout)
	return nil
}

func ingestDisplayName(file string) string {
	if file == "-" {
		return "stdin"
	}
	return file
}

// ingestInput is one opened input.
type ingestInput struct {
	name string
	r    io.Reader
	size int64 // -1 when unknown
	f    *os.File
}

func (in ingestInput) close() {
	if in.f != nil {
		in.f.Close()
	}
}

// ingestOpen opens one input: a file, or standard input for "-".
func (m *Main) ingestOpen(file string) (ingestInput, error) {
	in := ingestInput{name: ingestDisplayName(file), size: -1}
	if file == "-" {
		in.r = m.Stdin
		return in, nil
	}
	f, err := os.Open(file)
	if err != nil {
		return in, attrition.Errorf(attrition.EINVALID, "ingest: %v", err)
	}
	if fi, err := f.Stat(); err == nil {
		if fi.IsDir() {
			f.Close()
			return in, attrition.Errorf(attrition.EINVALID, "ingest: %s is a directory", file)
		}
		in.size = fi.Size()
	}
	in.r, in.f = f, f
	return in, nil
}

// ingestCollect gathers every claim of a stream.
func ingestCollect(claims iter.Seq2[[]attrition.Claim, error]) ([]attrition.Claim, error) {
	var all []attrition.Claim
	for batch, err := range claims {
		if err != nil {
			return nil, err
		}
		all = append(all, batch...)
	}
	return all, nil
}

// ingestRead reads one input: claims.md claims with claimio, in batches
// as they are parsed, or a dataset with its importer, whole. Bad rows
// come back as attrition.LineErrors, after which nothing more is yielded.
func (m *Main) ingestRead(ctx context.Context, in ingestInput, format string, im importer.Importer, opts importer.Options) iter.Seq2[[]attrition.Claim, error] {
	return func(yield func([]attrition.Claim, error) bool) {
		claims, err := m.ingestReadAll(ctx, in, format, im, opts, yield)
		if err != nil {
			yield(nil, err)
		} else if len(claims) > 0 {
			yield(claims, nil)
		}
	}
}

// ingestReadAll returns a dataset's claims; claim files go to yield as
// they are read, and it returns none of them.
func (m *Main) ingestReadAll(ctx context.Context, in ingestInput, format string, im importer.Importer, opts importer.Options,
	yield func([]attrition.Claim, error) bool) ([]attrition.Claim, error) {
	name, r, size := in.name, in.r, in.size
	var bar *progressbar.ProgressBar
	if m.StderrIsTerminal && size > ingestProgressMin {
		bar = progressbar.NewOptions64(size,
			progressbar.OptionSetWriter(m.Stderr),
			progressbar.OptionSetDescription("reading "+name),
			progressbar.OptionShowBytes(true),
			progressbar.OptionThrottle(100_000_000),
			progressbar.OptionClearOnFinish(),
		)
		defer bar.Finish()
	}

	if im == nil && format == "auto" {
		// A known dataset is recognised by its first bytes, so that
		// "--format auto" takes the published files as they come.
		br := bufio.NewReaderSize(r, 64<<10)
		head, _ := br.Peek(64 << 10)
		if name, ok := importer.Detect(head); ok {
			im, _ = importer.Lookup(name)
		}
		r = br
	}
	if im == nil {
		if bar != nil {
			r = &ingestCountingReader{r: r, bar: bar}
		}
		for batch, err := range claimio.Stream(r, name, format) {
			if err != nil {
				return nil, ingestAddContext(err)
			}
			if !yield(batch, nil) {
				break
			}
		}
		return nil, nil
	}

	if bar != nil {
		opts.Progress = func(n int64) { bar.Set64(n) }
	}
	res, err := im.Import(ctx, r, name, opts)
	if err != nil {
		return nil, ingestAddContext(err)
	}
	if bar != nil {
		bar.Finish()
	}
	for _, n := range res.Notes {
		fmt.Fprintf(m.Stderr, "%s: note: %s\n", name, n)
	}
	for _, rj := range res.Rejected {
		fmt.Fprintf(m.Stderr, "%s:%d: skipped: %s\n", name, rj.Line, rj.Reason)
	}
	// An importer's claims must meet the same contract as a file's; they
	// have no line of their own to name.
	var first error
	invalid := 0
	for i := range res.Claims {
		if err := res.Claims[i].Validate(); err != nil {
			if invalid == 0 {
				first = fmt.Errorf("claim %d: %w", i+1, err)
			}
			invalid++
		}
	}
	if invalid > 0 {
		return nil, attrition.Errorf(attrition.EINVALID, "ingest: %s: the %s format produced %d invalid claim(s); the first, %v",
			name, im.Name(), invalid, first)
	}
	return res.Claims, nil
}

// ingestAddContext keeps row errors as they are (they name file and line)
// and marks anything else as the input's fault.
func ingestAddContext(err error) error {
	var le attrition.LineErrors
	if errors.As(err, &le) {
		return le
	}
	if attrition.ErrorCode(err) == attrition.EINTERNAL {
		var ae *attrition.Error
		if !errors.As(err, &ae) {
			return attrition.Errorf(attrition.EINVALID, "ingest: %v", err)
		}
	}
	return err
}

// ingestDryRun reports what storing would do: which claims are valid
// (the readers checked), how many are new. A ledger that does not exist
// yet is not created.
func (m *Main) ingestDryRun(ctx context.Context, dbFlag string, claims []attrition.Claim) (attrition.AddResult, error) {
	res := attrition.AddResult{Read: len(claims)}
	seen := map[string]bool{}
	var ids []string
	for i := range claims {
		c := claims[i]
		if err := c.Validate(); err != nil {
			return res, attrition.Errorf(attrition.EINVALID, "ingest: claim %d: %v", i+1, err)
		}
		c.Flags = append([]string(nil), c.Flags...)
		c.Normalize()
		if seen[c.ID] {
			continue
		}
		seen[c.ID] = true
		ids = append(ids, c.ID)
	}
	res.Added = len(ids)
	loc := m.dbLocation(dbFlag)
	if !strings.Contains(loc, "://") {
		if _, err := os.Stat(loc); errors.Is(err, os.ErrNotExist) {
			res.Present = res.Read - res.Added
			return res, nil
		}
	}
	store, err := m.openStore(ctx, dbFlag)
	if err != nil {
		return res, err
	}
	defer store.Close()
	if len(ids) > 0 {
		found, err := store.FindClaims(ctx, attrition.ClaimFilter{IDs: ids})
		if err != nil {
			return res, fmt.Errorf("ingest: %w", err)
		}
		res.Added -= len(found)
	}
	res.Present = res.Read - res.Added
	return res, nil
}

// ingestParseMap reads --map k=v,k2=v2. A value starting with "=" is a
// constant (source==UK MoD).
func ingestParseMap(s string) (map[string]string, error) {
	out := map[string]string{}
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		k, v, ok := strings.Cut(part, "=")
		k = strings.TrimSpace(k)
		if !ok || k == "" {
			return nil, usagef("ingest: --map: %q is not key=value", part)
		}
		if _, dup := out[k]; dup {
			return nil, usagef("ingest: --map: %q mapped twice", k)
		}
		out[k] = strings.TrimSpace(v)
	}
	if len(out) == 0 {
		return nil, usagef("ingest: --map is empty")
	}
	return out, nil
}

// ingestCountingReader moves a progress bar as bytes are read.
type ingestCountingReader struct {
	r   io.Reader
	n   int64
	bar *progressbar.ProgressBar
}

func (c *ingestCountingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	c.bar.Set64(c.n)
	return n, err
}
