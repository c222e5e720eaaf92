package report

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"entgo.io/ent/privacy"

	"greencheck/api/apperr"
	"greencheck/api/db/dbtest"
	"greencheck/api/demo"
	"greencheck/ent"
	"greencheck/ent/enterprise"
	"greencheck/ent/savedreport"
)

// TestSavedReports: a report is saved as its owner's, checked as report()
// checks it (errors under input.report), saved once however often a save
// is retried with its key; only the owner changes or deletes it; shared it
// is read — and run in their own scope — by other administrators, never by
// an enterprise; a watched report is sent at once and again when its
// figures change, and the stream ends when it is deleted.
func TestSavedReports(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		d := dbtest.Open(t, dia)
		c := d.Client
		if err := demo.Load(context.Background(), c, time.Now()); err != nil {
			t.Fatal(err)
		}
		s := New(c)
		admin, furong, qiye := dbtest.As(c, "admin"), dbtest.As(c, "furong"), dbtest.As(c, "qiye")
		in := Input{Measures: []string{"FINDINGS", "RECTIFICATION_RATE"}, Dimensions: []string{"DISTRICT"}}
		key := "save-1"
		yes := true
		r, err := s.Save(admin, SaveInput{Name: " 各区整改 ", Report: in, Shared: &yes, ClientKey: &key})
		if err != nil {
			t.Fatal(err)
		}
		again, err := s.Save(admin, SaveInput{Name: "各区整改", Report: in, Shared: &yes, ClientKey: &key})
		if err != nil || again.ID != r.ID || r.Name != "各区整改" {
			t.Fatalf("retried save: %v %v", again, err)
		}
		if _, err := s.Save(admin, SaveInput{Name: "另一个", Report: in, ClientKey: &key}); apperr.CodeOf(err) != apperr.Conflict {
			t.Errorf("key reused for another name: %v", err)
		}
		var stored Input
		if err := json.Unmarshal([]byte(r.Input), &stored); err != nil || stored.Measures[1] != "RECTIFICATION_RATE" {
			t.Errorf("stored input %s", r.Input)
		}
		if _, err := s.Save(admin, SaveInput{Name: "x", Report: Input{Measures: []string{"FINDINGS", "ENTERPRISES"}}}); err == nil {
			t.Error("a report of two cubes was saved")
		} else if e, _ := apperr.As(err); e.Field != "report.measures.1" {
			t.Errorf("field %q", e.Field)
		}
		// furong reads the shared report and runs it in 芙蓉区's scope.
		got, err := c.SavedReport.Get(furong, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		rep, err := s.RunSaved(furong, got, nil)
		if err != nil || len(rep.Rows) != 1 || rep.Rows[0].Dimensions[0].Label != "芙蓉区" {
			t.Fatalf("furong runs the city's shared report: %+v %v", rep, err)
		}
		// Not theirs to change or delete; not qiye's to read.
		if _, err := s.Save(furong, SaveInput{ID: &r.ID, Name: "改名", Report: in}); apperr.CodeOf(err) != apperr.NotFound {
			t.Errorf("furong changed the city's report: %v", err)
		}
		if err := s.Delete(furong, r.ID); apperr.CodeOf(err) != apperr.NotFound {
			t.Errorf("furong deleted the city's report: %v", err)
		}
		if _, err := c.SavedReport.Get(qiye, r.ID); !ent.IsNotFound(err) {
			t.Errorf("qiye read a shared report: %v", err)
		}
		if n := c.SavedReport.Query().Where(savedreport.Shared(true)).CountX(qiye); n != 0 {
			t.Errorf("qiye counts %d shared reports", n)
		}
		// Watched: sent at once, again when a finding is added in 芙蓉区.
		ctx, cancel := context.WithCancel(furong)
		defer cancel()
		ch, err := s.Watch(ctx, r.ID, MinWatchSeconds)
		if err != nil {
			t.Fatal(err)
		}
		first := <-ch
		sys := privacy.DecisionContext(context.Background(), privacy.Allow)
		e := c.Enterprise.Query().Where(enterprise.DistrictID(rep.Rows[0].districtID(t))).FirstX(sys)
		c.Finding.Create().SetEnterpriseID(e.ID).SetSource("MANUAL").SetTitle("新发现的问题").SetSeverity("LOW").
			SetDueAt(time.Now().Add(72 * time.Hour)).ExecX(sys)
		select {
		case next := <-ch:
			if *next.Rows[0].Values[0] != *first.Rows[0].Values[0]+1 {
				t.Errorf("watched: %v then %v findings", *first.Rows[0].Values[0], *next.Rows[0].Values[0])
			}
		case <-time.After(3 * MinWatchSeconds * time.Second):
			t.Fatal("the watched report was not sent again after its figures changed")
		}
		if _, err := s.Watch(ctx, r.ID, 1); apperr.CodeOf(err) != apperr.BadUserInput {
			t.Errorf("every second: %v", err)
		}
		if err := s.Delete(admin, r.ID); err != nil {
			t.Fatal(err)
		}
		select {
		case _, open := <-ch:
			if open {
				t.Error("the stream of a deleted report went on")
			}
		case <-time.After(3 * MinWatchSeconds * time.Second):
			t.Fatal("the stream of a deleted report did not end")
		}
	})
}

