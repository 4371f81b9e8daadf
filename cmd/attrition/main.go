// Command attrition turns public reporting on the losses of armed
// conflicts into a sourced ledger of claims and into calibrated estimates.
// Each subcommand lives in its own file with its own FlagSet; main only
// turns errors into exit codes.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"

	"github.com/attrition-project/attrition"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	m := NewMain()
	err := m.Run(ctx, os.Args[1:])
	if code := m.ExitCode(err); code != 0 {
		os.Exit(code)
	}
}

// Main is the program with its environment, so tests run the real
// commands against buffers and a temporary database.
type Main struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
	// StderrIsTerminal tells commands whether progress bars may draw.
	StderrIsTerminal bool
}

// NewMain returns a Main wired to the process.
func NewMain() *Main {
	m := &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}
	if fi, err := os.Stderr.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
		m.StderrIsTerminal = true
	}
	return m
}

// command is one subcommand; each file registers its own in init.
type command struct {
	name    string
	summary string
	run     func(m *Main, ctx context.Context, args []string) error
}

var commands = map[string]command{}

func register(c command) { commands[c.name] = c }

// usageError marks a bad command line: exit code 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Sprintf(format, args...)}
}

// exitCodes maps application error codes to exit codes (cli.md: 1 for a
// failure of the work, 2 for a usage error).
var exitCodes = map[string]int{
	attrition.EINVALID:        1,
	attrition.ENOTFOUND:       1,
	attrition.ECONFLICT:       1,
	attrition.EINTERNAL:       1,
	attrition.ENOTIMPLEMENTED: 1,
}

// ExitCode prints err as cli.md asks and returns the exit code.
func (m *Main) ExitCode(err error) int {
	if err == nil || errors.Is(err, flag.ErrHelp) {
		return 0
	}
	var ue *usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(m.Stderr, "attrition: %s\n", ue.msg)
		return 2
	}
	var le attrition.LineErrors
	if errors.As(err, &le) {
		// Each bad row on its own line, file:line first, as compilers do.
		for _, e := range le {
			fmt.Fprintf(m.Stderr, "%s\n", e)
		}
		fmt.Fprintf(m.Stderr, "attrition: %d bad row(s); nothing was stored\n", len(le))
		return 1
	}
	fmt.Fprintf(m.Stderr, "attrition: %s\n", err)
	if code, ok := exitCodes[attrition.ErrorCode(err)]; ok {
		return code
	}
	return 1
}

// Run dispatches to a subcommand.
func (m *Main) Run(ctx context.Context, args []string) error {
	if len(args) == 0 {
		m.usage(m.Stderr)
		return usagef("no command given")
	}
	name := args[0]
	switch name {
	case "help", "-h", "-help", "--help":
		m.usage(m.Stdout)
		return nil
	}
	c, ok := commands[name]
	if !ok {
		m.usage(m.Stderr)
		return usagef("unknown command %q", name)
	}
	return c.run(m, ctx, args[1:])
}

func (m *Main) usage(w io.Writer) {
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString("attrition turns public reporting on the losses of armed conflicts into a\nsourced ledger of claims and calibrated estimates.\n\nUsage:\n\n\tattrition <command> [arguments]\n\nCommands:\n\n")
	for _, n := range names {
		fmt.Fprintf(&b, "\t%-10s %s\n", n, commands[n].summary)
	}
	b.WriteString("\nUse \"attrition <command> --help\" for a command's flags.\n")
	io.WriteString(w, b.String())
}

// newFlagSet returns a FlagSet that reports errors instead of exiting and
// prints its usage to the right stream.
func (m *Main) newFlagSet(name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {
		fmt.Fprintf(m.Stdout, "Usage: attrition %s %s\n\n", name, synopsis)
		fs.SetOutput(m.Stdout)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
	return fs
}

// parseFlags parses args; --help prints usage and returns flag.ErrHelp
// (exit 0), a bad flag is a usage error (exit 2).
func (m *Main) parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			// Parse has already printed the usage.
			return flag.ErrHelp
		}
		return usagef("%s: %v", fs.Name(), err)
	}
	return nil
}

// parseFlagsInterspersed parses flags wherever they appear among the
// positional arguments ("ingest a.jsonl --db x.db"), which the flag
// package alone does not: it stops at the first non-flag. Everything
// after "--" is positional.
func (m *Main) parseFlagsInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := m.parseFlags(fs, args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}
