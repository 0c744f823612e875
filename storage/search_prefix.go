package storage

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// maxPrefixWords is how many indexed words a prefix term may stand for and
// still be searched as those words (see expandPrefixes).
const maxPrefixWords = 32

// expandPrefixes replaces each prefix term of MatchQuery's output made only
// of ASCII letters and digits ("negot"*) with the indexed words it stands
// for, ("negot" OR "negotiate" OR …), found by a range scan of the
// index's vocabulary. FTS5 answers a prefix term by merging the doclists of
// all those words over the whole archive before it returns a row — several
// milliseconds at 100,000 articles, paid again by bm25 and by every snippet
// — while an OR of words is read lazily, newest first, and can skip to a
// rowid. A term standing for no word, or for more than maxPrefixWords, is
// left alone.
func expandPrefixes(ctx context.Context, r runner, match string) (string, error) {
	if !strings.Contains(match, `"*`) {
		return match, nil
	}
	// Tokens: phrases, operators and expanded groups, in order. FTS5 reads
	// two phrases side by side as AND, but not a parenthesised group beside
	// anything: there the AND is written out (same precedence).
	var toks []string
	group := map[int]bool{}
	for rest := strings.TrimSpace(match); rest != ""; rest = strings.TrimLeft(rest, " ") {
		if rest[0] != '"' { // an operator
			op, after, _ := strings.Cut(rest, " ")
			toks = append(toks, op)
			rest = after
			continue
		}
		j := strings.IndexByte(rest[1:], '"')
		if j < 0 { // not MatchQuery's output
			return match, nil
		}
		term := rest[1 : 1+j]
		rest = rest[j+2:]
		if !strings.HasPrefix(rest, "*") {
			toks = append(toks, `"`+term+`"`)
			continue
		}
		rest = rest[1:]
		words, err := prefixWords(ctx, r, term)
		if err != nil {
			return "", err
		}
		if len(words) == 0 || len(words) > maxPrefixWords {
			toks = append(toks, `"`+term+`"*`)
			continue
		}
		group[len(toks)] = true
		toks = append(toks, `("`+strings.Join(words, `" OR "`)+`")`)
	}
	isOp := func(t string) bool { return t == "AND" || t == "OR" || t == "NOT" || t == "(" || t == ")" }
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			if (group[i] || group[i-1]) && !isOp(t) && !isOp(toks[i-1]) {
				b.WriteString(" AND")
			}
			b.WriteString(" ")
		}
		b.WriteString(t)
	}
	return b.String(), nil
}

// prefixWords returns up to maxPrefixWords+1 indexed words starting with
// term, or nil when term is not a single word of ASCII letters and digits
// (whose case folding the tokenizer and Go agree on byte for byte).
func prefixWords(ctx context.Context, r runner, term string) ([]string, error) {
	if term == "" {
		return nil, nil
	}
	for i := 0; i < len(term); i++ {
		c := term[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return nil, nil
		}
	}
	lo := strings.ToLower(term)
	hi := lo[:len(lo)-1] + string(lo[len(lo)-1]+1)
	rows, err := r.query(ctx, `SELECT term FROM articles_vocab WHERE term >= :lo AND term < :hi LIMIT :n`,
		sql.Named("lo", lo), sql.Named("hi", hi), sql.Named("n", maxPrefixWords+1))
	if err != nil {
		return nil, fmt.Errorf("prefix %s*: %w", term, err)
	}
	defer rows.Close()
	var words []string
	for rows.Next() {
		var w string
		if err := rows.Scan(&w); err != nil {
			return nil, err
		}
		if strings.ContainsRune(w, '"') { // cannot be, but would break the expression
			return nil, nil
		}
		words = append(words, w)
	}
	return words, rows.Err()
}
