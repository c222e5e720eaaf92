package server_test

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
	"github.com/xuri/excelize/v2"

	"greencheck/api/apitest"
	"greencheck/api/db/dbtest"
)

const publishWarningOps = `
mutation Draft($d: [ID!]) { saveWarningDraft(input: {title: "长沙市重污染天气橙色预警（测试）", level: ORANGE, districtIDs: $d,
  effectiveFrom: "2099-01-01T08:00:00+08:00", content: "停止室外喷涂作业", measures: [{grade: "NONE", measuresZh: "减排 20%"}]}) { id viewerCan { publish } } }
mutation Publish($id: ID!) { publishWarning(id: $id) { id status round } }`

// furongID is the global id of 芙蓉区 as the API gives it.
func furongID(t *testing.T, env *apitest.Env) string {
	var out struct {
		Districts struct {
			Edges []struct{ Node struct{ ID, NameZh string } }
		}
	}
	env.Do(t, apitest.Request{Query: `{districts(first: 50){edges{node{id nameZh}}}}`, Token: env.Token(t, "admin")}).Decode(t, &out)
	for _, e := range out.Districts.Edges {
		if e.Node.NameZh == "芙蓉区" {
			return e.Node.ID
		}
	}
	t.Fatal("no 芙蓉区")
	return ""
}

// publish drafts and publishes an orange warning for 芙蓉区 as admin.
func publish(t *testing.T, env *apitest.Env) string {
	t.Helper()
	var draft struct {
		SaveWarningDraft struct {
			ID        string
			ViewerCan struct{ Publish bool }
		}
	}
	env.Do(t, apitest.Request{Query: publishWarningOps, OperationName: "Draft", Token: env.Token(t, "admin"),
		Variables: map[string]any{"d": []string{furongID(t, env)}}}).Decode(t, &draft)
	if !draft.SaveWarningDraft.ViewerCan.Publish {
		t.Fatal("the city may not publish its draft")
	}
	res := env.Do(t, apitest.Request{Query: publishWarningOps, OperationName: "Publish", Token: env.Token(t, "admin"),
		Variables: map[string]any{"id": draft.SaveWarningDraft.ID}})
	if len(res.Errors) > 0 {
		t.Fatal(string(res.Raw))
	}
	return draft.SaveWarningDraft.ID
}

