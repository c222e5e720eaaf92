package server_test

import (
	"encoding/json"
	"net/http"
	"testing"
	"time"

	"greencheck/api/apitest"
	"greencheck/api/checklist"
	"greencheck/api/db/dbtest"
	"greencheck/ent/checklisttemplate"
	"greencheck/ent/enterprise"
	"greencheck/ent/schematype"
)

type exported struct {
	Name  string           `json:"name"`
	Items []map[string]any `json:"items"`
}

// TestChecklistTemplates: the city starts a draft from the published
// checklist, edits it (bad items refused with the item named), publishes
// it (the old version is archived and can no longer be issued, a published
// version can no longer change), exports it as Excel and imports it back
// as the next draft with the same items. Districts edit nothing.
func TestChecklistTemplates(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.NewDemo(t, dia)
		v1 := env.DB.Client.ChecklistTemplate.Query().Where(checklisttemplate.StatusEQ(checklisttemplate.StatusPUBLISHED)).OnlyX(sys)
		getJSON := func(id string) exported {
			res, body := env.Get(t, "/exports/checklist/"+id+"?format=json", env.Token(t, "admin"))
			if res.StatusCode != http.StatusOK {
				t.Fatalf("export %s: %d %s", id, res.StatusCode, body)
			}
			var d exported
			if err := json.Unmarshal(body, &d); err != nil {
				t.Fatal(err)
			}
			return d
		}
		doc := getJSON(itoa(v1.ID))
		if len(doc.Items) != 59 || doc.Items[0]["code"] == "" {
			t.Fatalf("export: %d items", len(doc.Items))
		}
		draftQ := `mutation($id:ID!){draftChecklistTemplate(fromID:$id){id version status items(first:0){totalCount}}}`
		if r := env.Query(t, "furong", draftQ, map[string]any{"id": itoa(v1.ID)}); r.Code() != "FORBIDDEN" {
			t.Errorf("a district drafting: %s", r.Raw)
		}
		type tpl struct {
			ID, Status string
			Version    int
			Items      struct{ TotalCount int }
		}
		var d1, d2 struct{ DraftChecklistTemplate tpl }
		env.Query(t, "admin", draftQ, map[string]any{"id": itoa(v1.ID)}).Decode(t, &d1)
		env.Query(t, "admin", draftQ, map[string]any{"id": itoa(v1.ID)}).Decode(t, &d2)
		draft := d1.DraftChecklistTemplate
		if draft.Version != 2 || draft.Status != "DRAFT" || draft.Items.TotalCount != 59 || d2.DraftChecklistTemplate.ID != draft.ID {
			t.Fatalf("draft %+v, again %+v", draft, d2)
		}

		// Edit: drop the last item, add a choice item.
		items := doc.Items[:58]
		items = append(items, map[string]any{"code": "EMG-99", "category": "EMERGENCY", "questionZh": "应急物资储备情况？",
			"questionEn": "Emergency supplies?", "answerType": "CHOICE",
			"compliance":    map[string]any{"choices": []string{"充足", "不足"}, "compliant": []string{"充足"}},
			"applicability": map[string]any{"flags": []string{"AIR_RELATED"}}, "findingLabelZh": "应急物资不足", "findingLabelEn": "Short of supplies",
			"severity": "LOW", "defaultDeadlineDays": 15, "guidanceZh": []string{"补充应急物资并登记"}})
		saveQ := `mutation($id:ID!,$in:ChecklistDraftInput!){saveChecklistDraft(id:$id,input:$in){id items(first:0){totalCount}}}`
		bad := append([]map[string]any{}, items...)
		bad[58] = map[string]any{}
		for k, v := range items[58] {
			bad[58][k] = v
		}
		bad[58]["compliance"] = map[string]any{"choices": []string{"充足", "不足"}, "compliant": []string{"很多"}}
		r := env.Query(t, "admin", saveQ, map[string]any{"id": draft.ID, "in": map[string]any{"name": doc.Name, "items": bad}})
		if r.Code() != "BAD_USER_INPUT" || r.Errors[0].Extensions["field"] != "items.58.compliance.compliant" {
			t.Errorf("a compliant choice that is not a choice: %s", r.Raw)
		}
		var saved struct {
			SaveChecklistDraft struct{ Items struct{ TotalCount int } }
		}
		env.Query(t, "admin", saveQ, map[string]any{"id": draft.ID, "in": map[string]any{"name": doc.Name, "items": items}}).Decode(t, &saved)
		if saved.SaveChecklistDraft.Items.TotalCount != 59 {
			t.Errorf("saved %d items", saved.SaveChecklistDraft.Items.TotalCount)
		}

		// Publish: v1 archived, v2 frozen, tasks only from v2.
		pubQ := `mutation($id:ID!){publishChecklistTemplate(id:$id){id status publishedAt}}`
		env.Query(t, "admin", pubQ, map[string]any{"id": draft.ID}).Decode(t, &struct{}{})
		if st := env.DB.Client.ChecklistTemplate.GetX(sys, v1.ID).Status; st != checklisttemplate.StatusARCHIVED {
			t.Errorf("v1 is %s", st)
		}
		if r := env.Query(t, "admin", saveQ, map[string]any{"id": draft.ID, "in": map[string]any{"name": doc.Name, "items": items}}); r.Code() != "CONFLICT" {
			t.Errorf("editing a published version: %s", r.Raw)
		}
		issue := `mutation($in:IssueInspectionTaskInput!){issueInspectionTask(input:$in){task{id}}}`
		task := func(id string) map[string]any {
			return map[string]any{"in": map[string]any{"templateID": id, "title": "新版清单试点", "dueAt": time.Now().Add(72 * time.Hour).UTC().Format(time.RFC3339),
				"scope": map[string]any{"enterpriseIDs": []string{itoa(load(t, env).qiyeEnt.ID)}}}}
		}
		if r := env.Query(t, "admin", issue, task(itoa(v1.ID))); r.Code() != "BAD_USER_INPUT" {
			t.Errorf("issuing an archived version: %s", r.Raw)
		}
		env.Query(t, "admin", issue, task(draft.ID)).Decode(t, &struct{}{})

		// Excel round trip: export v2, import it as v3 with the same items.
		res, xlsx := env.Get(t, "/exports/checklist/"+draft.ID+"?format=xlsx", env.Token(t, "admin"))
		if res.StatusCode != http.StatusOK || string(xlsx[:2]) != "PK" {
			t.Fatalf("xlsx export: %d", res.StatusCode)
		}
		importQ := `mutation($f:Upload!){importChecklistTemplate(file:$f){id version status}}`
		var imp struct {
			ImportChecklistTemplate struct {
				ID, Status string
				Version    int
			}
		}
		env.UploadAt(t, "admin", importQ, map[string]any{"f": nil}, []string{"variables.f"},
			[]apitest.File{{Name: "清单.xlsx", Content: xlsx}}).Decode(t, &imp)
		if imp.ImportChecklistTemplate.Version != 3 || imp.ImportChecklistTemplate.Status != "DRAFT" {
			t.Fatalf("import: %+v", imp)
		}
		a, b := getJSON(draft.ID), getJSON(imp.ImportChecklistTemplate.ID)
		if toJSON(a.Items) != toJSON(b.Items) {
			t.Errorf("the Excel round trip changed the items")
		}
		// A new, empty checklist: a draft that cannot be published until it has items.
		var created struct {
			CreateChecklistTemplate struct {
				ID, Status string
				Version    int
			}
		}
		createQ := `mutation($n:String!){createChecklistTemplate(name:$n){id status version}}`
		env.Query(t, "admin", createQ, map[string]any{"n": "危险废物专项自查清单"}).Decode(t, &created)
		if c := created.CreateChecklistTemplate; c.Status != "DRAFT" || c.Version != 1 {
			t.Errorf("created %+v", c)
		}
		if r := env.Query(t, "admin", pubQ, map[string]any{"id": created.CreateChecklistTemplate.ID}); r.Code() != "BAD_USER_INPUT" {
			t.Errorf("publishing an empty checklist: %s", r.Raw)
		}
		if r := env.Query(t, "admin", createQ, map[string]any{"n": doc.Name}); r.Code() != "BAD_USER_INPUT" {
			t.Errorf("a second checklist with a taken name: %s", r.Raw)
		}
		if r := env.Query(t, "furong", createQ, map[string]any{"n": "区县清单"}); r.Code() != "FORBIDDEN" {
			t.Errorf("a district creating a checklist: %s", r.Raw)
		}
		// A second import while the draft exists, and garbage, are refused.
		if r := env.UploadAt(t, "admin", importQ, map[string]any{"f": nil}, []string{"variables.f"},
			[]apitest.File{{Name: "清单.xlsx", Content: xlsx}}); r.Code() != "CONFLICT" {
			t.Errorf("a second draft: %s", r.Raw)
		}
		if r := env.UploadAt(t, "admin", importQ, map[string]any{"f": nil}, []string{"variables.f"},
			[]apitest.File{{Name: "x.json", Content: []byte(`{"name":"x","items":[{"code":""}]}`)}}); r.Code() != "BAD_USER_INPUT" {
			t.Errorf("a bad file: %s", r.Raw)
		}
	})
}

