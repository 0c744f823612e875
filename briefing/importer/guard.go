package importer

import (
	"context"
	"fmt"
	"net"
	"net/http"
	nurl "net/url"
	"sync"
	"syscall"
	"time"
)

// Addresses a download may reach. A page the user names is fetched
// wherever it is (an intranet server is a fine source), but the addresses
// that a feed entry or a redirect leads to are the feed's or the page's,
// not the user's: loopback, private, link-local and unspecified addresses
// are refused there unless they are the very host and port the user typed
// (a feed on an intranet server still fetches its own pages). A feed read
// from a file names no server: each entry's page counts as typed, as the
// user chose the file (its redirects are still guarded).

// originKey carries, in a download's context, the URL the user typed.
type originKey struct{}

// typedOrigin is the URL the user typed and, once looked up, its addresses:
// a feed's entries share one lookup however many pages they fetch.
type typedOrigin struct {
	url   string
	once  sync.Once
	addrs map[string]bool
}

func (o *typedOrigin) addresses(ctx context.Context) map[string]bool {
	o.once.Do(func() { o.addrs = typedAddresses(ctx, o.url) })
	return o.addrs
}

// withOrigin records in ctx the URL the user typed, unless one is recorded.
func withOrigin(ctx context.Context, typed string) context.Context {
	if _, ok := ctx.Value(originKey{}).(*typedOrigin); ok {
		return ctx
	}
	return context.WithValue(ctx, originKey{}, &typedOrigin{url: typed})
}

// allowedAddresses returns the local addresses a download in ctx may reach:
// those of the URL the user typed, or of target when ctx records none.
func allowedAddresses(ctx context.Context, target string) map[string]bool {
	if o, ok := ctx.Value(originKey{}).(*typedOrigin); ok {
		return o.addresses(ctx)
	}
	return typedAddresses(ctx, target)
}

// localAddress reports whether ip is one no outside page may send us to.
func localAddress(ip net.IP) bool {
	return ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsInterfaceLocalMulticast() || ip.IsUnspecified()
}

// typedAddresses returns the "ip:port" addresses of the URL the user typed.
func typedAddresses(ctx context.Context, typed string) map[string]bool {
	out := map[string]bool{}
	u, err := nurl.Parse(typed)
	if err != nil || u.Hostname() == "" {
		return out
	}
	port := u.Port()
	if port == "" {
		port = map[string]string{"http": "80", "https": "443"}[u.Scheme]
	}
	host := u.Hostname()
	if ip := net.ParseIP(host); ip != nil {
		out[net.JoinHostPort(ip.String(), port)] = true
		return out
	}
	addrs, err := net.DefaultResolver.LookupIPAddr(ctx, host)
	if err != nil {
		return out // the download fails on its own
	}
	for _, a := range addrs {
		out[net.JoinHostPort(a.IP.String(), port)] = true
	}
	return out
}

// guarded returns a transport that refuses to connect to a local address
// other than the typed URL's, and whether it is a new one the caller must
// close (CloseIdleConnections) when its download is done. A caller's own
// RoundTripper that is no *http.Transport is used as it is: it decides
// where it connects.
func guarded(rt http.RoundTripper, allowed map[string]bool) (http.RoundTripper, *http.Transport) {
	var t *http.Transport
	switch v := rt.(type) {
	case nil:
		t = http.DefaultTransport.(*http.Transport).Clone()
	case *http.Transport:
		t = v.Clone()
	default:
		return rt, nil
	}
	d := &net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second,
		Control: func(_, address string, _ syscall.RawConn) error {
			host, _, err := net.SplitHostPort(address)
			if err != nil {
				return err
			}
			if ip := net.ParseIP(host); ip != nil && localAddress(ip) && !allowed[address] {
				return fmt.Errorf("refused: %s is a local or private address the typed URL did not name", address)
			}
			return nil
		}}
	t.DialContext = d.DialContext
	return t, t
}
