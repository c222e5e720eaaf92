package server_test

import (
	"compress/gzip"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"greencheck/api/apitest"
	"greencheck/api/auth"
	"greencheck/api/db/dbtest"
	"greencheck/api/server"
	"greencheck/graph"
)

func get(t *testing.T, url string, header ...string) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res, string(b)
}

func TestHealthReadinessAndGraphiQL(t *testing.T) {
	env := apitest.New(t, "sqlite3")
	for path, want := range map[string]string{"/healthz": `"ok"`, "/readyz": `"ready"`, "/graphiql": "GreenCheck"} {
		res, body := get(t, env.Server.URL+path)
		if res.StatusCode != 200 || !strings.Contains(body, want) {
			t.Errorf("%s: %d %s", path, res.StatusCode, body[:min(100, len(body))])
		}
	}
	// With the database gone, /readyz says so while /healthz stays up.
	env.DB.SQL.Close()
	if res, _ := get(t, env.Server.URL+"/readyz"); res.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("/readyz without a database: %d", res.StatusCode)
	}
	if res, _ := get(t, env.Server.URL+"/healthz"); res.StatusCode != 200 {
		t.Errorf("/healthz: %d", res.StatusCode)
	}
}

func TestCORSAllowsOnlyConfiguredOrigins(t *testing.T) {
	env := apitest.New(t, "sqlite3")
	preflight := func(origin string) string {
		req, _ := http.NewRequest(http.MethodOptions, env.Server.URL+"/query", nil)
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		req.Header.Set("Access-Control-Request-Headers", "authorization,content-type")
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res.Header.Get("Access-Control-Allow-Origin")
	}
	if got := preflight("http://localhost:5173"); got != "http://localhost:5173" {
		t.Errorf("configured origin: %q", got)
	}
	if got := preflight("https://evil.example"); got != "" {
		t.Errorf("other origin allowed: %q", got)
	}
}

func TestSPAIsServedWithDeepLinkFallback(t *testing.T) {
	dir := t.TempDir()
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll(filepath.Join(dir, "assets"), 0o755))
	must(os.WriteFile(filepath.Join(dir, "index.html"), []byte("<!doctype html><div id=root>spa</div>"), 0o644))
	must(os.WriteFile(filepath.Join(dir, "assets", "app-3f2a.js"), []byte("console.log(1)"), 0o644))
	d := dbtest.Open(t, "sqlite3")
	authn := auth.New(d.Client, apitest.Secret)
	h := server.New(&graph.Resolver{Client: d.Client, Auth: authn}, authn, server.Options{StaticDir: dir})
	srv := newServer(t, h)
	for path, want := range map[string]string{"/": "spa", "/enterprises/42": "spa", "/findings?status=OPEN": "spa", "/exports": "spa", "/exports?x=1": "spa"} {
		res, body := get(t, srv+path)
		if res.StatusCode != 200 || !strings.Contains(body, want) || res.Header.Get("Cache-Control") != "no-cache" {
			t.Errorf("%s: %d %q cache %q", path, res.StatusCode, body, res.Header.Get("Cache-Control"))
		}
	}
	res, _ := get(t, srv+"/assets/app-3f2a.js")
	if res.StatusCode != 200 || !strings.Contains(res.Header.Get("Cache-Control"), "immutable") {
		t.Errorf("asset: %d %q", res.StatusCode, res.Header.Get("Cache-Control"))
	}
	if res, _ := get(t, srv+"/assets/missing.js"); res.StatusCode != 404 {
		t.Errorf("missing asset: %d", res.StatusCode)
	}
	// Paths under /exports are the server's files, never the app.
	for _, path := range []string{"/exports/", "/exports/nothing.xlsx", "/exports/warnings/1/receipts.xlsx"} {
		if res, body := get(t, srv+path); res.StatusCode != 404 || !strings.Contains(body, "NOT_FOUND") {
			t.Errorf("%s: %d %.80q", path, res.StatusCode, body)
		}
	}
	// The service worker is always checked: a new one takes over at the next load.
	must(os.WriteFile(filepath.Join(dir, "sw.js"), []byte("self.addEventListener('fetch', () => {})"), 0o644))
	if res, body := get(t, srv+"/sw.js"); res.StatusCode != 200 || res.Header.Get("Cache-Control") != "no-cache" ||
		!strings.HasPrefix(res.Header.Get("Content-Type"), "text/javascript") || !strings.Contains(body, "fetch") {
		t.Errorf("sw.js: %d %q %q", res.StatusCode, res.Header.Get("Cache-Control"), res.Header.Get("Content-Type"))
	}
}

// TestCompression: the SPA's files go out as the pre-compressed copy the
// client accepts (brotli first, then gzip, else as they are), typed by the
// file they stand for; a large GraphQL answer is gzipped on the fly.
func TestCompression(t *testing.T) {
	dir := t.TempDir()
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll(filepath.Join(dir, "assets"), 0o755))
	must(os.WriteFile(filepath.Join(dir, "index.html"), []byte("<!doctype html>spa"), 0o644))
	must(os.WriteFile(filepath.Join(dir, "assets", "app.js"), []byte("console.log('plain')"), 0o644))
	must(os.WriteFile(filepath.Join(dir, "assets", "app.js.br"), []byte("BROTLI"), 0o644))
	must(os.WriteFile(filepath.Join(dir, "assets", "app.js.gz"), []byte("GZIP"), 0o644))
	env := apitest.Demo(t, "sqlite3")
	authn := auth.New(env.DB.Client, apitest.Secret)
	srv := newServer(t, server.New(&graph.Resolver{Client: env.DB.Client, Auth: authn}, authn, server.Options{StaticDir: dir}))
	fetch := func(path, accept string) (*http.Response, string) {
		req, _ := http.NewRequest(http.MethodGet, srv+path, nil)
		req.Header.Set("Accept-Encoding", accept) // set by hand: the transport then decodes nothing
		res, err := http.DefaultTransport.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res, string(b)
	}
	for accept, want := range map[string][2]string{
		"gzip, deflate, br": {"br", "BROTLI"}, "gzip": {"gzip", "GZIP"}, "br;q=0, gzip": {"gzip", "GZIP"},
		"identity": {"", "console.log('plain')"}, "": {"", "console.log('plain')"}, "*": {"br", "BROTLI"},
	} {
		res, body := fetch("/assets/app.js", accept)
		if res.Header.Get("Content-Encoding") != want[0] || body != want[1] || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/javascript") ||
			!strings.Contains(res.Header.Get("Vary"), "Accept-Encoding") {
			t.Errorf("Accept-Encoding %q: encoding %q type %q vary %q body %q", accept, res.Header.Get("Content-Encoding"),
				res.Header.Get("Content-Type"), res.Header.Get("Vary"), body)
		}
	}
	// GraphQL: a large answer gzipped, decoded it is the same JSON.
	body, _ := json.Marshal(map[string]any{"query": `{districts(first:50){edges{node{id nameZh nameEn code}}}}`})
	req, _ := http.NewRequest(http.MethodPost, srv+"/query", strings.NewReader(string(body)))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+env.Token(t, "admin"))
	req.Header.Set("Accept-Encoding", "gzip")
	res, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if res.Header.Get("Content-Encoding") != "gzip" {
		t.Fatalf("a GraphQL answer: Content-Encoding %q", res.Header.Get("Content-Encoding"))
	}
	zr, err := gzip.NewReader(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	plain, _ := io.ReadAll(zr)
	if !strings.Contains(string(plain), `"districts"`) {
		t.Errorf("decoded: %.200s", plain)
	}
}
