package server_test

import (
	"testing"

	"greencheck/api/apitest"
	"greencheck/api/db/dbtest"
	"greencheck/ent/answer"
	"greencheck/ent/selfcheck"
)

// TestSelfCheckPrivacy: an enterprise reads only its own self-checks and
// answers, by any path; a district only its districts'; nobody answers for
// another enterprise.
func TestSelfCheckPrivacy(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.Demo(t, dia)
		f := load(t, env)
		mine := env.DB.Client.SelfCheck.Query().Where(selfcheck.EnterpriseID(f.qiyeEnt.ID)).FirstX(sys)
		theirs := env.DB.Client.SelfCheck.Query().Where(selfcheck.EnterpriseID(f.furongEnt.ID)).FirstX(sys)
		answered := env.DB.Client.Answer.Query().Where(answer.SelfCheckID(mine.ID)).FirstX(sys)
		node := `query($id:ID!){node(id:$id){id ... on SelfCheck{answers(first:5){totalCount}}}}`
		for _, c := range []struct {
			who  string
			id   int
			seen bool
		}{
			{"qiye", mine.ID, true},
			{"qiye", theirs.ID, false},
			{"furong", theirs.ID, true},
			{"yuelu", mine.ID, false},
			{enterpriseUser(t, env, f.furongEnt.ID), mine.ID, false},
		} {
			var out struct{ Node *struct{ ID string } }
			r := env.Query(t, c.who, node, map[string]any{"id": itoa(c.id)})
			if len(r.Errors) == 0 {
				r.Decode(t, &out)
			}
			if (out.Node != nil) != c.seen {
				t.Errorf("%s reading self-check %d: seen %v, want %v (%s)", c.who, c.id, out.Node != nil, c.seen, r.Raw)
			}
		}
		// Connections and answers: qiye counts only its own.
		var conn struct {
			SelfChecks struct{ TotalCount int }
			Answers    struct{ TotalCount int }
		}
		env.Query(t, "qiye", `{selfChecks(first:1){totalCount} answers(first:1){totalCount}}`, nil).Decode(t, &conn)
		ownChecks := env.DB.Client.SelfCheck.Query().Where(selfcheck.EnterpriseID(f.qiyeEnt.ID)).CountX(sys)
		ownAnswers := env.DB.Client.Answer.Query().Where(answer.HasSelfCheckWith(selfcheck.EnterpriseID(f.qiyeEnt.ID))).CountX(sys)
		if conn.SelfChecks.TotalCount != ownChecks || conn.Answers.TotalCount != ownAnswers {
			t.Errorf("qiye counts %d self-checks and %d answers, want %d and %d", conn.SelfChecks.TotalCount, conn.Answers.TotalCount, ownChecks, ownAnswers)
		}
		// An answer of qiye read by another enterprise: not there.
		var ans struct{ Node *struct{ ID string } }
		r := env.Query(t, enterpriseUser(t, env, f.furongEnt.ID), `query($id:ID!){node(id:$id){id}}`, map[string]any{"id": itoa(answered.ID)})
		if len(r.Errors) == 0 {
			r.Decode(t, &ans)
		}
		if ans.Node != nil {
			t.Errorf("another enterprise read qiye's answer")
		}
	})
}
