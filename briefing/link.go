package briefing

import (
	"net/url"
	"strings"
)

// LinkableURL reports whether u may become a clickable link in an export:
// an absolute http or https URL with a host. Anything else (javascript:,
// file:, data:, a relative path) is shown as text only, in every format.
func LinkableURL(u string) bool {
	u = strings.TrimSpace(u)
	p, err := url.Parse(u)
	if err != nil || p.Host == "" || p.Opaque != "" {
		return false
	}
	s := strings.ToLower(p.Scheme)
	if s != "http" && s != "https" {
		return false
	}
	for _, r := range u {
		if r < 0x20 || r == 0x7f || r == ' ' {
			return false
		}
	}
	return true
}