// TestApplicabilityReach: the editor's preview counts exactly the active
// enterprises the checklist's own rule (checklist.Applies) selects, within
// the viewer's scope.
func TestApplicabilityReach(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.Demo(t, dia)
		f := load(t, env)
		all := env.DB.Client.Enterprise.Query().Where(enterprise.StatusEQ(enterprise.StatusACTIVE)).AllX(sys)
		rules := []schematype.Applicability{
			{},
			{Flags: []string{"VOC_USER"}},
			{PermitTiers: []string{"KEY", "SIMPLIFIED"}, Flags: []string{"AIR_RELATED"}},
			{IndustryPrefixes: []string{"26", "3311"}, Flags: []string{"HAZARDOUS_WASTE"}},
		}
		q := `query($r:[ApplicabilityInput!]!){applicabilityReach(rules:$r)}`
		for _, a := range rules {
			want, furongWant := 0, 0
			for _, e := range all {
				if checklist.Applies(a, checklist.Profile{PermitTier: string(e.PermitTier), IndustryCode: e.IndustryCode,
					AirRelated: e.AirRelated, KeySupervised: e.KeySupervised, VocUser: e.VocUser, HazardousWaste: e.HazardousWaste}) {
					want++
					if e.DistrictID == f.furong.ID {
						furongWant++
					}
				}
			}
			var got, furong struct{ ApplicabilityReach int }
			env.Query(t, "admin", q, map[string]any{"r": []any{a}}).Decode(t, &got)
			env.Query(t, "furong", q, map[string]any{"r": []any{a}}).Decode(t, &furong)
			if got.ApplicabilityReach != want || furong.ApplicabilityReach != furongWant {
				t.Errorf("%+v: city %d (want %d), 芙蓉区 %d (want %d)", a, got.ApplicabilityReach, want, furong.ApplicabilityReach, furongWant)
			}
		}
		var both struct{ ApplicabilityReach int }
		env.Query(t, "admin", q, map[string]any{"r": []any{rules[1], rules[3]}}).Decode(t, &both)
		var one struct{ ApplicabilityReach int }
		env.Query(t, "admin", q, map[string]any{"r": []any{rules[1]}}).Decode(t, &one)
		if both.ApplicabilityReach < one.ApplicabilityReach {
			t.Errorf("any of two rules reaches %d, fewer than one of them (%d)", both.ApplicabilityReach, one.ApplicabilityReach)
		}
	})
}
