package apitest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"testing"
)

// File is one file of a multipart upload.
type File struct {
	Name    string
	Content []byte
}

// Upload sends a GraphQL multipart request (the spec gqlgen implements):
// the files become the list variable `files` inside input, as the SPA sends
// them.
func (e *Env) Upload(t testing.TB, user, query string, input map[string]any, files []File) *Response {
	t.Helper()
	input["files"] = make([]any, len(files))
	at := make([]string, len(files))
	for i := range files {
		at[i] = fmt.Sprintf("variables.in.files.%d", i)
	}
	return e.UploadAt(t, user, query, map[string]any{"in": input}, at, files)
}

// UploadAt sends files at the given variable paths (e.g. "variables.file").
func (e *Env) UploadAt(t testing.TB, user, query string, vars map[string]any, at []string, files []File) *Response {
	t.Helper()
	token := ""
	if user != "" {
		token = e.Token(t, user)
	}
	return e.uploadAt(t, token, query, vars, at, files)
}

// UploadAs is Upload with an access token of the caller's own session.
func (e *Env) UploadAs(t testing.TB, token, query string, input map[string]any, files []File) *Response {
	t.Helper()
	input["files"] = make([]any, len(files))
	at := make([]string, len(files))
	for i := range files {
		at[i] = fmt.Sprintf("variables.in.files.%d", i)
	}
	return e.uploadAt(t, token, query, map[string]any{"in": input}, at, files)
}

func (e *Env) uploadAt(t testing.TB, token, query string, vars map[string]any, at []string, files []File) *Response {
	t.Helper()
	ops, _ := json.Marshal(Request{Query: query, Variables: vars})
	fileMap := map[string][]string{}
	for i := range files {
		fileMap[fmt.Sprint(i)] = []string{at[i]}
	}
	mapJSON, _ := json.Marshal(fileMap)
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	_ = w.WriteField("operations", string(ops))
	_ = w.WriteField("map", string(mapJSON))
	for i, f := range files {
		part, _ := w.CreateFormFile(fmt.Sprint(i), f.Name)
		_, _ = part.Write(f.Content)
	}
	_ = w.Close()
	hr, _ := http.NewRequest(http.MethodPost, e.Server.URL+"/query", &body)
	hr.Header.Set("Content-Type", w.FormDataContentType())
	if token != "" {
		hr.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := e.Server.Client().Do(hr)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	out := &Response{Status: res.StatusCode, Raw: raw}
	if err := json.Unmarshal(raw, out); err != nil {
		t.Fatalf("response %d is not JSON: %s", res.StatusCode, raw)
	}
	return out
}

// Get fetches a path of the server with an optional bearer token.
func (e *Env) Get(t testing.TB, path, token string) (*http.Response, []byte) {
	t.Helper()
	hr, _ := http.NewRequest(http.MethodGet, e.Server.URL+path, nil)
	if token != "" {
		hr.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := e.Server.Client().Do(hr)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res, b
}