// TestWarningThroughTheAPI: the loop as the SPA drives it — publish, the
// enterprise's pending notices with viewerCan, acknowledge, report, the
// board — and the refusals' codes.
func TestWarningThroughTheAPI(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.NewDemo(t, dia)
		id := publish(t, env)
		qiye := env.Token(t, "qiye")
		var pending struct {
			PendingWarningNotices []struct {
				ID          string
				DeliveredAt *string
				Measures    []struct{ Key, TextZh string }
				ViewerCan   struct{ Acknowledge, Report bool }
				Warning     struct{ ID string }
			}
		}
		env.Do(t, apitest.Request{Query: `{pendingWarningNotices{id deliveredAt measures{key textZh} viewerCan{acknowledge report} warning{id}}}`,
			Token: qiye}).Decode(t, &pending)
		if len(pending.PendingWarningNotices) != 1 {
			t.Fatalf("qiye's pending notices: %+v", pending)
		}
		n := pending.PendingWarningNotices[0]
		if n.Warning.ID != id || !n.ViewerCan.Acknowledge || n.ViewerCan.Report || len(n.Measures) == 0 {
			t.Errorf("qiye's notice: %+v", n)
		}
		// The city may not acknowledge for qiye; the same answer as its viewerCan.
		if res := env.Query(t, "admin", `mutation($id:ID!){acknowledgeWarningNotice(id:$id){id}}`, map[string]any{"id": n.ID}); res.Code() != "FORBIDDEN" {
			t.Errorf("the city acknowledging: %s", res.Raw)
		}
		var adminView struct {
			Node struct{ ViewerCan struct{ Acknowledge bool } }
		}
		env.Do(t, apitest.Request{Query: `query($id:ID!){node(id:$id){...on WarningNotice{viewerCan{acknowledge}}}}`,
			Variables: map[string]any{"id": n.ID}, Token: env.Token(t, "admin")}).Decode(t, &adminView)
		if adminView.Node.ViewerCan.Acknowledge {
			t.Error("viewerCan.acknowledge is true for the city")
		}
		// Another enterprise does not see it.
		if res := env.Query(t, "e0002", `mutation($id:ID!){acknowledgeWarningNotice(id:$id){id}}`, map[string]any{"id": n.ID}); res.Code() != "NOT_FOUND" {
			t.Errorf("another enterprise acknowledging: %s", res.Raw)
		}
		report := `mutation($n:ID!,$items:[MeasureReportInput!]!){reportWarningMeasures(input:{noticeID:$n, items:$items, clientKey:"r1"}){reportCount measuresReportedAt}}`
		var items []map[string]any
		for _, m := range n.Measures {
			items = append(items, map[string]any{"key": m.Key, "status": "DONE"})
		}
		if res := env.Query(t, "qiye", report, map[string]any{"n": n.ID, "items": items}); res.Code() != "CONFLICT" {
			t.Errorf("reporting before acknowledging: %s", res.Raw)
		}
		if res := env.Query(t, "qiye", `mutation($id:ID!){acknowledgeWarningNotice(id:$id){acknowledgedAt viewerCan{acknowledge report}}}`, map[string]any{"id": n.ID}); len(res.Errors) > 0 {
			t.Fatal(string(res.Raw))
		}
		bad := append([]map[string]any{}, items...)
		bad = append(bad, map[string]any{"key": "m42", "status": "DONE"})
		res := env.Do(t, apitest.Request{Query: report, Variables: map[string]any{"n": n.ID, "items": bad}, Token: qiye, Lang: "en"})
		if res.Code() != "BAD_USER_INPUT" || len(res.Errors) == 0 || res.Errors[0].Extensions["field"] != fmt.Sprintf("items.%d.key", len(items)) {
			t.Errorf("an unknown measure: %s", res.Raw)
		}
		for range 2 { // a retry changes nothing
			var out struct{ ReportWarningMeasures struct{ ReportCount int } }
			env.Do(t, apitest.Request{Query: report, Variables: map[string]any{"n": n.ID, "items": items}, Token: qiye}).Decode(t, &out)
			if out.ReportWarningMeasures.ReportCount != 1 {
				t.Errorf("report count %d after a retry", out.ReportWarningMeasures.ReportCount)
			}
		}
		var board struct {
			Node struct {
				Board struct {
					Figures struct {
						Targeted, Acknowledged, Reported int
						TimelyResponseRate               float64
					}
					ByDistrict []struct{ DistrictID string }
				}
			}
		}
		env.Do(t, apitest.Request{Query: `query($id:ID!){node(id:$id){...on Warning{board{figures{targeted acknowledged reported timelyResponseRate} byDistrict{districtID}}}}}`,
			Variables: map[string]any{"id": id}, Token: env.Token(t, "admin")}).Decode(t, &board)
		f := board.Node.Board.Figures
		if f.Targeted == 0 || f.Acknowledged != 1 || f.Reported != 1 || f.TimelyResponseRate <= 0 || len(board.Node.Board.ByDistrict) != 1 {
			t.Errorf("the board: %+v", board.Node.Board)
		}
		// The receipts ledger (预警响应台账: the notices list's export, filtered
		// to the warning, as the board's button asks), as each reader may see it.
		for user, want := range map[string]int{"admin": f.Targeted, "furong": f.Targeted, "qiye": 1, "yuelu": 0} {
			var out struct{ ExportList exportJob }
			env.Query(t, user, exportQ, map[string]any{"in": map[string]any{"notices": map[string]any{"where": map[string]any{"warningID": id}}}}).Decode(t, &out)
			job := out.ExportList
			if job.Status != "DONE" || job.Rows != want || job.List != "NOTICES" {
				t.Errorf("%s: receipts export %+v, want %d rows", user, job, want)
				continue
			}
			if want == 0 {
				continue // nothing to write: no file
			}
			res, body := env.Get(t, *job.URL, env.Token(t, user))
			book, err := excelize.OpenReader(bytes.NewReader(body))
			if err != nil || res.StatusCode != 200 {
				t.Fatal(res.StatusCode, err)
			}
			rows, _ := book.GetRows("预警响应台账")
			if len(rows) != want+1 || !slices.Contains(rows[0], "按时确认") || !slices.Contains(rows[0], "电话督促次数") {
				t.Errorf("%s: %d rows in the workbook, header %v", user, len(rows), rows[0])
			}
		}
		// The old address is no page of the SPA.
		if res, _ := env.Get(t, "/exports/warnings/"+id+"/receipts.xlsx", env.Token(t, "admin")); res.StatusCode != 404 {
			t.Errorf("an unknown export path: %d", res.StatusCode)
		}
	})
}

