package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/attrition-project/attrition"
	"github.com/attrition-project/attrition/claimio"
	"github.com/attrition-project/attrition/extract"
	"github.com/attrition-project/attrition/yardstick"
	"github.com/schollz/progressbar/v3"
)

func init() {
	register(command{
		name:    "extract",
		summary: "read loss figures from English text or HTML into claims",
		run:     runExtract,
	})
}

// extractOpts are the flags extract and eval share.
type extractOpts struct {
	published, source, url, title, yardstick string
}

func runExtract(m *Main, ctx context.Context, args []string) error {
	fs := m.newFlagSet("extract", "[--published DATE] [--source NAME] [--url URL] [--title TEXT] [--yardstick phia|icd203|kent] [--format jsonl|json|table] [--ingest] [--db PATH] [FILE ...]")
	var o extractOpts
	fs.StringVar(&o.published, "published", "", "publication `DATE` (YYYY-MM-DD) that relative expressions resolve against (default today)")
	fs.StringVar(&o.source, "source", "", "the document's source `NAME`, for figures the text does not attribute")
	fs.StringVar(&o.url, "url", "", "the document's `URL` (default file://<absolute path>, or stdin:)")
	fs.StringVar(&o.title, "title", "", "the document's `TITLE`")
	fs.StringVar(&o.yardstick, "yardstick", yardstick.PHIA, "estimative `scale` for probabilities: phia, icd203 or kent")
	format := fs.String("format", "jsonl", "output `format`: jsonl, json or table")
	ingest := fs.Bool("ingest", false, "also store the claims in the ledger")
	dbFlag := fs.String("db", "", "ledger `PATH` or postgres:// URL for --ingest (default $ATTRITION_DB, else attrition.db)")
	files, err := m.parseFlagsInterspersed(fs, args)
	if err != nil {
		return err
	}
	switch *format {
	case "jsonl", "json", "table":
	default:
		return usagef("extract: unknown format %q (want jsonl, json or table)", *format)
	}
	opts, err := o.options()
	if err != nil {
		return err
	}
	var all []attrition.Claim
	if len(files) == 0 {
		files = []string{"-"}
	}
	// JSON Lines go out file by file, so that a pipe gets the claims of
	// a long list of files as they come; JSON and tables need them all.
	stream := *format == "jsonl"
	bar := m.extractProgress(files)
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		text, name, err := extractRead(m, f)
		if err != nil {
			return err
		}
		fo := opts
		if fo.URL == "" {
			fo.URL = name
		}
		// The claims go straight onto the end of all; when nothing
		// needs them after they are written, all is reused for the
		// next file's.
		n := len(all)
		all, _, err = extract.New(fo).ExtractAppend(all, text)
		if err != nil {
			return fmt.Errorf("extract: %s: %w", f, err)
		}
		if bar != nil {
			bar.Add(len(text))
		}
		if stream {
			if err := claimio.WriteJSONL(m.Stdout, all[n:]); err != nil {
				return fmt.Errorf("extract: write: %w", err)
			}
		}
		if stream && !*ingest {
			all = all[:0]
		}
	}
	if bar != nil {
		bar.Finish()
	}
	switch *format {
	case "json":
		err = claimio.WriteJSON(m.Stdout, all)
	case "table":
		err = claimio.WriteTable(m.Stdout, all)
	}
	if err != nil {
		return fmt.Errorf("extract: write: %w", err)
	}
	if *ingest {
		store, err := m.openStore(ctx, *dbFlag)
		if err != nil {
			return fmt.Errorf("extract: %w", err)
		}
		defer store.Close()
		res, err := store.AddClaims(ctx, all)
		if err != nil {
			return fmt.Errorf("extract: ingest: %w", err)
		}
		fmt.Fprintf(m.Stderr, "read %d, added %d, already present %d\n", res.Read, res.Added, res.Present)
	}
	return nil
}

// options turns the shared flags into extractor options; a bad date or
// scale is a usage error.
func (o *extractOpts) options() (extract.Options, error) {
	var opts extract.Options
	if o.published != "" {
		d, err := attrition.ParseDate(strings.TrimSpace(o.published))
		if err != nil {
			return opts, usagef("--published: %v", err)
		}
		opts.Published = d
	} else {
		opts.Published = attrition.Today()
	}
	y, err := yardstick.Get(o.yardstick)
	if err != nil {
		return opts, usagef("--yardstick: %v", err)
	}
	opts.Yardstick = y
	opts.Source = strings.TrimSpace(o.source)
	opts.URL = strings.TrimSpace(o.url)
	opts.Title = o.title
	return opts, nil
}

// extractProgress returns a bar over the bytes of the files when stderr
// is a terminal and there is enough to read that it would say something;
// nil otherwise (and for stdin, whose size is unknown).
func (m *Main) extractProgress(files []string) *progressbar.ProgressBar {
	if !m.StderrIsTerminal {
		return nil
	}
	var total int64
	for _, f := range files {
		if f == "-" {
			return nil
		}
		if fi, err := os.Stat(f); err == nil {
			total += fi.Size()
		}
	}
	if total <= ingestProgressMin {
		return nil
	}
	what := files[0]
	if len(files) > 1 {
		what = fmt.Sprintf("%d files", len(files))
	}
	return progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(m.Stderr),
		progressbar.OptionSetDescription("extracting "+what),
		progressbar.OptionShowBytes(true),
		progressbar.OptionThrottle(100_000_000),
		progressbar.OptionClearOnFinish(),
	)
}

// extractRead reads one input and names it for the document URL.
func extractRead(m *Main, f string) ([]byte, string, error) {
	if f == "-" {
		b, err := io.ReadAll(m.Stdin)
		if err != nil {
			return nil, "", fmt.Errorf("extract: stdin: %w", err)
		}
		return b, "stdin:", nil
	}
	b, err := os.ReadFile(f)
	if err != nil {
		return nil, "", attrition.Errorf(attrition.EINVALID, "extract: %v", err)
	}
	abs, err := filepath.Abs(f)
	if err != nil {
		abs = f
	}
	return b, "file://" + filepath.ToSlash(abs), nil
}
