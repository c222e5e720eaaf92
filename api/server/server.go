// Package server is the HTTP face of GreenCheck: routes, middleware (CORS,
// body limits, auth → viewer, language, logging, recovery) and the SPA.
package server

import (
	"context"
	"encoding/json"
	"errors"
	"io/fs"
	"log/slog"
	"mime"
	"net/http"
	"net/netip"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"entgo.io/ent/privacy"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/klauspost/compress/gzhttp"
	"github.com/rs/cors"

	"greencheck/api/apperr"
	"greencheck/api/auth"
	"greencheck/api/authz"
	"greencheck/api/db"
	"greencheck/api/partner"
	"greencheck/api/viewer"
	"greencheck/ent"
	"greencheck/graph"
)

// Options configure the HTTP server.
type Options struct {
	CORSOrigins  []string // full origins, e.g. http://localhost:5173
	MaxBodyBytes int64    // JSON requests
	MaxCost      int      // GraphQL query cost
	StaticDir    string   // the built SPA (frontend/dist); optional
	Ready        func(ctx context.Context) error
	// RequestTimeout bounds a GraphQL request (default 10 s); ImportTimeout
	// a multipart one (uploads and workbook imports, default 60 s);
	// ExportTimeout a download of an export (default 60 s).
	RequestTimeout, ImportTimeout, ExportTimeout time.Duration
	// TrustedProxies are the reverse proxies whose X-Forwarded-For names
	// the client (its address keys the sign-in throttle); none by default:
	// the client is the peer of the connection.
	TrustedProxies []netip.Prefix
	// Executed answers every query through gqlgen's execution, never the
	// direct path (graph/direct): the tests' reference.
	Executed bool
}

// New returns the platform's HTTP handler.
func New(res *graph.Resolver, authn *auth.Service, o Options) http.Handler {
	if o.MaxBodyBytes == 0 {
		o.MaxBodyBytes = 1 << 20
	}
	if o.MaxCost == 0 {
		o.MaxCost = graph.DefaultMaxCost
	}
	if o.RequestTimeout == 0 {
		o.RequestTimeout = graph.DefaultBudget
	}
	if o.ImportTimeout == 0 {
		o.ImportTimeout = 60 * time.Second
	}
	if o.ExportTimeout == 0 {
		o.ExportTimeout = 60 * time.Second
	}
	ws := wsAuth{authn: authn, partners: res.Partners, open: &socketCounts{}}
	gql := graph.NewServer(res, graph.ServerOptions{
		MaxCost:        o.MaxCost,
		OriginPatterns: originHosts(o.CORSOrigins),
		WebsocketInit:  ws.init,
		WrapWebsocket: func(i transport.WebsocketImplementation) transport.WebsocketImplementation {
			return wsImplementation{i}
		},
		MaxUploadSize:  maxUpload,
		RequestTimeout: o.RequestTimeout,
		Executed:       o.Executed,
	})
	gql.AroundOperations(ws.aroundOperations)
	gql.Use(graph.PasswordGate{}) // after the socket's viewer is known

	mux := http.NewServeMux()
	mux.Handle("/query", withSocket(gateQuery(withBudget(o.RequestTimeout, o.ImportTimeout,
		limitBody(o.MaxBodyBytes, withViewer(authn, res.Partners, uploadsNeedRight(res.Client, checkUploadNames(maxUpload, o.MaxBodyBytes, gql))))))))
	mux.Handle("GET /exports/templates/registry.xlsx", withBudget(o.ExportTimeout, o.ExportTimeout, withViewer(authn, res.Partners, registryTemplate(res.Client))))
	mux.Handle("GET /exports/jobs/{id}", withBudget(o.ExportTimeout, o.ExportTimeout, withViewer(authn, res.Partners, downloadExport(res.Exports))))
	mux.Handle("GET /exports/ledger.xlsx", withBudget(o.ExportTimeout, o.ExportTimeout, withViewer(authn, res.Partners, exportLedger(res.Client))))
	mux.Handle("GET /exports/checklist/{id}", withBudget(o.ExportTimeout, o.ExportTimeout, withViewer(authn, res.Partners, exportChecklist(res.Client, res.Checklists))))
	// Any other path under /exports is not a page of the SPA.
	mux.Handle("/exports/", getOnly(http.HandlerFunc(notFound)))
	mux.Handle("GET /files/{id}", withViewer(authn, res.Partners, serveFile(res.Client, res.Files, authn)))
	mux.Handle("GET /graphiql", graphiql())
	mux.Handle("GET /graphiql/", graphiql())
	mux.Handle("/healthz", getOnly(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})))
	mux.Handle("/readyz", getOnly(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		if o.Ready != nil {
			if err := o.Ready(ctx); err != nil {
				slog.Warn("not ready", "err", err)
				writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "database unreachable"})
				return
			}
		}
		writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
	})))
	app := getOnly(spa(o.StaticDir))
	mux.Handle("/", app)
	// The SPA's exports page; the paths under it are the server's (above).
	mux.Handle("/exports", app)

	// No CORS_ORIGINS: same-origin only (rs/cors would read an empty list
	// as "any origin").
	allowOrigin := func(*http.Request, string) (bool, []string) { return false, nil }
	if len(o.CORSOrigins) > 0 {
		allowOrigin = nil
	}
	c := cors.New(cors.Options{
		AllowedOrigins:             o.CORSOrigins,
		AllowOriginVaryRequestFunc: allowOrigin,
		AllowedMethods:             []string{http.MethodGet, http.MethodPost, http.MethodOptions},
		AllowedHeaders:             []string{"Authorization", "Content-Type", "Accept-Language", "Idempotency-Key", "X-API-Key"},
		ExposedHeaders:             []string{"Retry-After"},
		AllowCredentials:           false,
		MaxAge:                     600,
	})
	return recoverer(logRequests(compressed(withLanguage(withClientAddr(o.TrustedProxies, c.Handler(mux))))))
}

