package db_test

import (
	"math"
	"testing"

	"greencheck/api/db"
	"greencheck/api/db/dbtest"
)

// TestPercentile: the same percentiles on both databases, as PostgreSQL's
// percentile_cont computes them (interpolated; NULLs skipped; none → NULL),
// per group.
func TestPercentile(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		d := dbtest.Open(t, dia)
		q := "WITH t(g, x) AS (VALUES (1, 1), (1, 2), (1, 3), (1, 4), (1, 10), (2, NULL), (3, 7), (3, NULL)) " +
			"SELECT g, " + db.Percentile(dia, "x", 0.9) + ", " + db.Percentile(dia, "x", 0.5) + " FROM t GROUP BY g ORDER BY g"
		rows, err := d.SQL.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		type res struct {
			g        int
			p90, p50 *float64
		}
		var got []res
		for rows.Next() {
			var r res
			if err := rows.Scan(&r.g, &r.p90, &r.p50); err != nil {
				t.Fatal(err)
			}
			got = append(got, r)
		}
		near := func(v *float64, want float64) bool { return v != nil && math.Abs(*v-want) < 1e-9 }
		if len(got) != 3 || !near(got[0].p90, 7.6) || !near(got[0].p50, 3) ||
			got[1].p90 != nil || !near(got[2].p90, 7) {
			t.Fatalf("percentiles %v", got)
		}
		if v := db.PercentileOf([]float64{1, 2, 3, 4, 10}, 0.9); math.Abs(v-7.6) > 1e-9 {
			t.Fatalf("PercentileOf = %v", v)
		}
	})
}
