package server_test

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"entgo.io/ent/dialect"
	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
	"golang.org/x/crypto/bcrypt"

	"greencheck/api/apitest"
	"greencheck/api/db"
	"greencheck/api/db/dbtest"
	"greencheck/api/demo"
	"greencheck/ent"
	"greencheck/ent/enterprise"
	"greencheck/ent/user"
)

// BenchmarkWarningSubscribers: SUBSCRIBERS (default 2,000) enterprise users
// hold a WebSocket subscribed to warningNoticeReceived — on one server
// process (SQLite, PostgreSQL) and, on PostgreSQL, split over two processes
// on one database (replicas) — then the city publishes a warning to all of
// their enterprises on the first process. It reports the time from the
// publish request to each banner (p50-ms, p99-ms, max-ms), the publish
// request itself (publish-ms), and the servers' resident memory per
// subscriber (rss-KB/sub: the processes' RSS with every socket subscribed,
// less before any was opened). The city is synthetic (demo.Synthetic): as
// many air-related enterprises as subscribers, each user's password hashed
// at bcrypt's lowest cost so that signing in 2,000 users takes seconds.
//
//	TEST_DATABASE_URL=… go test -run '^$' -bench WarningSubscribers -benchtime 1x ./api/server
func BenchmarkWarningSubscribers(b *testing.B) {
	n := sizeFromEnv("SUBSCRIBERS", 2000)
	for _, dia := range dbtest.Dialects(b) {
		replicas := []int{1}
		if dia == dialect.Postgres {
			replicas = []int{1, 2}
		}
		for _, r := range replicas {
			b.Run(fmt.Sprintf("%s/%d-replica", dia, r), func(b *testing.B) { subscribers(b, dia, n, r) })
		}
	}
}

func subscribers(b *testing.B, dia string, n, replicas int) {
	ctx := context.Background()
	// The city: n*5/4 enterprises, of which n air-related (demo.Synthetic
	// makes every fifth not), one user each.
	var url, dir string
	var c *ent.Client
	if dia == dialect.Postgres {
		d := dbtest.Open(b, dia)
		url, c = d.URL, d.Client
	} else {
		dir = b.TempDir()
		d, err := db.Open(ctx, "", dir)
		if err != nil {
			b.Fatal(err)
		}
		defer d.SQL.Close()
		c = d.Client
	}
	if err := demo.Synthetic(ctx, c, n*5/4, 0, time.Now()); err != nil {
		b.Fatal(err)
	}
	fast, _ := bcrypt.GenerateFromPassword([]byte(demo.Password), bcrypt.MinCost)
	if err := c.User.Update().SetPasswordHash(string(fast)).Exec(sys); err != nil {
		b.Fatal(err)
	}
	if err := c.User.Create().SetUsername("admin").SetDisplayName("市局").SetPasswordHash(string(fast)).
		SetRole(user.RoleCITY_ADMIN).Exec(sys); err != nil {
		b.Fatal(err)
	}
	var names []string
	for _, u := range c.User.Query().Where(user.RoleEQ(user.RoleENTERPRISE), user.HasEnterpriseWith(enterprise.AirRelated(true), enterprise.StatusEQ(enterprise.StatusACTIVE))).
		Order(ent.Asc(user.FieldID)).AllX(sys) {
		names = append(names, u.Username)
	}
	if len(names) != n {
		b.Fatalf("%d air-related enterprise users, want %d", len(names), n)
	}
	if dia == dialect.SQLite {
		c.Close() // the process opens the file itself
	}

	envs := make([]*apitest.Env, replicas)
	for i := range envs {
		envs[i] = apitest.ProcessIn(b, url, dir)
	}
	before := rss(b, envs)

	// Every user signs in on its replica and subscribes there.
	subs := make([]*subscriber, n)
	var wg sync.WaitGroup
	errs := make(chan error, n)
	work := make(chan int)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				env := envs[i%replicas]
				// Sign-ins from one address contend on its throttle row and are
				// told to retry (RATE_LIMITED, a second); phones come from many.
				tok, err := env.Login(names[i], demo.Password)
				for try := 0; err != nil && strings.Contains(err.Error(), "RATE_LIMITED") && try < 30; try++ {
					time.Sleep(time.Second)
					tok, err = env.Login(names[i], demo.Password)
				}
				if err != nil {
					errs <- fmt.Errorf("login %s: %v", names[i], err)
					continue
				}
				s, err := subscribe(env, tok)
				if err != nil {
					errs <- fmt.Errorf("%s: %v", names[i], err)
					continue
				}
				subs[i] = s
			}
		}()
	}
	for i := range n {
		work <- i
	}
	close(work)
	wg.Wait()
	close(errs)
	for err := range errs {
		b.Fatal(err)
	}
	defer func() {
		for _, s := range subs {
			s.c.CloseNow()
		}
	}()
	time.Sleep(2 * time.Second) // let every subscription register on the server
	after := rss(b, envs)
	b.ReportMetric(float64(after-before)/float64(n), "rss-KB/sub")

	admin := envs[0]
	var took []time.Duration
	var publishTook time.Duration
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		id := draftForAll(b, admin)
		b.StartTimer()
		start := time.Now()
		res := admin.Do(b, apitest.Request{Query: `mutation($id:ID!){publishWarning(id:$id){rounds{recipients}}}`,
			Token: admin.Token(b, "admin"), Variables: map[string]any{"id": id}})
		publishTook = time.Since(start)
		if len(res.Errors) > 0 {
			b.Fatal(res.Raw)
		}
		deadline := time.After(60 * time.Second)
		for i, s := range subs {
			select {
			case at := <-s.got:
				took = append(took, at.Sub(start))
			case <-deadline:
				b.Fatalf("subscriber %d (%s) got no banner within 60 s", i, names[i])
			}
		}
	}
	b.StopTimer()
	slices.Sort(took)
	b.ReportMetric(ms(took[len(took)/2]), "p50-ms")
	b.ReportMetric(ms(took[len(took)*99/100]), "p99-ms")
	b.ReportMetric(ms(took[len(took)-1]), "max-ms")
	b.ReportMetric(ms(publishTook), "publish-ms")
	b.Logf("%d subscribers on %d replica(s): RSS %d → %d KB", n, replicas, before, after)
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// rss is the servers' resident memory, in KB (/proc/PID/status VmRSS).
func rss(b *testing.B, envs []*apitest.Env) int {
	total := 0
	for _, e := range envs {
		status, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", e.PID))
		if err != nil {
			b.Fatal(err)
		}
		for _, line := range strings.Split(string(status), "\n") {
			if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
				kb, _ := strconv.Atoi(f[1])
				total += kb
			}
		}
	}
	return total
}