// compressed gzips responses of 1 KB or more to clients that accept it
// (GraphQL answers, exports' JSON errors; klauspost's gzhttp) — not the
// SPA's files, which are served pre-compressed (Content-Encoding set), and
// not WebSocket upgrades.
func compressed(next http.Handler) http.Handler {
	// Workbooks are zip files and photos compressed already: sent as they are.
	wrap, err := gzhttp.NewWrapper(gzhttp.ContentTypeFilter(func(ct string) bool {
		return gzhttp.DefaultContentTypeFilter(ct) && !strings.Contains(ct, "openxmlformats") && !strings.HasPrefix(ct, "image/")
	}))
	if err != nil {
		panic(err) // the options are constant
	}
	gz := wrap(next)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Upgrade") != "" {
			next.ServeHTTP(w, r)
			return
		}
		gz.ServeHTTP(w, r)
	})
}

// withClientAddr puts the client's address in the request's context.
func withClientAddr(trusted []netip.Prefix, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r.WithContext(auth.WithClientAddr(r.Context(), clientAddr(r, trusted))))
	})
}

// clientAddr is the peer of the connection, or, when the peer is a trusted
// proxy, the last address in X-Forwarded-For that is not one: entries to
// its left were written by the client and prove nothing.
func clientAddr(r *http.Request, trusted []netip.Prefix) string {
	a, ok := parseHop(r.RemoteAddr)
	if !ok {
		return r.RemoteAddr
	}
	isTrusted := func(a netip.Addr) bool {
		for _, p := range trusted {
			if p.Contains(a) {
				return true
			}
		}
		return false
	}
	if !isTrusted(a) {
		return a.String()
	}
	var hops []string
	for _, h := range r.Header.Values("X-Forwarded-For") {
		hops = append(hops, strings.Split(h, ",")...)
	}
	for i := len(hops) - 1; i >= 0; i-- {
		h, ok := parseHop(hops[i])
		if !ok {
			break // a malformed hop: the last trusted one is all we know
		}
		a = h
		if !isTrusted(a) {
			break
		}
	}
	return a.String()
}

// parseHop reads an address with or without a port.
func parseHop(s string) (netip.Addr, bool) {
	s = strings.TrimSpace(s)
	if ap, err := netip.ParseAddrPort(s); err == nil {
		return ap.Addr().Unmap(), true
	}
	a, err := netip.ParseAddr(s)
	return a.Unmap(), err == nil
}

