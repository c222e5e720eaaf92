package server_test

import (
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
	for path, want := range map[string]string{"/": "spa", "/enterprises/42": "spa", "/findings?status=OPEN": "spa"} {
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
}
