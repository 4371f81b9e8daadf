// Package attrition holds the vocabulary of the attrition system: the
// claim (one figure one source published about one side's losses), its
// document, the category arithmetic, the actor, source and conflict
// registries, the application error type, and the small service
// interfaces that the storage, extraction, estimation and reporting
// packages implement or read through.
//
// The package depends on no technology: SQL lives in sqlite/ and
// postgres/, HTTP in httpapi/, the command line in cmd/attrition.
package attrition
