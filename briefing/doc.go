// Package briefing is the domain of Briefdesk: articles in the archive, briefs
// with their four sections and numbered sources, and the provenance that ties
// every suggested sentence back to the article it came from.
//
// It is a leaf: plain structs and pure functions. It never imports ui or
// storage; its sub-packages (importer, suggest, layout, pdf, export) build on it.
package briefing
