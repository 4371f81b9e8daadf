package attrition

import "context"

type importFilesKey struct{}

// WithImportFiles returns a context telling a ClaimStore which inputs the
// claims of the next AddClaims came from, so the import it records can
// name them. AddClaims keeps its narrow signature; provenance rides along.
func WithImportFiles(ctx context.Context, files []string) context.Context {
	return context.WithValue(ctx, importFilesKey{}, append([]string(nil), files...))
}

// ImportFiles returns the inputs set by WithImportFiles, or nil.
func ImportFiles(ctx context.Context) []string {
	f, _ := ctx.Value(importFilesKey{}).([]string)
	return f
}
