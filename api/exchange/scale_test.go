package exchange_test

import (
	"context"
	"os"
	"runtime"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"greencheck/api/auth"
	"greencheck/api/db/dbtest"
	"greencheck/api/demo"
	"greencheck/api/exchange"
	"greencheck/ent"
	"greencheck/ent/exportjob"
	"greencheck/ent/user"
)

// ledgerRows is the size of the large ledger (EXPORT_ROWS changes it).
func ledgerRows() int {
	if n, err := strconv.Atoi(os.Getenv("EXPORT_ROWS")); err == nil && n > 0 {
		return n
	}
	return 500_000
}

// bigCity loads a synthetic city of 5,000 enterprises and rows findings
// and returns the city administrator's context.
func bigCity(t testing.TB, c *ent.Client, rows int) context.Context {
	t.Helper()
	start := time.Now()
	if err := demo.Synthetic(context.Background(), c, 5_000, rows, time.Now()); err != nil {
		t.Fatal(err)
	}
	hash, _ := auth.HashPassword(demo.Password)
	c.User.Create().SetUsername("admin").SetDisplayName("市局").SetPasswordHash(hash).SetRole(user.RoleCITY_ADMIN).ExecX(sys)
	t.Logf("%d findings loaded in %v", rows, time.Since(start).Round(time.Millisecond))
	return dbtest.As(c, "admin")
}

// exportLedger exports every finding as admin in the background and
// returns the finished job, the progress seen and the peak heap in use
// while it ran (sampled every 20 ms).
func exportLedger(t testing.TB, s *exchange.Service, admin context.Context) (*ent.ExportJob, []int, uint64) {
	t.Helper()
	var peak atomic.Uint64
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			if m.HeapInuse > peak.Load() {
				peak.Store(m.HeapInuse)
			}
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	}()
	job, err := s.ExportList(admin, exchange.ListInput{Findings: &exchange.FindingsInput{}})
	if err != nil {
		t.Fatal(err)
	}
	if job.Status != exportjob.StatusRUNNING {
		t.Fatalf("a ledger of %d rows came back %s", job.Total, job.Status)
	}
	updates, err := s.Subscribe(admin, job.ID)
	if err != nil {
		t.Fatal(err)
	}
	var seen []int
	var last *ent.ExportJob
	for j := range updates {
		seen, last = append(seen, j.Progress), j
	}
	s.Wait()
	close(stop)
	<-sampled
	return last, seen, peak.Load()
}

// TestExport500000Rows: a ledger of 500,000 findings is exported in the
// background with its progress, and the workbook holds every row (opened
// and counted row by row). Time and peak heap are logged.
func TestExport500000Rows(t *testing.T) {
	if testing.Short() {
		t.Skip("a 500,000-row city")
	}
	dbtest.Each(t, func(t *testing.T, dia string) {
		d := dbtest.Open(t, dia)
		rows := ledgerRows()
		admin := bigCity(t, d.Client, rows)
		s, _ := newService(t, d.Client)
		runtime.GC()
		start := time.Now()
		job, seen, peak := exportLedger(t, s, admin)
		took := time.Since(start)
		if job.Status != exportjob.StatusDONE || job.Rows != rows || job.Progress != 100 {
			t.Fatalf("ended as %+v", job)
		}
		if len(seen) < 10 {
			t.Errorf("progress seen %v", seen)
		}
		dl, err := s.Open(admin, job.ID)
		if err != nil {
			t.Fatal(err)
		}
		book, err := excelize.OpenFile(dl.Path)
		if err != nil {
			t.Fatal(err)
		}
		defer book.Close()
		it, err := book.Rows(book.GetSheetName(0))
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for it.Next() {
			n++
		}
		it.Close()
		if n != rows+1 {
			t.Errorf("the workbook holds %d rows, want %d and the header", n, rows)
		}
		t.Logf("%s: %d rows exported in %v (%d progress events), %.1f MB file, peak heap %.0f MB",
			dia, rows, took.Round(time.Millisecond), len(seen), float64(job.Size)/1e6, float64(peak)/1e6)
	})
}

// BenchmarkExportLedger: the whole ledger of a synthetic city (500,000
// findings; EXPORT_ROWS changes it) exported in the background, per
// database: the time of one export and the peak Go heap in use while it
// runs. scripts/bench runs it.
func BenchmarkExportLedger(b *testing.B) {
	for _, dia := range dbtest.Dialects(b) {
		b.Run(dia, func(b *testing.B) {
			d := dbtest.Open(b, dia)
			rows := ledgerRows()
			admin := bigCity(b, d.Client, rows)
			s, _ := newService(b, d.Client)
			runtime.GC()
			var peak uint64
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				job, _, p := exportLedger(b, s, admin)
				if job.Status != exportjob.StatusDONE || job.Rows != rows {
					b.Fatalf("ended as %+v", job)
				}
				peak = max(peak, p)
			}
			b.ReportMetric(float64(peak)/1e6, "peak-heap-MB")
			b.ReportMetric(float64(rows), "rows")
		})
	}
}
