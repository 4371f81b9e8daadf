package attrition

import (
	"errors"
	"fmt"
	"strings"
)

// Application error codes. They are mapped to exit codes in cmd/attrition
// and to HTTP status codes in httpapi, each in one table.
const (
	ECONFLICT       = "conflict"
	EINTERNAL       = "internal"
	EINVALID        = "invalid"
	ENOTFOUND       = "not_found"
	ENOTIMPLEMENTED = "not_implemented"
)

// Error is the application error: a code a machine can branch on and a
// message a person can read. Anything else that reaches a caller is
// treated as EINTERNAL.
type Error struct {
	Code    string
	Message string
}

func (e *Error) Error() string { return e.Message }

// Errorf returns an *Error with the given code and formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first application error in err's
// chain, EINTERNAL for any other error and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	var v *ValidationError
	if errors.As(err, &v) {
		return EINVALID
	}
	return EINTERNAL
}

// ErrorMessage returns the human-readable message of err; internal
// errors keep their text too, since the CLI user is also the operator.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// FieldError is one problem with one field of a claim.
type FieldError struct {
	Field  string
	Reason string
}

func (e FieldError) Error() string { return e.Field + ": " + e.Reason }

// ValidationError carries every problem found in one claim, so that a
// user fixes a row once rather than once per field.
type ValidationError struct {
	Problems []FieldError
}

func (e *ValidationError) Error() string {
	parts := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		parts[i] = p.Error()
	}
	return strings.Join(parts, "; ")
}

// LineError places an error at a line of a named input file, the form
// cli.md asks for: "file:line: field: reason".
type LineError struct {
	File string
	Line int
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }
func (e *LineError) Unwrap() error { return e.Err }

// LineErrors is every bad row of one input; an import that meets any
// stores nothing.
type LineErrors []*LineError

func (l LineErrors) Error() string {
	parts := make([]string, len(l))
	for i, e := range l {
		parts[i] = e.Error()
	}
	return strings.Join(parts, "\n")
}

// Unwrap lets errors.As find the application code of the rows.
func (l LineErrors) Unwrap() []error {
	out := make([]error, len(l))
	for i, e := range l {
		out[i] = e
	}
	return out
}