// maxUpload bounds a multipart request: nine files of 10 MB and the form.
const maxUpload = 9*(10<<20) + 1<<20

// originHosts turns CORS origins into the host patterns coder/websocket checks.
func originHosts(origins []string) []string {
	var hosts []string
	for _, o := range origins {
		if u, err := url.Parse(o); err == nil && u.Host != "" {
			hosts = append(hosts, u.Host)
		}
	}
	return hosts
}

func withLanguage(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		lang := apperr.ParseAcceptLanguage(r.Header.Get("Accept-Language"))
		next.ServeHTTP(w, r.WithContext(apperr.WithLang(r.Context(), lang)))
	})
}

// withViewer authenticates a Bearer token: a user's access token, or a
// partner's key (gck_…, also accepted as X-API-Key), which opens /query
// only. No token is an anonymous caller (who can only log in); a bad token
// is refused with 401 so the client refreshes or signs in again.
func withViewer(authn *auth.Service, partners *partner.Service, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := r.Header.Get("Authorization")
		if h == "" {
			if key := strings.TrimSpace(r.Header.Get("X-API-Key")); key != "" {
				if !partner.IsSecret(key) { // only a key goes there
					unauthenticated(w, r, apperr.New(apperr.Unauthenticated, "partner.key_invalid"))
					return
				}
				h = "Bearer " + key
			} else {
				next.ServeHTTP(w, r)
				return
			}
		}
		scheme, token, ok := strings.Cut(h, " ")
		if !ok || !strings.EqualFold(scheme, "Bearer") { // schemes are case-insensitive (RFC 9110)
			unauthenticated(w, r, apperr.New(apperr.Unauthenticated, "auth.header_invalid"))
			return
		}
		token = strings.TrimSpace(token)
		if partner.IsSecret(token) {
			v, k, err := partners.Authenticate(r.Context(), token)
			if err != nil {
				unauthenticated(w, r, err)
				return
			}
			if r.URL.Path != "/query" {
				fail(w, r, apperr.New(apperr.Forbidden, "partner.query_only"), http.StatusForbidden)
				return
			}
			next.ServeHTTP(w, r.WithContext(partner.WithKey(viewer.NewContext(r.Context(), v), k)))
			return
		}
		v, err := authn.ViewerFromToken(r.Context(), token)
		if err != nil {
			unauthenticated(w, r, err)
			return
		}
		// A password an administrator chose opens nothing but the GraphQL
		// operations that change it (graph.PasswordGate): no file, no export.
		if v.MustChangePassword && r.URL.Path != "/query" {
			fail(w, r, apperr.New(apperr.Forbidden, "auth.password_change_required"), http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r.WithContext(viewer.NewContext(r.Context(), v)))
	})
}

func unauthenticated(w http.ResponseWriter, r *http.Request, err error) {
	fail(w, r, err, http.StatusUnauthorized)
}

// fail answers a request that failed outside GraphQL (sign-in, exports,
// files): a coded error with status, an unreachable database UNAVAILABLE
// (503 with Retry-After), a passed deadline TIMEOUT, anything else
// INTERNAL (500, logged) — never the cause's own text.
func fail(w http.ResponseWriter, r *http.Request, err error, status int) {
	e, ok := apperr.As(err)
	switch {
	case ok:
	case errors.Is(err, privacy.Deny): // a capability the viewer lacks
		e, status = apperr.New(apperr.Forbidden, string(apperr.Forbidden)), http.StatusForbidden
	case db.Unavailable(err):
		e, status = apperr.New(apperr.Unavailable, string(apperr.Unavailable), graph.RetryAfterSeconds), http.StatusServiceUnavailable
		w.Header().Set("Retry-After", strconv.Itoa(graph.RetryAfterSeconds))
	case db.TimedOut(err) || r.Context().Err() != nil:
		e, status = apperr.New(apperr.Timeout, string(apperr.Timeout), graph.BudgetSeconds(r.Context())), http.StatusServiceUnavailable
	default:
		slog.ErrorContext(r.Context(), "request failed", "path", r.URL.Path, "err", err)
		e, status = apperr.New(apperr.Internal, string(apperr.Internal)), http.StatusInternalServerError
	}
	writeError(w, r, status, e)
}

