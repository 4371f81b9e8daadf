package sqlite

import (
	"context"
	"encoding/json"
	"fmt"
	"time"
)

// Import is one recorded AddClaims run: when, from which inputs, and what
// it did.
type Import struct {
	ID                   int64
	Started              time.Time
	Files                []string
	Read, Added, Present int
}

// Imports lists the recorded imports, oldest first.
func (db *DB) Imports(ctx context.Context) ([]Import, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT id, started, files, read, added, present FROM imports ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: imports: %w", err)
	}
	defer rows.Close()
	var out []Import
	for rows.Next() {
		var im Import
		var started, files string
		if err := rows.Scan(&im.ID, &started, &files, &im.Read, &im.Added, &im.Present); err != nil {
			return nil, fmt.Errorf("sqlite: imports: %w", err)
		}
		im.Started, _ = time.Parse(time.RFC3339, started)
		if files != "" {
			if err := json.Unmarshal([]byte(files), &im.Files); err != nil {
				return nil, fmt.Errorf("sqlite: import %d: files: %w", im.ID, err)
			}
		}
		out = append(out, im)
	}
	return out, rows.Err()
}