// subscriber is one phone's socket: got receives the time of each notice.
type subscriber struct {
	c    *websocket.Conn
	got  chan time.Time
	done chan struct{}
}

// subscribe opens a socket as the token's user and subscribes to
// warningNoticeReceived; a reader records when each notice arrives.
func subscribe(env *apitest.Env, tok string) (*subscriber, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	h := http.Header{}
	h.Set("Origin", "http://localhost:5173")
	c, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(env.Server.URL, "http")+"/query",
		&websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}, HTTPHeader: h})
	if err != nil {
		return nil, err
	}
	if err := wsjson.Write(ctx, c, wsMsg{Type: "connection_init", Payload: map[string]any{"Authorization": "Bearer " + tok}}); err != nil {
		return nil, err
	}
	var m wsMsg
	if err := wsjson.Read(ctx, c, &m); err != nil || m.Type != "connection_ack" {
		return nil, fmt.Errorf("connection_init: %v %+v", err, m)
	}
	if err := wsjson.Write(ctx, c, wsMsg{ID: "1", Type: "subscribe", Payload: map[string]any{
		"query": `subscription{warningNoticeReceived{id level}}`}}); err != nil {
		return nil, err
	}
	s := &subscriber{c: c, got: make(chan time.Time, 4), done: make(chan struct{})}
	go func() {
		defer close(s.done)
		for {
			var m wsMsg
			if err := wsjson.Read(context.Background(), c, &m); err != nil {
				return
			}
			if m.Type == "next" {
				s.got <- time.Now()
			}
		}
	}()
	return s, nil
}

// draftForAll drafts an orange warning for every district (the city's).
func draftForAll(b *testing.B, env *apitest.Env) string {
	var out struct{ SaveWarningDraft struct{ ID string } }
	env.Do(b, apitest.Request{Query: `mutation{saveWarningDraft(input:{title:"全市橙色预警", level: ORANGE,
		effectiveFrom:"2099-01-01T00:00:00Z", content:"减排"}){id}}`, Token: env.Token(b, "admin")}).Decode(b, &out)
	return out.SaveWarningDraft.ID
}