func (r *Row) districtID(t *testing.T) int {
	t.Helper()
	var id int
	if err := json.Unmarshal([]byte(r.Dimensions[0].Value), &id); err != nil {
		t.Fatal(err)
	}
	return id
}

// TestPinnedReports: a home shows its owner's pinned reports by name — not
// another's, even shared and pinned by them — at most MaxPinned (the next
// is refused naming pinned, in one transaction: nothing saved); unpinning
// makes room.
func TestPinnedReports(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		d := dbtest.Open(t, dia)
		c := d.Client
		if err := demo.Load(context.Background(), c, time.Now()); err != nil {
			t.Fatal(err)
		}
		s := New(c)
		admin, furong := dbtest.As(c, "admin"), dbtest.As(c, "furong")
		in := Input{Measures: []string{"FINDINGS"}, Dimensions: []string{"DISTRICT"}}
		yes, no := true, false
		var first *ent.SavedReport
		for i := MaxPinned; i > 0; i-- {
			r, err := s.Save(admin, SaveInput{Name: fmt.Sprintf("看板 %d", i), Report: in, Shared: &yes, Pinned: &yes})
			if err != nil {
				t.Fatal(err)
			}
			first = r
		}
		if _, err := s.Save(furong, SaveInput{Name: "芙蓉区看板", Report: in, Pinned: &yes}); err != nil {
			t.Fatal(err)
		}
		before := c.SavedReport.Query().CountX(privacy.DecisionContext(context.Background(), privacy.Allow))
		_, err := s.Save(admin, SaveInput{Name: "第九个", Report: in, Pinned: &yes})
		if e, _ := apperr.As(err); e == nil || e.Code != apperr.BadUserInput || e.Field != "pinned" {
			t.Fatalf("a ninth pinned report: %v", err)
		}
		if after := c.SavedReport.Query().CountX(privacy.DecisionContext(context.Background(), privacy.Allow)); after != before {
			t.Fatalf("the refused save left a report: %d → %d", before, after)
		}
		home, err := s.Pinned(admin)
		if err != nil || len(home) != MaxPinned || home[0].Name != "看板 1" || home[0].ID != first.ID {
			t.Fatalf("admin's home: %v %v", home, err)
		}
		// furong reads the city's shared, pinned reports but its home is its own.
		if mine, err := s.Pinned(furong); err != nil || len(mine) != 1 || mine[0].Name != "芙蓉区看板" {
			t.Fatalf("furong's home: %v %v", mine, err)
		}
		// A pinned report changed keeps its place; unpinning one makes room.
		if _, err := s.Save(admin, SaveInput{ID: &first.ID, Name: "看板 1", Report: in, Pinned: &yes}); err != nil {
			t.Fatalf("re-saving a pinned report: %v", err)
		}
		if _, err := s.Save(admin, SaveInput{ID: &first.ID, Name: "看板 1", Report: in, Pinned: &no}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Save(admin, SaveInput{Name: "第九个", Report: in, Pinned: &yes}); err != nil {
			t.Fatalf("pinning after unpinning one: %v", err)
		}
	})
}

// TestPinsRaced: ten pins sent at once leave at most MaxPinned on the home
// (the owner's row is locked while one counts).
func TestPinsRaced(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		d := dbtest.Open(t, dia)
		c := d.Client
		if err := demo.Load(context.Background(), c, time.Now()); err != nil {
			t.Fatal(err)
		}
		s := New(c)
		admin := dbtest.As(c, "admin")
		in := Input{Measures: []string{"FINDINGS"}}
		yes := true
		for i := range MaxPinned - 1 {
			if _, err := s.Save(admin, SaveInput{Name: fmt.Sprintf("看板 %d", i), Report: in, Pinned: &yes}); err != nil {
				t.Fatal(err)
			}
		}
		errs := make(chan error, 10)
		start := make(chan struct{})
		for i := range 10 {
			go func() {
				<-start
				_, err := s.Save(admin, SaveInput{Name: fmt.Sprintf("并发 %d", i), Report: in, Pinned: &yes})
				errs <- err
			}()
		}
		close(start)
		ok := 0
		for range 10 {
			err := <-errs
			if err == nil {
				ok++
			} else if e, _ := apperr.As(err); e == nil || e.Field != "pinned" {
				t.Errorf("a raced pin: %v", err)
			}
		}
		n := c.SavedReport.Query().Where(savedreport.Pinned(true)).CountX(privacy.DecisionContext(context.Background(), privacy.Allow))
		if ok != 1 || n != MaxPinned {
			t.Fatalf("%d of 10 raced pins taken, %d pinned", ok, n)
		}
	})
}
