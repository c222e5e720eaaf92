package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"os"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"greencheck/api/apperr"
)

// The JSON transports of GraphQL over HTTP (graphql-over-http, as audited by
// graphql-http): POST of application/json and GET of a query. They are
// stricter than gqlgen's own:
//
//   - the body must be one JSON object (no batches, nothing after it) whose
//     query is a string, variables and extensions objects, operationName a
//     string — otherwise 400 BAD_REQUEST naming the member;
//   - a request that never runs (a JSON, syntax, validation or limit error)
//     answers 200 under application/json and 400 without a data entry under
//     application/graphql-response+json;
//   - a mutation over GET is 405 BAD_REQUEST;
//   - a response whose errors say the database is UNAVAILABLE is 503 with
//     Retry-After.
//
// Every error goes through the error presenter: coded and translated.

// RetryAfterSeconds is what Retry-After says while the database is down.
const RetryAfterSeconds = 5

const (
	mediaJSON            = "application/json"
	mediaGraphQLResponse = "application/graphql-response+json"
)

// POST is the application/json POST transport.
type POST struct{}

var _ graphql.Transport = POST{}

func (POST) Supports(r *http.Request) bool {
	if r.Header.Get("Upgrade") != "" || r.Method != http.MethodPost {
		return false
	}
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	return err == nil && mt == mediaJSON
}

func (POST) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	ctx := r.Context()
	media := responseMedia(r)
	w.Header().Set("Content-Type", media)
	start := graphql.Now()
	body, err := io.ReadAll(r.Body)
	if err != nil {
		var tooLarge *http.MaxBytesError
		switch {
		case errors.As(err, &tooLarge):
			writeRequestError(ctx, w, exec, http.StatusRequestEntityTooLarge,
				apperr.New(apperr.BadRequest, "request.body_too_large", tooLarge.Limit/1024))
		case errors.Is(err, os.ErrDeadlineExceeded):
			// The body came slower than the request's deadline.
			writeRequestError(ctx, w, exec, http.StatusRequestTimeout,
				apperr.New(apperr.Timeout, string(apperr.Timeout), BudgetSeconds(ctx)))
		}
		// Otherwise the client went away or the connection broke: nobody to answer.
		return
	}
	params, perr := DecodeParams(body)
	if perr != nil {
		writeRequestError(ctx, w, exec, http.StatusBadRequest, perr)
		return
	}
	params.Headers = r.Header
	params.ReadTime = graphql.TraceTiming{Start: start, End: graphql.Now()}
	run(ctx, w, exec, media, params, false)
}

// GET is the query-string transport: queries only.
type GET struct{}

var _ graphql.Transport = GET{}

func (GET) Supports(r *http.Request) bool {
	return r.Header.Get("Upgrade") == "" && r.Method == http.MethodGet
}

func (GET) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	ctx := r.Context()
	media := responseMedia(r)
	w.Header().Set("Content-Type", media)
	q := r.URL.Query()
	params := &graphql.RawParams{Query: q.Get("query"), OperationName: q.Get("operationName"), Headers: r.Header}
	if strings.TrimSpace(params.Query) == "" && q.Get("extensions") == "" {
		writeRequestError(ctx, w, exec, http.StatusBadRequest, apperr.New(apperr.BadRequest, "request.query_required").WithField("query"))
		return
	}
	params.ReadTime = graphql.TraceTiming{Start: graphql.Now(), End: graphql.Now()}
	for _, m := range []struct {
		name string
		into *map[string]any
	}{{"variables", &params.Variables}, {"extensions", &params.Extensions}} {
		if v := q.Get(m.name); v != "" {
			d := json.NewDecoder(strings.NewReader(v))
			d.UseNumber()
			if err := d.Decode(m.into); err != nil || d.More() {
				writeRequestError(ctx, w, exec, http.StatusBadRequest, apperr.New(apperr.BadRequest, "request.member_type", m.name, "JSON 对象", "a JSON object"))
				return
			}
		}
	}
	run(ctx, w, exec, media, params, true)
}

// run creates the operation, refuses what may not run, executes the rest.
func run(ctx context.Context, w http.ResponseWriter, exec graphql.GraphExecutor, media string, params *graphql.RawParams, get bool) {
	rc, opErr := exec.CreateOperationContext(ctx, params)
	if opErr != nil {
		resp := exec.DispatchError(graphql.WithOperationContext(ctx, rc), opErr)
		costOfRefusal(ctx, resp)
		status := http.StatusOK
		if media == mediaGraphQLResponse {
			status = http.StatusBadRequest
		}
		writeResponse(w, statusOf(resp, status), resp, false)
		return
	}
	if rc.Operation.Operation == ast.Subscription {
		writeRequestError(ctx, w, exec, http.StatusBadRequest, apperr.New(apperr.BadRequest, "request.subscription_post"))
		return
	}
	if get && rc.Operation.Operation != ast.Query {
		w.Header().Set("Allow", "POST")
		writeRequestError(ctx, w, exec, http.StatusMethodNotAllowed, apperr.New(apperr.BadRequest, "request.get_mutation"))
		return
	}
	responses, ctx := exec.DispatchOperation(ctx, rc)
	resp := responses(ctx)
	if resp == nil {
		return // the client went away
	}
	writeResponse(w, statusOf(resp, http.StatusOK), resp, true)
}

// statusOf is 503 (with Retry-After) when the database was unreachable,
// 429 when a partner's budget is spent (Retry-After: its retryAfter).
func statusOf(resp *graphql.Response, status int) int {
	for _, e := range resp.Errors {
		switch e.Extensions["code"] {
		case string(apperr.Unavailable):
			return http.StatusServiceUnavailable
		case string(apperr.RateLimited):
			if _, ok := e.Extensions["retryAfter"].(int); ok {
				return http.StatusTooManyRequests
			}
		}
	}
	return status
}

