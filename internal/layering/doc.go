// Package layering holds no code: its test keeps the one-way arrows between
// Briefdesk's packages (see layering_test.go).
package layering
