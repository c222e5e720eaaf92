package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"greencheck/api/apitest"
	"greencheck/api/db/dbtest"
)

// heavyQuery takes seconds on the demo city as the city administrator (two
// correlated has…With paths under an or, each scoped by privacy): well
// within the limits, far past a small deadline.
const heavyQuery = `{findings(first:100, where:{or:[
	{hasEnterpriseWith:{hasFindingsWith:{titleContains:"a"}}},
	{hasSelfCheckWith:{hasFindingsWith:{titleContains:"b"}}}]}){totalCount}}`

// A request that runs past its deadline is cancelled there — the statement
// too (PostgreSQL's statement_timeout and cancel request, SQLite's
// interrupt) — and the caller gets TIMEOUT in its language; a mutation
// whose deadline passes writes nothing.
func TestDeadlineCancelsWork(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.Demo(t, dia)
		// The query's time depends on the plan the database picks (after
		// other tests' writes PostgreSQL may join it in tens of
		// milliseconds): shorter deadlines are tried until one passes.
		var res *apitest.Response
		var took time.Duration
		for _, d := range []time.Duration{150 * time.Millisecond, 40 * time.Millisecond, 10 * time.Millisecond, 2 * time.Millisecond} {
			short := env.Patient(t, d)
			start := time.Now()
			res = short.Do(t, apitest.Request{Query: heavyQuery, Token: env.Token(t, "admin"), Lang: "en"})
			took = time.Since(start)
			if res.Code() == "TIMEOUT" || len(res.Errors) > 0 {
				break
			}
			t.Logf("answered within %s (%s): trying a shorter deadline", d, took)
		}
		if res.Code() != "TIMEOUT" {
			t.Fatalf("code %q, want TIMEOUT: %.300s", res.Code(), res.Raw)
		}
		if took > 2*time.Second {
			t.Errorf("answered %s after a 150 ms deadline: the statement was not cancelled", took)
		}
		if m := res.Errors[0].Message; !bytes.Contains([]byte(m), []byte("nothing was changed")) {
			t.Errorf("message: %s", m)
		}

		// A mutation whose deadline has passed writes nothing.
		f := load(t, env)
		before, _ := env.DB.Client.Enterprise.Query().Count(sys)
		gone := env.Patient(t, time.Nanosecond)
		res = gone.Do(t, apitest.Request{Token: env.Token(t, "admin"),
			Query: `mutation($in:CreateEnterpriseInput!){createEnterprise(input:$in){enterprise{id}}}`,
			Variables: map[string]any{"in": map[string]any{"name": "超时测试有限公司", "creditCode": "91430102MA4L000002",
				"districtID": itoa(f.furong.ID), "industryCode": "3360", "industryName": "金属表面处理", "permitTier": "SIMPLIFIED"}}})
		if res.Code() != "TIMEOUT" {
			t.Errorf("mutation past its deadline: %s", res.Raw)
		}
		if after, _ := env.DB.Client.Enterprise.Query().Count(sys); after != before {
			t.Errorf("a timed-out mutation wrote: %d → %d enterprises", before, after)
		}

		// A client that goes away cancels its work: the database is free
		// again long before the heavy query would have finished.
		patient := env.Patient(t, time.Minute)
		tok := patient.Token(t, "admin")
		ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
		body, _ := json.Marshal(map[string]any{"query": heavyQuery})
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, patient.Server.URL+"/query", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+tok)
		if resp, err := http.DefaultClient.Do(req); err == nil {
			resp.Body.Close()
			t.Log("the heavy query finished within 100 ms; nothing to cancel")
		}
		cancel()
		deadline := time.Now().Add(3 * time.Second)
		for {
			busy := 0
			if dia == dialect.Postgres {
				_ = env.DB.SQL.QueryRow(`SELECT COUNT(*) FROM pg_stat_activity
					WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`).Scan(&busy)
			} else {
				// One connection: a trivial statement waits for the heavy one.
				qctx, qcancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
				if err := env.DB.SQL.QueryRowContext(qctx, "SELECT 1").Scan(new(int)); err != nil {
					busy = 1
				}
				qcancel()
			}
			if busy == 0 {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("%d statements still running 3 s after the client left", busy)
			}
			time.Sleep(50 * time.Millisecond)
		}
	})
}
