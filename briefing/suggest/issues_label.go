package suggest

import (
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/internal/lazy"
)

// issueEnd are the words an issue label cannot end on: function words,
// auxiliaries and modals ("Nuclear missiles capable of", "Taxpayer dollars
// will"); the label is cut back to the word before them.
var issueEnd = lazy.Of(wordSet, "issue-end")

// issueCut are the words at which a label stops being a noun phrase: a
// pronoun or an auxiliary starts a clause ("Creative pursuits they would").
var issueCut = lazy.Of(wordSet, "issue-cut")

// issueStart are the words an issue label cannot open with: a clause word
// or a pronoun that needs what it points back to ("Whom admitted", "That
// offer", "His decision").
var issueStart = lazy.Of(wordSet, "issue-start")

// timeWord are the months: a label that opens with one is a date.
var timeWord = lazy.Of(wordSet, "time-words")

// issueNounIng are words in -ing that name an issue on their own.
var issueNounIng = lazy.Of(wordSet, "issue-nouns-ing")

// clauseVerb reports whether word i of a label is the verb of a clause
// rather than part of the noun phrase: a past or present participle after
// a capitalised name or a plural noun ("California announced", "Judicial
// Performance demanding", "The IRS's investigations challenging").
func clauseVerb(fs []string, i int) bool {
	w := bare(fs[i])
	if !(irregularPast()[w] || (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) && len(w) >= 5) || issueNounIng()[w] {
		return false
	}
	prev := strings.Trim(fs[i-1], ",.;:")
	if prev == "" || issueEnd()[bare(prev)] {
		return false // "the disputed border", "of breaking into"
	}
	r := []rune(prev)
	return unicode.IsUpper(r[0]) && i > 0 || strings.HasSuffix(prev, "s") || strings.HasSuffix(prev, "’s") || strings.HasSuffix(prev, "'s")
}

// completeIssue returns l as a complete noun phrase, capitalised, or ""
// when it is none: cut at a clause word, trailing function words dropped,
// never opening with a pronoun or a clause word, never ending on an
// adverb, no unbalanced quotation marks or brackets.
func completeIssue(l string) string {
	if i := strings.IndexAny(l, "—–"); i >= 0 {
		l = l[:i]
	}
	fs := strings.Fields(strings.TrimSpace(l))
	for i, f := range fs {
		if i > 0 && issueCut()[bare(f)] || bare(f) == "by" && i > 0 {
			fs = fs[:i] // "Breaking the rules by urging ...": the means is not the issue
			break
		}
		if w := bare(f); i > 1 && strings.HasSuffix(w, "ing") && i+1 < len(fs) && bare(fs[i+1]) == "to" && !issueNounIng()[w] {
			fs = fs[:i] // "incompetence in her work trying to …": a participle with its infinitive opens a clause
			break
		}
		if i > 0 && clauseVerb(fs, i) {
			fs = fs[:i]
			if allNames(fs) {
				return "" // "Parliament announced": the subject of a clause, not an issue
			}
			break
		}
	}
	for len(fs) > 0 && (issueEnd()[bare(fs[len(fs)-1])] || strings.HasSuffix(bare(fs[len(fs)-1]), "ly")) {
		fs = fs[:len(fs)-1]
	}
	if len(fs) == 0 || len(fs) > 10 || issueStart()[bare(fs[0])] {
		return ""
	}
	if a := bare(fs[0]); (a == "the" || a == "a" || a == "an") && (len(fs) == 1 || issueStart()[bare(fs[1])]) {
		return "" // "The latest companies"
	}
	for _, f := range fs {
		if strings.ContainsAny(f, "\"“”()[]") || (strings.HasSuffix(f, "'s") || strings.HasSuffix(f, "’s")) && f == fs[len(fs)-1] {
			return ""
		}
	}
	if len(fs) == 1 && (len(bare(fs[0])) < 5 || verbWord(fs[0]) || strings.HasSuffix(bare(fs[0]), "ed") ||
		strings.HasSuffix(bare(fs[0]), "ing") && !issueNounIng()[bare(fs[0])]) {
		return "" // "Adopting", "Behaving": one word that names no issue
	}
	if timeWord()[bare(fs[0])] || unicode.IsDigit([]rune(fs[0])[0]) {
		return "" // "July 14": a date, not an issue
	}
	return capitalize(strings.Join(fs, " "))
}

// trimPhrase cuts a phrase at the first clause boundary, keeping up to 6
// words.
func trimPhrase(s string) string {
	if i := strings.IndexAny(s, ",.;:\"“”()"); i >= 0 {
		s = s[:i]
	}
	fs := strings.Fields(s)
	for i, f := range fs {
		if i > 0 && (stopAfter()[strings.ToLower(f)]) {
			fs = fs[:i]
			break
		}
	}
	return strings.Join(upTo(fs, 6), " ")
}

// upTo keeps the first n words of fs; when it must cut, it keeps the first
// of two coordinated phrases whole ("name-calling and of being a liar
// abroad" is "name-calling") rather than cut the second one mid-phrase.
func upTo(fs []string, n int) []string {
	if len(fs) <= n {
		return fs
	}
	for i := n - 1; i > 0; i-- {
		if w := strings.ToLower(fs[i]); w == "and" || w == "or" {
			return fs[:i]
		}
	}
	if j, ok := wholePhrase(fs, n); ok {
		return fs[:j] // "hacking into the Oldan Reserve computer servers"
	}
	return fs[:n]
}

var stopAfter = lazy.Of(wordSet, "stop-after")

func capitalize(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = []rune(strings.ToUpper(string(r[0])))[0]
	return string(r)
}

// allNames reports whether every word of fs is capitalised.
func allNames(fs []string) bool {
	for _, f := range fs {
		if r := []rune(f); len(r) == 0 || !unicode.IsUpper(r[0]) {
			return false
		}
	}
	return true
}
