// Package corpuscheck guards the hand-written gold corpus of the
// extractor (extract/testdata/corpus): every passage and gold claim must
// follow the claim contract and the corpus's own coding rules, so that
// scores from `attrition eval` measure the extractor rather than typos in
// the gold. The package has no code of its own; its tests are the check.
package corpuscheck
