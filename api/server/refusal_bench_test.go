package server_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"greencheck/api/apitest"
	"greencheck/api/db/dbtest"
)

// BenchmarkRefusal times how fast hostile requests are refused, in-process
// (scripts/bench prints the figures; the corpus test checks each refusal
// and its code): repeated fields that made validation quadratic, and
// filters nested past the limit. The last case is the deepest allowed
// filter, which runs.
func BenchmarkRefusal(b *testing.B) {
	repeated := func(n int) string {
		return "query Q{" + strings.Repeat("__typename ", n) + "}"
	}
	cases := []struct {
		name, query, user, code string
	}{
		{"repeated-fields-8000", repeated(8000), "", "COMPLEXITY_LIMIT_EXCEEDED"},
		{"repeated-fields-60000", repeated(60000), "", "COMPLEXITY_LIMIT_EXCEEDED"},
		{"filter-4-levels", `{enterprises(first:1, where:{hasFindingsWith:{hasEnterpriseWith:{hasFindingsWith:{hasEnterpriseWith:{nameContains:"x"}}}}}){totalCount}}`, "qiye", "COMPLEXITY_LIMIT_EXCEEDED"},
		{"filter-3-levels-runs", `{enterprises(first:1, where:{hasFindingsWith:{hasEnterpriseWith:{hasFindingsWith:{titleContains:"x"}}}}){totalCount}}`, "qiye", ""},
	}
	for _, dia := range dbtest.Dialects(b) {
		env := apitest.Demo(b, dia)
		for _, c := range cases {
			b.Run(dia+"/"+c.name, func(b *testing.B) {
				body, _ := json.Marshal(map[string]any{"query": c.query})
				tok := ""
				if c.user != "" {
					tok = env.Token(b, c.user)
				}
				h := env.Server.Config.Handler
				b.ReportAllocs()
				for b.Loop() {
					req := httptest.NewRequest(http.MethodPost, "/query", bytes.NewReader(body))
					req.Header.Set("Content-Type", "application/json")
					if tok != "" {
						req.Header.Set("Authorization", "Bearer "+tok)
					}
					rec := httptest.NewRecorder()
					h.ServeHTTP(rec, req)
					var res apitest.Response
					_ = json.Unmarshal(rec.Body.Bytes(), &res)
					if res.Code() != c.code {
						b.Fatalf("code %q, want %q: %.200s", res.Code(), c.code, rec.Body.String())
					}
				}
			})
		}
	}
}