// TestWarningReachesAnotherReplica: two server processes on one PostgreSQL
// database; qiye's phone subscribes on B, the city publishes on A, and the
// notice arrives on B — the latency is printed.
func TestWarningReachesAnotherReplica(t *testing.T) {
	url := dbtest.PostgresURL(t)
	a := apitest.Process(t, url)
	b := apitest.Process(t, url)
	tok := b.Token(t, "qiye")
	c, err := dialWS(t, b, "http://localhost:5173")
	if err != nil {
		t.Fatal(err)
	}
	defer c.CloseNow()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	read := wsReader(t, ctx, c)
	if err := wsjson.Write(ctx, c, wsMsg{Type: "connection_init", Payload: map[string]any{"Authorization": "Bearer " + tok}}); err != nil {
		t.Fatal(err)
	}
	if m := read(); m.Type != "connection_ack" {
		t.Fatalf("after connection_init: %+v", m)
	}
	if err := wsjson.Write(ctx, c, wsMsg{ID: "1", Type: "subscribe", Payload: map[string]any{
		"query": `subscription{warningNoticeReceived{id level deliveredAt warning{id title}}}`}}); err != nil {
		t.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond) // let the subscription register
	start := time.Now()
	id := publish(t, a)
	m := read()
	latency := time.Since(start)
	data, _ := m.Payload["data"].(map[string]any)
	n, _ := data["warningNoticeReceived"].(map[string]any)
	w, _ := n["warning"].(map[string]any)
	if m.Type != "next" || w["id"] != id || n["level"] != "ORANGE" || n["deliveredAt"] == nil {
		t.Fatalf("expected qiye's notice on replica B, got %+v", m)
	}
	t.Logf("published on A, received on B: %v after the publish request began", latency.Round(time.Millisecond))
	_ = c.Close(websocket.StatusNormalClosure, "")
}

// TestEmissionPlanImportThroughTheAPI: the list arrives as a multipart
// upload; a dry run reports and writes nothing; an enterprise is refused
// before its file is read.
func TestEmissionPlanImportThroughTheAPI(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.NewDemo(t, dia)
		var e struct {
			Enterprises struct {
				Edges []struct {
					Node struct{ CreditCode, Name string }
				}
			}
		}
		env.Do(t, apitest.Request{Query: `{enterprises(first: 1, orderBy: {field: NAME, direction: ASC}){edges{node{creditCode name}}}}`,
			Token: env.Token(t, "admin")}).Decode(t, &e)
		book := excelize.NewFile()
		rows := [][]any{
			{"统一社会信用代码", "企业名称", "绩效分级", "预警级别", "生产线/工序", "措施", "限产比例(%)"},
			{e.Enterprises.Edges[0].Node.CreditCode, e.Enterprises.Edges[0].Node.Name, "B级", "橙色", "1号生产线", "限产", "60"},
		}
		for i, r := range rows {
			cell, _ := excelize.CoordinatesToCellName(1, i+1)
			if err := book.SetSheetRow("Sheet1", cell, &r); err != nil {
				t.Fatal(err)
			}
		}
		var buf bytes.Buffer
		if err := book.Write(&buf); err != nil {
			t.Fatal(err)
		}
		const q = `mutation($file: Upload!, $dry: Boolean!){importEmissionPlans(year: 2026, file: $file, dryRun: $dry){rows enterprises created applied problemCount}}`
		res := env.UploadAt(t, "admin", q, map[string]any{"file": nil, "dry": true}, []string{"variables.file"},
			[]apitest.File{{Name: "2026年应急减排清单.xlsx", Content: buf.Bytes()}})
		var out struct {
			ImportEmissionPlans struct {
				Rows, Enterprises, Created, ProblemCount int
				Applied                                  bool
			}
		}
		res.Decode(t, &out)
		if r := out.ImportEmissionPlans; r.Rows != 1 || r.Enterprises != 1 || r.Created != 1 || r.Applied || r.ProblemCount != 0 {
			t.Errorf("dry run: %s", res.Raw)
		}
		if res := env.UploadAt(t, "qiye", q, map[string]any{"file": nil, "dry": true}, []string{"variables.file"},
			[]apitest.File{{Name: "x.xlsx", Content: buf.Bytes()}}); res.Code() != "FORBIDDEN" {
			t.Errorf("an enterprise importing plans: %s", res.Raw)
		}
	})
}
