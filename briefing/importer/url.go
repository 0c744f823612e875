package importer

import (
	nurl "net/url"
	"sort"
	"strings"
)

// trackingParams are query parameters that identify a campaign or a click,
// not the page; CanonicalURL drops them (names compared lower-cased; any
// "utm_" prefix also matches).
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "gclsrc": true, "dclid": true, "msclkid": true,
	"yclid": true, "twclid": true, "ttclid": true, "li_fat_id": true, "igshid": true,
	"mc_cid": true, "mc_eid": true, "_ga": true, "_gl": true, "_hsenc": true,
	"_hsmi": true, "mkt_tok": true, "oly_anon_id": true, "oly_enc_id": true,
	"vero_id": true, "wickedid": true, "s_cid": true, "ncid": true, "cmpid": true,
	"ocid": true, "smid": true, "at_medium": true, "at_campaign": true,
}

// CanonicalURL returns raw in a stable form for duplicate detection: scheme
// and host lower-cased; user:password@ credentials, default ports and the
// fragment dropped; utm_* and other click-tracking parameters removed; the
// remaining query sorted by key (values of one key keep their order); an
// empty path written as "/". Input
// that is not an absolute URL comes back trimmed but otherwise unchanged.
func CanonicalURL(raw string) string {
	raw = strings.TrimSpace(raw)
	u, err := nurl.Parse(raw)
	if err != nil || u.Scheme == "" || u.Host == "" {
		return raw
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.User = nil // credentials are no part of the page's identity, and must not be stored or exported
	u.Host = strings.ToLower(u.Host)
	if p := u.Port(); (u.Scheme == "http" && p == "80") || (u.Scheme == "https" && p == "443") {
		u.Host = strings.TrimSuffix(u.Host, ":"+p)
	}
	u.Host = strings.TrimSuffix(u.Host, ".")
	u.Fragment, u.RawFragment = "", ""
	if u.Path == "" && (u.Scheme == "http" || u.Scheme == "https") {
		u.Path, u.RawPath = "/", ""
	}
	u.RawQuery = canonicalQuery(u.RawQuery)
	u.ForceQuery = false
	return u.String()
}

// canonicalQuery drops tracking parameters and sorts the rest by key,
// stably, without re-encoding values that were already encoded.
func canonicalQuery(q string) string {
	if q == "" {
		return ""
	}
	var kept []string
	for _, part := range strings.FieldsFunc(q, func(r rune) bool { return r == '&' || r == ';' }) {
		key, _, _ := strings.Cut(part, "=")
		k, err := nurl.QueryUnescape(key)
		if err != nil {
			k = key
		}
		k = strings.ToLower(k)
		if strings.HasPrefix(k, "utm_") || trackingParams[k] {
			continue
		}
		kept = append(kept, part)
	}
	sort.SliceStable(kept, func(i, j int) bool {
		ki, _, _ := strings.Cut(kept[i], "=")
		kj, _, _ := strings.Cut(kept[j], "=")
		return ki < kj
	})
	return strings.Join(kept, "&")
}
