package server

import (
	"bytes"
	"compress/gzip"
	"embed"
	"io"
	"net/http"
	"strings"
)

// graphiqlFiles is GraphiQL 3 with React 18, vendored gzipped by
// scripts/vendor-graphiql: the console works on a closed network.
//
//go:embed graphiql/index.html graphiql/*.gz
var graphiqlFiles embed.FS

// graphiql serves the console at /graphiql and its assets under
// /graphiql/: gzipped to clients that accept it (all browsers), inflated
// for the others.
func graphiql() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(r.URL.Path, "/graphiql")
		name = strings.TrimPrefix(name, "/")
		if name == "" {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Header().Set("Cache-Control", "no-cache")
			w.Header().Set("Content-Security-Policy", "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:")
			b, _ := graphiqlFiles.ReadFile("graphiql/index.html")
			_, _ = w.Write(b)
			return
		}
		types := map[string]string{"graphiql.js": "text/javascript", "react.js": "text/javascript",
			"react-dom.js": "text/javascript", "graphiql.css": "text/css"}
		ct, ok := types[name]
		if !ok {
			http.NotFound(w, r)
			return
		}
		b, err := graphiqlFiles.ReadFile("graphiql/" + name + ".gz")
		if err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", ct+"; charset=utf-8")
		w.Header().Set("Cache-Control", "public, max-age=86400")
		w.Header().Set("Vary", "Accept-Encoding")
		if strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			w.Header().Set("Content-Encoding", "gzip")
			_, _ = w.Write(b)
			return
		}
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			http.Error(w, "corrupt asset", http.StatusInternalServerError)
			return
		}
		_, _ = io.Copy(w, zr)
	})
}
