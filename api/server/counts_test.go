package server_test

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket/wsjson"

	"greencheck/api/apitest"
	"greencheck/api/db/dbtest"
)

// TestEnterpriseFindingCounts: an enterprise's openFindings and
// overdueFindings equal the counts of its findings filtered the long way,
// for every role and page, through a connection and through node; a page
// of 50 costs one statement for the counts whatever its size.
func TestEnterpriseFindingCounts(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.Demo(t, dia)
		const q = `query($n: Int!) { enterprises(first: $n, orderBy: {field: NAME, direction: ASC}) { edges { node {
			id openFindings overdueFindings
			open: findings(first: 0, where: {open: true}) { totalCount }
			overdue: findings(first: 0, where: {open: true, overdue: true}) { totalCount } } } } }`
		type page struct {
			Enterprises struct {
				Edges []struct {
					Node struct {
						ID                            string
						OpenFindings, OverdueFindings int
						Open, Overdue                 struct{ TotalCount int }
					}
				}
			}
		}
		for _, user := range []string{"admin", "furong", "expert", "qiye"} {
			var p page
			env.Query(t, user, q, map[string]any{"n": 50}).Decode(t, &p)
			if len(p.Enterprises.Edges) == 0 {
				t.Fatalf("%s sees no enterprise", user)
			}
			open, overdue := 0, 0
			for _, e := range p.Enterprises.Edges {
				n := e.Node
				if n.OpenFindings != n.Open.TotalCount || n.OverdueFindings != n.Overdue.TotalCount {
					t.Errorf("%s: enterprise %s open %d overdue %d, counted %d and %d", user, n.ID,
						n.OpenFindings, n.OverdueFindings, n.Open.TotalCount, n.Overdue.TotalCount)
				}
				open += n.OpenFindings
				overdue += n.OverdueFindings
			}
			if open == 0 {
				t.Errorf("%s: no open finding on the page: the check is vacuous", user)
			}
			// Through node, alone.
			first := p.Enterprises.Edges[0].Node
			var one struct {
				Node struct{ OpenFindings int }
			}
			env.Query(t, user, `query($id: ID!) { node(id: $id) { ... on Enterprise { openFindings } } }`,
				map[string]any{"id": first.ID}).Decode(t, &one)
			if one.Node.OpenFindings != first.OpenFindings {
				t.Errorf("%s: node openFindings %d, page %d", user, one.Node.OpenFindings, first.OpenFindings)
			}
		}
		// Statements: the page of 5 and the page of 50 cost the same: the
		// viewer and its districts, the page, the counts.
		statements := func(n int) int64 {
			env.Token(t, "furong")
			env.DB.Counter.Reset()
			env.Do(t, apitest.Request{Query: `query($n: Int!) { enterprises(first: $n) { edges { node { id openFindings overdueFindings } } } }`,
				Variables: map[string]any{"n": n}, Token: env.Token(t, "furong")})
			return env.DB.Counter.Count()
		}
		if a, b := statements(5), statements(50); a != b || a > 4 {
			t.Errorf("statements: page of 5 %d, page of 50 %d (want equal, at most 4)", a, b)
		}
	})
}

// TestPerRowFiguresAreFreshPerMutationAndEvent: per-row figures are
// answered afresh for each mutation of a request and for each event of a
// subscription, not from an earlier answer in the same operation.
func TestPerRowFiguresAreFreshPerMutationAndEvent(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.NewDemo(t, dia) // it closes findings: a demo of its own
		f := load(t, env)
		c := env.DB.Client
		// Four findings of qiye's enterprise awaiting review.
		var rects []string
		for i := 0; i < 4; i++ {
			fd := c.Finding.Create().SetEnterpriseID(f.qiyeEnt.ID).SetSource("MANUAL").SetTitle("待核查问题").
				SetSeverity("LOW").SetStatus("SUBMITTED").SetDueAt(time.Now().AddDate(0, 0, 10)).SaveX(sys)
			r := c.Rectification.Create().SetFindingID(fd.ID).SetMeasures("已整改").SaveX(sys)
			rects = append(rects, itoa(r.ID))
		}
		open := func() int {
			var r struct{ Node struct{ OpenFindings int } }
			env.Query(t, "admin", `query($id:ID!){ node(id:$id){ ... on Enterprise { openFindings } } }`,
				map[string]any{"id": itoa(f.qiyeEnt.ID)}).Decode(t, &r)
			return r.Node.OpenFindings
		}
		before := open()

		// The enterprise listens: each approval notifies it.
		sock, err := dialWS(t, env, "")
		if err != nil {
			t.Fatal(err)
		}
		defer sock.CloseNow()
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		read := wsReader(t, ctx, sock)
		_ = wsjson.Write(ctx, sock, wsMsg{Type: "connection_init", Payload: map[string]any{"Authorization": "Bearer " + env.Token(t, "qiye")}})
		if m := read(); m.Type != "connection_ack" {
			t.Fatalf("init: %+v", m)
		}
		_ = wsjson.Write(ctx, sock, wsMsg{ID: "1", Type: "subscribe", Payload: map[string]any{
			"query": `subscription{ notificationAdded{ user { enterprise { openFindings } } } }`}})
		time.Sleep(200 * time.Millisecond) // subscribed before the first approval
		approve := `mutation($id:ID!){ reviewRectification(input:{id:$id, approve:true}){ finding { enterprise { openFindings } } } }`
		eventOpen := func() int {
			for {
				m := read()
				if m.Type != "next" {
					t.Fatalf("subscription: %+v", m)
				}
				data, _ := m.Payload["data"].(map[string]any)
				n, _ := data["notificationAdded"].(map[string]any)
				u, _ := n["user"].(map[string]any)
				e, _ := u["enterprise"].(map[string]any)
				if v, ok := e["openFindings"].(float64); ok {
					return int(v)
				}
			}
		}
		for i, r := range rects[:2] {
			env.Query(t, "admin", approve, map[string]any{"id": r})
			if got := eventOpen(); got != before-1-i {
				t.Errorf("event %d: openFindings %d, want %d", i+1, got, before-1-i)
			}
		}
		// Two approvals in one request: the second sees the first.
		var two struct {
			A, B struct {
				Finding struct{ Enterprise struct{ OpenFindings int } }
			}
		}
		env.Query(t, "admin", `mutation($a:ID!,$b:ID!){
			a: reviewRectification(input:{id:$a, approve:true}){ finding { enterprise { openFindings } } }
			b: reviewRectification(input:{id:$b, approve:true}){ finding { enterprise { openFindings } } } }`,
			map[string]any{"a": rects[2], "b": rects[3]}).Decode(t, &two)
		if a, b := two.A.Finding.Enterprise.OpenFindings, two.B.Finding.Enterprise.OpenFindings; a != before-3 || b != before-4 {
			t.Errorf("two approvals in one request: openFindings %d then %d, want %d then %d", a, b, before-3, before-4)
		}
		if now := open(); now != before-4 {
			t.Errorf("openFindings %d after four approvals, want %d", now, before-4)
		}
	})
}

