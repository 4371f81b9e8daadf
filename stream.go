package attrition

import (
	"context"
	"iter"
)

// ClaimStreamAdder is a store that can take an import as it is read, a
// batch at a time, instead of as one slice: a large file is then parsed
// while the previous batches are being written, and never held whole in
// memory. The contract is AddClaims's: one transaction, all or nothing,
// every invalid claim reported by its index in the stream. When the
// sequence yields an error the store stores nothing and returns that
// error (possibly wrapped); a store stops pulling batches as soon as it
// fails itself.
type ClaimStreamAdder interface {
	AddClaimStream(ctx context.Context, batches iter.Seq2[[]Claim, error]) (AddResult, error)
}
