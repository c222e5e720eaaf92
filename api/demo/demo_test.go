package demo_test

import (
	"context"
	"testing"
	"time"

	"entgo.io/ent/privacy"

	"greencheck/api/db/dbtest"
	"greencheck/api/demo"
	"greencheck/api/warning"
	"greencheck/ent/checklistitem"
	"greencheck/ent/finding"
	"greencheck/ent/user"
)

func TestDemoCityReproducesThePublishedFigures(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		d := dbtest.Open(t, dia)
		ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
		start := time.Now()
		if err := demo.Load(ctx, d.Client, time.Date(2026, 11, 28, 8, 0, 0, 0, time.UTC)); err != nil {
			t.Fatal(err)
		}
		t.Logf("demo city loaded on %s in %v", dia, time.Since(start))
		c := d.Client
		count := func(n int, err error) int {
			t.Helper()
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
		if n := count(c.District.Query().Count(ctx)); n != 10 {
			t.Errorf("districts = %d, want 10", n)
		}
		if n := count(c.Enterprise.Query().Count(ctx)); n != demo.Enterprises {
			t.Errorf("enterprises = %d, want %d", n, demo.Enterprises)
		}
		if n := count(c.ChecklistItem.Query().Count(ctx)); n != 59 {
			t.Errorf("checklist items = %d, want 59", n)
		}
		if n := count(c.Finding.Query().Count(ctx)); n != demo.Findings {
			t.Errorf("findings = %d, want %d", n, demo.Findings)
		}
		if n := count(c.Finding.Query().Where(finding.StatusEQ(finding.StatusCLOSED)).Count(ctx)); n != demo.ClosedFindings {
			t.Errorf("closed findings = %d, want %d", n, demo.ClosedFindings)
		}
		if n := count(c.Finding.Query().Where(finding.Overdue(true)).Count(ctx)); n == 0 {
			t.Error("no overdue findings")
		}
		// Every finding comes from a non-compliant answer of the campaign.
		if n := count(c.Answer.Query().Count(ctx)); n < demo.Findings {
			t.Errorf("answers = %d, fewer than findings", n)
		}
		qiye, err := c.User.Query().Where(user.Username("qiye")).QueryEnterprise().Only(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if qiye.Name != demo.QiyeEnterprise {
			t.Errorf("qiye's enterprise = %s", qiye.Name)
		}
		open := count(qiye.QueryFindings().Where(finding.StatusNotIn(finding.StatusCLOSED, finding.StatusINVALID)).Count(ctx))
		if open < 3 {
			t.Errorf("qiye has %d open findings, want some", open)
		}
		// Heads trained: distinct enterprises with an attendance.
		var heads []struct {
			EnterpriseID int `json:"enterprise_id"`
		}
		if err := c.Attendance.Query().GroupBy("enterprise_id").Scan(ctx, &heads); err != nil {
			t.Fatal(err)
		}
		if len(heads) <= 1300 {
			t.Errorf("trained enterprise heads = %d, want more than 1,300", len(heads))
		}
		// The 3 warnings of the season, published and lifted: every
		// targeted enterprise acknowledged each round in time and reported
		// in time — the seed's 100 % timely response.
		ws, err := c.Warning.Query().All(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(ws) != 3 {
			t.Fatalf("warnings = %d, want 3", len(ws))
		}
		svc := warning.New(c, nil, nil)
		for _, w := range ws {
			b, err := svc.Board(ctx, w.ID)
			if err != nil {
				t.Fatal(err)
			}
			f := b.Figures
			if f.Targeted != 2*demo.Enterprises || f.AcknowledgedInTime != f.Targeted || f.TimelyResponseRate != 100 ||
				f.ReportsDue != demo.Enterprises || f.ReportedInTime != f.ReportsDue || f.DeliveryRate != 100 {
				t.Errorf("%s: figures %+v, want every one of %d notices acknowledged and reported in time", w.Title, f, 2*demo.Enterprises)
			}
			if len(b.ByRound) != 2 || b.ByRound[0].TimelyResponseRate != 100 || b.ByRound[1].TimelyResponseRate != 100 {
				t.Errorf("%s: rounds %+v", w.Title, b.ByRound)
			}
		}
		if n := count(c.ChecklistItem.Query().Where(checklistitem.QuestionEnNEQ("")).Count(ctx)); n != 59 {
			t.Errorf("items with English questions = %d", n)
		}
	})
}

// BenchmarkLoad measures loading the whole demo city (aim: under 15 s on SQLite).
func BenchmarkLoad(b *testing.B) {
	for _, dia := range dbtest.Dialects(b) {
		b.Run(dia, func(b *testing.B) {
			for b.Loop() {
				b.StopTimer()
				d := dbtest.Open(b, dia)
				b.StartTimer()
				if err := demo.Load(context.Background(), d.Client, time.Now()); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
