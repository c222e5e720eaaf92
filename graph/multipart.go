package graph

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"net/http"
	"regexp"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"

	"greencheck/api/apperr"
)

// MultipartForm is gqlgen's multipart transport (uploads) with its own
// refusals coded: gqlgen answers a malformed multipart request with 422 and
// an English message without a code; here it is 400 BAD_REQUEST in the
// caller's language, naming what is wrong.
type MultipartForm struct{ transport.MultipartForm }

func (m MultipartForm) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	cw := &codedWriter{ResponseWriter: w, lang: apperr.Lang(r.Context())}
	func() {
		defer func() {
			// gqlgen panics while placing a file at a map path that does not
			// exist in the variables (variables.in.files.5 of a list of
			// one, .x, .-1): the client's mistake, said as such — as long as
			// no response has begun (a resolver's panic is recovered by the
			// executor, never here).
			if p := recover(); p != nil {
				if cw.started {
					panic(p)
				}
				slog.InfoContext(r.Context(), "upload map refused", "panic", p)
				cw.status = http.StatusUnprocessableEntity
				cw.body.Reset()
				cw.body.WriteString(`{"errors":[{"message":"upload path does not point at a file in the variables"}]}`)
			}
		}()
		m.MultipartForm.Do(cw, r, exec)
	}()
	cw.finish()
}

// multipartMessages translate gqlgen's multipart refusals.
var multipartMessages = []struct {
	re     *regexp.Regexp
	zh, en string
}{
	{regexp.MustCompile(`^first part must be operations`), "上传请求的第一部分须为 operations", "The first part of an upload must be operations"},
	{regexp.MustCompile(`^second part must be map`), "上传请求的第二部分须为 map", "The second part of an upload must be map"},
	{regexp.MustCompile(`^operations form field could not be decoded`), "operations 不是有效的 JSON", "operations is not valid JSON"},
	{regexp.MustCompile(`^map form field could not be decoded`), "map 不是有效的 JSON", "map is not valid JSON"},
	{regexp.MustCompile(`request body too large`), "上传请求过大", "The upload is too large"},
	{regexp.MustCompile(`^invalid empty operations paths list for key (.*)`), "map 中文件 $1 没有对应的变量路径", "map gives file $1 no variable path"},
	{regexp.MustCompile(`^failed to get key (.*) from form`), "map 中的文件 $1 没有随请求上传", "File $1 of the map is not in the request"},
	{regexp.MustCompile(`^path is missing "variables\." prefix`), "map 的路径须以 variables. 开头", `Paths of the map start with "variables."`},
	{regexp.MustCompile(`^upload path does not point`), "map 的路径须指向变量中上传文件的位置（如 variables.input.files.0）", "Paths of the map must point at a file's place in the variables (e.g. variables.input.files.0)"},
	{regexp.MustCompile(`.*`), "上传请求格式不正确（multipart/form-data）", "Malformed upload request (multipart/form-data)"},
}

// codedWriter holds back a refusal (status ≥ 400) to give its errors codes.
type codedWriter struct {
	http.ResponseWriter
	lang    string
	status  int
	body    bytes.Buffer
	started bool // a response (not a refusal) has begun
}

func (c *codedWriter) WriteHeader(status int) {
	if status >= 400 {
		c.status = status
		return
	}
	c.started = true
	c.ResponseWriter.WriteHeader(status)
}

func (c *codedWriter) Write(b []byte) (int, error) {
	if c.status >= 400 {
		return c.body.Write(b)
	}
	c.started = true
	return c.ResponseWriter.Write(b)
}

func (c *codedWriter) Unwrap() http.ResponseWriter { return c.ResponseWriter }

func (c *codedWriter) finish() {
	if c.status < 400 {
		return
	}
	var resp struct {
		Errors []map[string]any `json:"errors"`
	}
	status := c.status
	if status == http.StatusUnprocessableEntity {
		status = http.StatusBadRequest
	}
	if err := json.Unmarshal(c.body.Bytes(), &resp); err != nil || len(resp.Errors) == 0 {
		resp.Errors = []map[string]any{{"message": ""}}
	}
	for _, e := range resp.Errors {
		ext, _ := e["extensions"].(map[string]any)
		if ext != nil && ext["code"] != nil {
			continue // already coded by the error presenter
		}
		msg, _ := e["message"].(string)
		for _, t := range multipartMessages {
			if m := t.re.FindStringSubmatchIndex(msg); m != nil {
				tmpl := t.zh
				if c.lang == "en" {
					tmpl = t.en
				}
				e["message"] = string(t.re.ExpandString(nil, tmpl, msg, m))
				break
			}
		}
		e["extensions"] = map[string]any{"code": string(apperr.BadRequest)}
		delete(e, "path")
	}
	b, _ := json.Marshal(resp)
	c.ResponseWriter.Header().Set("Content-Type", mediaJSON)
	c.ResponseWriter.WriteHeader(status)
	_, _ = c.ResponseWriter.Write(b)
}