// withBudget gives a request its deadline (graph.WithBudget): timeout for
// JSON, upload for multipart bodies. WebSockets live longer.
func withBudget(timeout, upload time.Duration, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Upgrade") != "" {
			next.ServeHTTP(w, r)
			return
		}
		d := timeout
		if isMultipart(r) {
			d = upload
		}
		ctx, cancel := graph.WithBudget(r.Context(), d)
		defer cancel()
		// The body too must arrive within the budget (a body sent a byte
		// at a time would hold the request open past it).
		_ = http.NewResponseController(w).SetReadDeadline(time.Now().Add(d))
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// isMultipart reports a multipart body, however its type is written.
func isMultipart(r *http.Request) bool {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	return err == nil && strings.HasPrefix(mt, "multipart/")
}

// gateQuery refuses, with a code, what no GraphQL transport serves: other
// methods (405), other content types (415).
func gateQuery(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if u := r.Header.Get("Upgrade"); u != "" && !strings.EqualFold(u, "websocket") {
			r.Header.Del("Upgrade") // an upgrade to something else: serve it as a plain request
		}
		switch r.Method {
		case http.MethodGet, http.MethodOptions:
			next.ServeHTTP(w, r)
			return
		case http.MethodPost:
		default:
			w.Header().Set("Allow", "GET, POST, OPTIONS")
			writeError(w, r, http.StatusMethodNotAllowed, apperr.New(apperr.BadRequest, "request.method", r.Method))
			return
		}
		mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
		if err != nil || (mt != "application/json" && mt != "multipart/form-data") {
			ct := r.Header.Get("Content-Type")
			if ct == "" {
				ct = "-"
			}
			writeError(w, r, http.StatusUnsupportedMediaType, apperr.New(apperr.BadRequest, "request.content_type", ct))
			return
		}
		next.ServeHTTP(w, r)
	})
}

// uploadsNeedRight refuses a multipart request before reading its body
// unless the caller is signed in (401) and may attach files somewhere
// (authz.Upload, the data layer's verdict; 403 for read-only roles).
func uploadsNeedRight(client *ent.Client, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !isMultipart(r) {
			next.ServeHTTP(w, r)
			return
		}
		if viewer.FromContext(r.Context()) == nil {
			writeError(w, r, http.StatusUnauthorized, apperr.New(apperr.Unauthenticated, "request.upload_anonymous"))
			return
		}
		ok, err := authz.Has(r.Context(), client, authz.Upload)
		if err != nil {
			unauthenticated(w, r, err) // the database is away or the deadline passed
			return
		}
		if !ok {
			writeError(w, r, http.StatusForbidden, apperr.New(apperr.Forbidden, "request.upload_forbidden"))
			return
		}
		next.ServeHTTP(w, r)
	})
}

// limitBody refuses request bodies over max bytes (multipart uploads have
// their own, larger limit in the GraphQL transport).
func limitBody(max int64, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if isMultipart(r) {
			next.ServeHTTP(w, r)
			return
		}
		if r.ContentLength > max {
			writeError(w, r, http.StatusRequestEntityTooLarge, apperr.New(apperr.BadRequest, "request.body_too_large", max/1024))
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, max)
		next.ServeHTTP(w, r)
	})
}

// notFound answers 404 NOT_FOUND in the caller's language: an unknown id,
// a malformed one, or a row the viewer may not see, alike.
func notFound(w http.ResponseWriter, r *http.Request) {
	writeError(w, r, http.StatusNotFound, apperr.New(apperr.NotFound, string(apperr.NotFound)))
}

// writeError answers with a GraphQL-shaped error in the caller's language.
func writeError(w http.ResponseWriter, r *http.Request, status int, e *apperr.Error) {
	ext := map[string]any{"code": e.Code}
	if e.Field != "" {
		ext["field"] = e.Field
	}
	writeJSON(w, status, map[string]any{"errors": []map[string]any{{
		"message": e.Message(apperr.Lang(r.Context())), "extensions": ext,
	}}})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (s *statusWriter) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}

