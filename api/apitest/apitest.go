// Package apitest runs the real HTTP server over a throw-away database for
// tests that go through the GraphQL contract, as the SPA and partners do.
package apitest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"greencheck/api/files"
	"io"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"sync"
	"testing"
	"time"

	"entgo.io/ent/privacy"

	"greencheck/api/auth"
	"greencheck/api/db/dbtest"
	"greencheck/api/demo"
	"greencheck/api/events"
	"greencheck/api/notify"
	"greencheck/api/server"
	"greencheck/graph"
)

// Secret signs the tests' tokens.
var Secret = []byte("test-secret-test-secret-test-secret-0123")

// Env is a running server over a database.
type Env struct {
	DB     *dbtest.DB
	Server *httptest.Server
	Auth   *auth.Service
	Notify *notify.Service
	// Bus carries the events of this server (replica).
	Bus     events.Bus
	stopBus func()
	// FilesDir is where uploads are stored.
	FilesDir string
	// PID is the server's process id when it runs as a process (Process).
	PID int

	mu      sync.Mutex
	tokens  map[string]string
	tokenAt map[string]time.Time
}

// New starts a server over an empty database of the dialect.
func New(t testing.TB, dia string) *Env {
	t.Helper()
	d := dbtest.Open(t, dia)
	e := newEnv(d)
	t.Cleanup(e.close)
	return e
}

func newEnv(d *dbtest.DB) *Env { return newEnvTimeout(d, 0, 0) }

// newEnvTimeout starts a server whose requests have the given deadline and
// cost limit (0: the defaults).
func newEnvTimeout(d *dbtest.DB, timeout time.Duration, maxCost int) *Env {
	return newEnvOptions(d, server.Options{RequestTimeout: timeout, MaxCost: maxCost})
}

// newEnvOptions starts a server with o (its test settings added).
func newEnvOptions(d *dbtest.DB, o server.Options) *Env {
	authn := auth.New(d.Client, Secret)
	// Every test signs in from 127.0.0.1: one address may fail often.
	authn.Throttle.Address.Free = 10000
	// The event bus of the dialect, as the server runs it: on PostgreSQL
	// each environment (replica) listens with a connection of its own.
	var bus events.Bus = events.NewLocal()
	stop := func() {}
	if d.IsPostgres() {
		ctx, cancel := context.WithCancel(context.Background())
		pg := events.NewPostgres(ctx, d.SQL, d.URL)
		select {
		case <-pg.Ready():
		case <-time.After(10 * time.Second):
			panic("apitest: the event bus is not listening")
		}
		bus, stop = pg, cancel
	}
	notifier := notify.New(d.Client, bus)
	dir, err := os.MkdirTemp("", "greencheck-files-")
	if err != nil {
		panic(err)
	}
	store, err := files.NewStore(dir)
	if err != nil {
		panic(err)
	}
	res := graph.NewResolver(d.Client, authn, notifier, bus, store)
	o.CORSOrigins = []string{"http://localhost:5173"}
	o.Ready = d.SQL.PingContext
	// Tests name their client address in X-Forwarded-For (Request.Addr).
	o.TrustedProxies = []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8"), netip.MustParsePrefix("::1/128")}
	h := server.New(res, authn, o)
	return &Env{DB: d, Server: httptest.NewServer(h), Auth: authn, Notify: notifier, Bus: bus, stopBus: stop, FilesDir: dir,
		tokens: map[string]string{}}
}

// Replica starts another server over the same database, with its own
// process state (sign-in service, event bus), as a second replica behind a
// load balancer would be.
func (e *Env) Replica(t testing.TB) *Env {
	t.Helper()
	r := newEnv(e.DB)
	t.Cleanup(r.close)
	return r
}

// Executed starts another server over the same database that answers every
// query through gqlgen's execution, never the direct path (graph/direct):
// the reference the direct path's answers are compared with.
func (e *Env) Executed(t testing.TB) *Env {
	t.Helper()
	r := newEnvOptions(e.DB, server.Options{Executed: true})
	t.Cleanup(r.close)
	return r
}

// Patient starts another server over the same database whose requests may
// run for timeout, at ten times the cost limit: for walks that ask far more
// per request than any client may.
func (e *Env) Patient(t testing.TB, timeout time.Duration) *Env {
	t.Helper()
	r := newEnvTimeout(e.DB, timeout, 10*graph.DefaultMaxCost)
	t.Cleanup(r.close)
	return r
}

func (e *Env) close() {
	e.Server.Close()
	e.stopBus()
	os.RemoveAll(e.FilesDir)
}

// NewDemo starts a server over a fresh demo city of its own, for tests that
// need the demo's exact figures.
func NewDemo(t testing.TB, dia string) *Env {
	t.Helper()
	e := New(t, dia)
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	if err := demo.Load(ctx, e.DB.Client, time.Now()); err != nil {
		t.Fatalf("load demo city: %v", err)
	}
	return e
}

var (
	demoMu   sync.Mutex
	demoEnvs = map[string]*Env{}
)

