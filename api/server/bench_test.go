package server_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"greencheck/api/apitest"
	"greencheck/api/db/dbtest"
	"greencheck/ent"
	"greencheck/ent/finding"
	"greencheck/ent/selfcheck"
)

// Benchmarks of the API in-process (handler.ServeHTTP, no network), on
// SQLite and, with TEST_DATABASE_URL, PostgreSQL. Run with scripts/bench.

const enterprisesPage = `{enterprises(first:50, orderBy:{field:NAME, direction:ASC}){totalCount edges{node{
	id name creditCode district{nameZh}
	open: findings(first:0, where:{statusNotIn:[CLOSED, INVALID]}){totalCount}}}}}`

func benchQuery(b *testing.B, env *apitest.Env, query string, vars map[string]any) {
	body, _ := json.Marshal(apitest.Request{Query: query, Variables: vars})
	tok := env.Token(b, "admin")
	h := env.Server.Config.Handler
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		req := httptest.NewRequest(http.MethodPost, "/query", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+tok)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != 200 || bytes.Contains(rec.Body.Bytes(), []byte(`"errors"`)) {
			b.Fatalf("%d %s", rec.Code, rec.Body.String())
		}
	}
}

func BenchmarkEnterprisesPage(b *testing.B) {
	for _, dia := range dbtest.Dialects(b) {
		b.Run(dia, func(b *testing.B) {
			benchQuery(b, apitest.Demo(b, dia), enterprisesPage, nil)
		})
	}
}

func BenchmarkFindingNode(b *testing.B) {
	for _, dia := range dbtest.Dialects(b) {
		b.Run(dia, func(b *testing.B) {
			env := apitest.Demo(b, dia)
			id, err := env.DB.Client.Finding.Query().Where(finding.StatusEQ(finding.StatusRECTIFYING)).FirstID(sys)
			if err != nil {
				b.Fatal(err)
			}
			benchQuery(b, env, `query($id:ID!){node(id:$id){id ... on Finding{title status dueAt severity
				enterprise{name} item{code questionZh}}}}`, map[string]any{"id": itoa(id)})
		})
	}
}

// BenchmarkIssueTaskToTheWholeCity issues a task to all 1,739 demo
// enterprises: one transaction creating the task, 1,739 self-checks and the
// notifications of their users.
func BenchmarkIssueTaskToTheWholeCity(b *testing.B) {
	for _, dia := range dbtest.Dialects(b) {
		b.Run(dia, func(b *testing.B) {
			env := apitest.Demo(b, dia)
			tpl, err := env.DB.Client.ChecklistTemplate.Query().First(sys)
			if err != nil {
				b.Fatal(err)
			}
			due := time.Now().Add(30 * 24 * time.Hour).UTC().Format(time.RFC3339)
			benchQuery(b, env, `mutation($t:ID!,$d:Time!){issueInspectionTask(input:{templateID:$t,title:"全市专项自查",dueAt:$d,scope:{}}){task{id}}}`,
				map[string]any{"t": itoa(tpl.ID), "d": due})
		})
	}
}

// BenchmarkSaveAnswer saves one answer of qiye's current self-check, as a
// phone's autosave does (each iteration changes the value, so it writes).
func BenchmarkSaveAnswer(b *testing.B) {
	for _, dia := range dbtest.Dialects(b) {
		b.Run(dia, func(b *testing.B) {
			env := apitest.Demo(b, dia)
			sc, err := env.DB.Client.SelfCheck.Query().Where(selfcheck.StatusEQ(selfcheck.StatusIN_PROGRESS)).
				WithAnswers(func(q *ent.AnswerQuery) { q.WithItem() }).First(sys)
			if err != nil {
				b.Fatal(err)
			}
			var itemID int
			for _, a := range sc.Edges.Answers {
				if a.Edges.Item.AnswerType == "YES_NO" {
					itemID = a.ItemID
					break
				}
			}
			body := func(v string) []byte {
				q, _ := json.Marshal(apitest.Request{Query: `mutation($in:SaveAnswerInput!){saveAnswer(input:$in){answer{id} selfCheck{answeredCount}}}`,
					Variables: map[string]any{"in": map[string]any{"selfCheckID": itoa(sc.ID), "itemID": itoa(itemID), "value": v}}})
				return q
			}
			yes, no := body("YES"), body("NO")
			tok := env.Token(b, "qiye")
			h := env.Server.Config.Handler
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				payload := yes
				if i%2 == 0 {
					payload = no
				}
				i++
				req := httptest.NewRequest(http.MethodPost, "/query", bytes.NewReader(payload))
				req.Header.Set("Content-Type", "application/json")
				req.Header.Set("Authorization", "Bearer "+tok)
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				if rec.Code != 200 || bytes.Contains(rec.Body.Bytes(), []byte(`"errors"`)) {
					b.Fatalf("%d %s", rec.Code, rec.Body.String())
				}
			}
		})
	}
}
