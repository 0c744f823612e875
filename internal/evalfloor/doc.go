// Package evalfloor keeps the drafting assistant from getting worse
// unnoticed: when the shared research data sets are beside the repository
// (../shared/eval), its test scores the dev files with their own scorers
// and fails below a floor set just under the figures measured when it
// landed. Without the data (or python3) it skips; nothing of the data is
// kept. It holds no code of its own.
package evalfloor