// Demo returns a server over the demo city, loaded once per dialect and
// shared by the tests of a package: tests that write must create their own
// records and leave the demo's figures as they are.
func Demo(t testing.TB, dia string) *Env {
	t.Helper()
	demoMu.Lock()
	defer demoMu.Unlock()
	if e, ok := demoEnvs[dia]; ok {
		return e
	}
	// Lives as long as the test binary: the cleanup of the test that
	// created it would close it under later tests.
	d := dbtest.Open(&keepAlive{TB: t}, dia)
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	if err := demo.Load(ctx, d.Client, time.Now()); err != nil {
		t.Fatalf("load demo city: %v", err)
	}
	e := newEnv(d)
	demoEnvs[dia] = e
	return e
}

// keepAlive defers cleanups to the end of the test binary (CloseDemos).
type keepAlive struct {
	testing.TB
}

var lateCleanups []func()

func (k *keepAlive) Cleanup(f func()) { lateCleanups = append(lateCleanups, f) }

// CloseDemos releases the shared demo databases; call it from TestMain.
func CloseDemos() {
	for _, e := range demoEnvs {
		e.close()
	}
	for i := len(lateCleanups) - 1; i >= 0; i-- {
		lateCleanups[i]()
	}
}

// Response is a GraphQL response.
type Response struct {
	Status int
	Data   json.RawMessage `json:"data"`
	Errors []Error         `json:"errors"`
	Raw    []byte          `json:"-"`
}

// Error is a GraphQL error.
type Error struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

// Code returns the first error's code, or "".
func (r *Response) Code() string {
	if len(r.Errors) == 0 {
		return ""
	}
	c, _ := r.Errors[0].Extensions["code"].(string)
	return c
}

// Decode unmarshals data into v, failing the test on errors.
func (r *Response) Decode(t testing.TB, v any) {
	t.Helper()
	if len(r.Errors) > 0 {
		t.Fatalf("unexpected errors: %s", r.Raw)
	}
	if err := json.Unmarshal(r.Data, v); err != nil {
		t.Fatalf("decode %s: %v", r.Data, err)
	}
}

// Request is one GraphQL call.
type Request struct {
	Query         string         `json:"query"`
	OperationName string         `json:"operationName,omitempty"`
	Variables     map[string]any `json:"variables,omitempty"`
	Token         string         `json:"-"`
	Lang          string         `json:"-"`
	// Addr is the client address the request comes from (X-Forwarded-For
	// through the loopback proxy the test server trusts); empty is 127.0.0.1.
	Addr string `json:"-"`
}

// Do sends req and returns the response.
func (e *Env) Do(t testing.TB, req Request) *Response {
	t.Helper()
	body, _ := json.Marshal(req)
	return e.post(t, body, req.Token, req.Lang, req.Addr)
}

// Post sends a raw body to /query.
func (e *Env) Post(t testing.TB, body []byte, token, lang string) *Response {
	t.Helper()
	return e.post(t, body, token, lang, "")
}

func (e *Env) post(t testing.TB, body []byte, token, lang, addr string) *Response {
	t.Helper()
	hr, _ := http.NewRequest(http.MethodPost, e.Server.URL+"/query", bytes.NewReader(body))
	hr.Header.Set("Content-Type", "application/json")
	if addr != "" {
		hr.Header.Set("X-Forwarded-For", addr)
	}
	if token != "" {
		hr.Header.Set("Authorization", "Bearer "+token)
	}
	if lang != "" {
		hr.Header.Set("Accept-Language", lang)
	}
	client := e.Server.Client()
	if client == nil { // a server process (Process), not an httptest server
		client = http.DefaultClient
	}
	res, err := client.Do(hr)
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

// Query runs query as user (logged in once and cached; "" is anonymous).
func (e *Env) Query(t testing.TB, user, query string, vars map[string]any) *Response {
	t.Helper()
	tok := ""
	if user != "" {
		tok = e.Token(t, user)
	}
	return e.Do(t, Request{Query: query, Variables: vars, Token: tok})
}

// Token returns an access token of a demo user (password "greencheck").
func (e *Env) Token(t testing.TB, user string) string {
	t.Helper()
	e.mu.Lock()
	defer e.mu.Unlock()
	// Access tokens last about 15 minutes and a shared demo city lives as
	// long as the test binary: a token is signed in again after 5.
	if tok, ok := e.tokens[user]; ok && time.Since(e.tokenAt[user]) < 5*time.Minute {
		return tok
	}
	s, err := e.Login(user, demo.Password)
	if err != nil {
		t.Fatalf("login %s: %v", user, err)
	}
	if e.tokenAt == nil {
		e.tokenAt = map[string]time.Time{}
	}
	e.tokens[user], e.tokenAt[user] = s, time.Now()
	return s
}

// Login signs in through the API and returns the access token.
func (e *Env) Login(user, password string) (string, error) {
	body, _ := json.Marshal(Request{Query: `mutation($u:String!,$p:String!){login(input:{username:$u,password:$p}){accessToken}}`,
		Variables: map[string]any{"u": user, "p": password}})
	res, err := http.Post(e.Server.URL+"/query", "application/json", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	var out struct {
		Data struct {
			Login struct{ AccessToken string }
		}
		Errors []Error
	}
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		return "", err
	}
	if len(out.Errors) > 0 {
		return "", fmt.Errorf("%s (%v)", out.Errors[0].Message, out.Errors[0].Extensions["code"])
	}
	return out.Data.Login.AccessToken, nil
}