// TestFindingsInEnglish: a finding the checklist wrote reads in English
// (its item's English label; its question and the answer in words); a
// finding a person wrote has no English; a page costs the same statements
// whatever its size; and a viewer reads no English of what it may not see.
func TestFindingsInEnglish(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.Demo(t, dia)
		f := load(t, env)
		c := env.DB.Client
		manual := c.Finding.Create().SetEnterpriseID(f.qiyeEnt.ID).SetSource("MANUAL").SetTitle("现场发现：危废标识缺失").
			SetSeverity("LOW").SetStatus("FOUND").SetDueAt(time.Now().AddDate(0, 0, 10)).SaveX(sys)
		t.Cleanup(func() { c.Finding.DeleteOneID(manual.ID).ExecX(sys) }) // the demo is shared: its figures stay
		type node struct {
			ID, Title, Description string
			TitleEn, DescriptionEn *string
			Item                   *struct{ FindingLabelEn, QuestionEn, Code string }
			Answer                 *struct{ ValueText string }
		}
		var p struct {
			Findings struct{ Edges []struct{ Node node } }
		}
		env.Query(t, "qiye", `{ findings(first: 100, where: {hasItem: true}) { edges { node {
			id title description titleEn descriptionEn item { findingLabelEn questionEn code } answer { valueText } } } } }`, nil).Decode(t, &p)
		if len(p.Findings.Edges) == 0 {
			t.Fatal("qiye has no finding from its self-check: the check is vacuous")
		}
		for _, e := range p.Findings.Edges {
			n := e.Node
			if n.TitleEn == nil || *n.TitleEn != n.Item.FindingLabelEn {
				t.Errorf("finding %s %q: titleEn %v, want the item's %q", n.ID, n.Title, n.TitleEn, n.Item.FindingLabelEn)
			}
			if n.Answer != nil && (n.DescriptionEn == nil || !strings.Contains(*n.DescriptionEn, n.Item.QuestionEn) ||
				!strings.HasPrefix(*n.DescriptionEn, "Item "+n.Item.Code+": ") || regexp.MustCompile(`[\p{Han}]|Answer: (YES|NO|NA)$`).MatchString(*n.DescriptionEn)) {
				t.Errorf("finding %s %q: descriptionEn %v", n.ID, n.Description, n.DescriptionEn)
			}
		}
		var one struct{ Node node }
		env.Query(t, "qiye", `query($id: ID!) { node(id: $id) { ... on Finding { title titleEn descriptionEn } } }`,
			map[string]any{"id": itoa(manual.ID)}).Decode(t, &one)
		if one.Node.TitleEn != nil || one.Node.DescriptionEn != nil {
			t.Errorf("a title a person wrote has English: %v %v", one.Node.TitleEn, one.Node.DescriptionEn)
		}
		// Another district's viewer gets nothing of it, nor of its English through a page.
		res := env.Query(t, "yuelu", `query($id: ID!) { node(id: $id) { ... on Finding { titleEn } } }`,
			map[string]any{"id": p.Findings.Edges[0].Node.ID})
		if res.Code() != "NOT_FOUND" || strings.Contains(string(res.Raw), *p.Findings.Edges[0].Node.TitleEn) {
			t.Errorf("yuelu reads a 芙蓉区 finding: %s", res.Raw)
		}
		statements := func(n int) int64 {
			tok := env.Token(t, "admin")
			env.DB.Counter.Reset()
			env.Do(t, apitest.Request{Query: `query($n: Int!) { findings(first: $n, where: {hasItem: true}) { edges { node { id titleEn descriptionEn } } } }`,
				Variables: map[string]any{"n": n}, Token: tok})
			return env.DB.Counter.Count()
		}
		statements(1) // the viewer, read once then cached
		if a, b := statements(5), statements(100); a != b || a > 6 {
			t.Errorf("statements: page of 5 %d, page of 100 %d (want equal, at most 6)", a, b)
		}
	})
}