// Unwrap lets http.ResponseController and WebSocket hijacking reach the
// underlying writer.
func (s *statusWriter) Unwrap() http.ResponseWriter { return s.ResponseWriter }

func logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(sw, r)
		if r.URL.Path == "/healthz" || r.URL.Path == "/readyz" {
			return
		}
		slog.Debug("request", "method", r.Method, "path", r.URL.Path, "status", sw.status,
			"ms", time.Since(start).Milliseconds())
	})
}

func recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if p := recover(); p != nil {
				if p == http.ErrAbortHandler {
					panic(p)
				}
				slog.ErrorContext(r.Context(), "panic", "panic", p, "path", r.URL.Path)
				writeError(w, r, http.StatusInternalServerError, apperr.New(apperr.Internal, string(apperr.Internal)))
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// spa serves the built single-page app: files as they are (hashed assets
// cached for a year), any other path falls back to index.html (not cached)
// so deep links work.
func spa(dir string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if dir == "" {
			noSPA(w)
			return
		}
		root := os.DirFS(dir)
		name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
		if name != "" {
			if st, err := fs.Stat(root, name); err == nil && !st.IsDir() {
				if strings.HasPrefix(name, "assets/") {
					w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
				} else {
					// sw.js and the like: always checked (a new service worker takes over at once).
					w.Header().Set("Cache-Control", "no-cache")
				}
				serveSPAFile(w, r, root, name)
				return
			}
			if strings.HasPrefix(name, "assets/") || filepath.Ext(name) != "" {
				http.NotFound(w, r)
				return
			}
		}
		if _, err := fs.Stat(root, "index.html"); err != nil {
			noSPA(w)
			return
		}
		w.Header().Set("Cache-Control", "no-cache")
		serveSPAFile(w, r, root, "index.html")
	})
}

// preCompressed are the encodings the SPA's build writes next to its files
// (frontend/scripts/compress.mjs), best first.
var preCompressed = []struct{ ext, encoding string }{{".br", "br"}, {".gz", "gzip"}}

// serveSPAFile serves a file of the SPA, as its pre-compressed copy when the
// client accepts that encoding and the build wrote one.
func serveSPAFile(w http.ResponseWriter, r *http.Request, root fs.FS, name string) {
	w.Header().Add("Vary", "Accept-Encoding")
	for _, p := range preCompressed {
		if !acceptsEncoding(r.Header.Get("Accept-Encoding"), p.encoding) {
			continue
		}
		if st, err := fs.Stat(root, name+p.ext); err == nil && !st.IsDir() {
			if ct := mime.TypeByExtension(path.Ext(name)); ct != "" {
				w.Header().Set("Content-Type", ct)
			}
			w.Header().Set("Content-Encoding", p.encoding)
			http.ServeFileFS(w, r, root, name+p.ext)
			return
		}
	}
	http.ServeFileFS(w, r, root, name)
}

// acceptsEncoding reports whether an Accept-Encoding header accepts enc
// (named, or *, and not with q=0).
func acceptsEncoding(header, enc string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), enc) && strings.TrimSpace(name) != "*" {
			continue
		}
		q := strings.ReplaceAll(strings.TrimSpace(params), " ", "")
		return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
	}
	return false
}

func noSPA(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_, _ = w.Write([]byte(`<!doctype html><meta charset="utf-8"><title>GreenCheck</title>
<h1>GreenCheck 环保自查自纠服务平台</h1>
<p>The API is running: <a href="/graphiql">GraphiQL</a> · <a href="/healthz">/healthz</a> · <a href="/readyz">/readyz</a>.</p>`))
}

// getOnly lets what is only read (the SPA's pages, downloads, health) answer
// GET and HEAD; any other method — a POST to a file's address, a DELETE of
// a page — is 405 METHOD_NOT_ALLOWED with Allow, never the SPA's page or a
// 404. (The routes declared "GET …" are 405 by ServeMux already when no
// other pattern takes the path; "/" took every path.)
func getOnly(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			writeError(w, r, http.StatusMethodNotAllowed, apperr.New(apperr.BadRequest, "request.read_only", r.Method))
			return
		}
		h.ServeHTTP(w, r)
	})
}
