package report_test

import (
	"testing"

	"greencheck/api/report"
)

// TestPeriodLabel: a period reads as its granularity (what the builder's
// table, its charts and the exports show).
func TestPeriodLabel(t *testing.T) {
	for _, c := range []struct{ period, gran, want string }{
		{"2026-06-01", "MONTH", "2026-06"}, {"2026-01-01", "QUARTER", "2026-Q1"}, {"2026-04-01", "QUARTER", "2026-Q2"},
		{"2026-10-01", "QUARTER", "2026-Q4"}, {"2026-01-01", "YEAR", "2026"}, {"2026-06-08", "WEEK", "2026-06-08"},
		{"2026-06-09", "DAY", "2026-06-09"},
	} {
		if got := report.PeriodLabel(c.period, c.gran); got != c.want {
			t.Errorf("PeriodLabel(%s, %s) = %s, want %s", c.period, c.gran, got, c.want)
		}
	}
}