// writeRequestError answers a request that could not be read at all.
func writeRequestError(ctx context.Context, w http.ResponseWriter, exec graphql.GraphExecutor, status int, e *apperr.Error) {
	if !graphql.HasOperationContext(ctx) {
		ctx = graphql.WithOperationContext(ctx, &graphql.OperationContext{})
	}
	resp := exec.DispatchError(ctx, gqlerror.List{{Err: e, Message: e.Error()}})
	costOfRefusal(ctx, resp) // a partner's answer says its bucket, even unread
	writeResponse(w, status, resp, false)
}

// writeResponse writes a GraphQL response; a request error has no data
// entry at all (graphql-over-http: it never ran).
func writeResponse(w http.ResponseWriter, status int, resp *graphql.Response, ran bool) {
	switch status {
	case http.StatusServiceUnavailable:
		w.Header().Set("Retry-After", strconv.Itoa(RetryAfterSeconds))
	case http.StatusTooManyRequests:
		for _, e := range resp.Errors {
			if secs, ok := e.Extensions["retryAfter"].(int); ok {
				w.Header().Set("Retry-After", strconv.Itoa(secs))
				break
			}
		}
	}
	if w.Header().Get("Content-Type") == "" {
		w.Header().Set("Content-Type", mediaJSON)
	}
	w.WriteHeader(status)
	var b []byte
	var err error
	if ran && len(resp.Errors) == 0 && resp.Label == "" && resp.Path == nil && resp.HasNext == nil {
		b, err = appendData(resp)
	} else if ran {
		b, err = json.Marshal(resp)
	} else {
		b, err = json.Marshal(struct {
			Errors     gqlerror.List  `json:"errors"`
			Extensions map[string]any `json:"extensions,omitempty"`
		}{resp.Errors, resp.Extensions})
	}
	if err != nil {
		b = []byte(`{"errors":[{"message":"internal error","extensions":{"code":"INTERNAL"}}]}`)
	}
	_, _ = w.Write(b)
}

// appendData writes a response of data (and extensions) alone as
// json.Marshal would — the data, compact already (the executor's and the
// direct path's), HTML-escaped as Marshal escapes it — without Marshal
// validating and compacting it again.
func appendData(resp *graphql.Response) ([]byte, error) {
	var b bytes.Buffer
	b.Grow(len(resp.Data) + 64)
	b.WriteString(`{"data":`)
	if resp.Data == nil {
		b.WriteString("null")
	} else {
		json.HTMLEscape(&b, resp.Data)
	}
	if len(resp.Extensions) > 0 {
		ext, err := json.Marshal(resp.Extensions)
		if err != nil {
			return nil, err
		}
		b.WriteString(`,"extensions":`)
		b.Write(ext)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// responseMedia picks the response type from Accept: application/json
// unless only application/graphql-response+json is acceptable or it comes
// first.
func responseMedia(r *http.Request) string {
	accept := r.Header.Get("Accept")
	if accept == "" {
		return mediaJSON
	}
	for part := range strings.SplitSeq(accept, ",") {
		mt, _, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		switch mt {
		case mediaJSON, "*/*", "application/*":
			return mediaJSON
		case mediaGraphQLResponse:
			return mediaGraphQLResponse
		}
	}
	return mediaJSON
}

// DecodeParams reads a POST body strictly: one JSON object with a string
// query, optional object variables and extensions, optional string
// operationName, and nothing after it.
func DecodeParams(body []byte) (*graphql.RawParams, *apperr.Error) {
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) == 0 {
		return nil, apperr.New(apperr.BadRequest, "request.query_required").WithField("query")
	}
	if trimmed[0] == '[' {
		return nil, apperr.New(apperr.BadRequest, "request.batch")
	}
	if trimmed[0] != '{' {
		return nil, apperr.New(apperr.BadRequest, "request.not_object")
	}
	d := json.NewDecoder(bytes.NewReader(trimmed))
	d.UseNumber()
	var raw map[string]json.RawMessage
	if err := d.Decode(&raw); err != nil {
		offset := d.InputOffset()
		var syntax *json.SyntaxError
		if errors.As(err, &syntax) {
			offset = syntax.Offset
		}
		return nil, apperr.New(apperr.BadRequest, "request.json", offset)
	}
	if _, err := d.Token(); err != io.EOF {
		return nil, apperr.New(apperr.BadRequest, "request.trailing")
	}
	p := &graphql.RawParams{}
	member := func(name string, into any, zh, en string) *apperr.Error {
		v, ok := raw[name]
		if !ok || string(v) == "null" {
			return nil
		}
		var err error
		if s, ok := into.(*string); ok {
			err = json.Unmarshal(v, s)
		} else {
			d := json.NewDecoder(bytes.NewReader(v))
			d.UseNumber()
			err = d.Decode(into)
		}
		if err != nil {
			e := apperr.New(apperr.BadRequest, "request.member_type", name, zh, en)
			e.Field = name
			return e
		}
		return nil
	}
	if e := member("query", &p.Query, "字符串", "a string"); e != nil {
		return nil, e
	}
	if e := member("operationName", &p.OperationName, "字符串", "a string"); e != nil {
		return nil, e
	}
	if e := member("variables", &p.Variables, "JSON 对象", "a JSON object"); e != nil {
		return nil, e
	}
	if e := member("extensions", &p.Extensions, "JSON 对象", "a JSON object"); e != nil {
		return nil, e
	}
	if strings.TrimSpace(p.Query) == "" {
		if _, apq := p.Extensions["persistedQuery"]; !apq {
			e := apperr.New(apperr.BadRequest, "request.query_required")
			e.Field = "query"
			return nil, e
		}
	}
	return p, nil
}
