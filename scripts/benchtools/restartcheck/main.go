// Command restartcheck puts a running GreenCheck server under load while
// its PostgreSQL restarts, and checks what the issue of bounded requests
// asks: every request during the outage gets UNAVAILABLE (HTTP 503 with
// Retry-After) and nothing else — no INTERNAL, no driver text; /readyz says
// 503 while the database is away and 200 when it is back; the server
// recovers without a restart; every write that got an OK is present
// afterwards. Run by scripts/pg-restart-check.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"greencheck/api/uscc"
)

var (
	base  = flag.String("url", "http://127.0.0.1:18097", "the server")
	stop  = flag.String("stop", "", "shell command that stops PostgreSQL")
	start = flag.String("start", "", "shell command that starts PostgreSQL")
)

var leak = regexp.MustCompile(`(?i)pq:|dial tcp|sql:|connection refused|\.go:\d|/tmp/`)

type result struct {
	at     time.Time
	status int
	code   string
	body   string
	retry  string
}

func main() {
	flag.Parse()
	client := &http.Client{Timeout: 15 * time.Second}
	post := func(token, query string, vars map[string]any) (result, map[string]any) {
		body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
		req, _ := http.NewRequest(http.MethodPost, *base+"/query", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		res, err := client.Do(req)
		if err != nil {
			return result{at: time.Now(), code: "TRANSPORT", body: err.Error()}, nil
		}
		defer res.Body.Close()
		raw, _ := io.ReadAll(res.Body)
		var out struct {
			Data   map[string]any
			Errors []struct {
				Extensions map[string]any
			}
		}
		_ = json.Unmarshal(raw, &out)
		r := result{at: time.Now(), status: res.StatusCode, body: string(raw), retry: res.Header.Get("Retry-After")}
		if len(out.Errors) > 0 {
			r.code, _ = out.Errors[0].Extensions["code"].(string)
		}
		return r, out.Data
	}
	ready := func() int {
		res, err := client.Get(*base + "/readyz")
		if err != nil {
			return 0
		}
		res.Body.Close()
		return res.StatusCode
	}
	fail := func(format string, args ...any) {
		fmt.Fprintf(os.Stderr, "restartcheck: "+format+"\n", args...)
		os.Exit(1)
	}
	for i := 0; ready() != 200; i++ {
		if i > 300 {
			fail("the server is not ready")
		}
		time.Sleep(200 * time.Millisecond)
	}
	r, data := post("", `mutation{login(input:{username:"admin", password:"greencheck"}){accessToken}}`, nil)
	if r.code != "" {
		fail("login: %s", r.body)
	}
	token := data["login"].(map[string]any)["accessToken"].(string)
	_, data = post(token, `{districts(first:1){edges{node{id}}}}`, nil)
	district := data["districts"].(map[string]any)["edges"].([]any)[0].(map[string]any)["node"].(map[string]any)["id"].(string)

	var (
		mu       sync.Mutex
		results  []result
		written  []string
		stopLoad atomic.Bool
		wg       sync.WaitGroup
	)
	record := func(r result) {
		mu.Lock()
		results = append(results, r)
		mu.Unlock()
	}
	const alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
	for w := range 2 {
		wg.Add(2)
		go func() { // a writer: registers enterprises
			defer wg.Done()
			for n := 0; !stopLoad.Load(); n++ {
				b := []byte("91430102MA")
				for range 7 {
					b = append(b, alphabet[rand.IntN(len(alphabet))])
				}
				c, err := uscc.CheckChar(string(b))
				if err != nil {
					continue
				}
				code := string(append(b, c))
				r, data := post(token, `mutation($in:CreateEnterpriseInput!){createEnterprise(input:$in){enterprise{id}}}`,
					map[string]any{"in": map[string]any{"name": fmt.Sprintf("重启测试企业 %d-%d", w, n), "creditCode": code,
						"districtID": district, "industryCode": "3360", "industryName": "金属表面处理", "permitTier": "SIMPLIFIED"}})
				record(r)
				if r.code == "" && data != nil {
					id := data["createEnterprise"].(map[string]any)["enterprise"].(map[string]any)["id"].(string)
					mu.Lock()
					written = append(written, id)
					mu.Unlock()
				}
				time.Sleep(20 * time.Millisecond)
			}
		}()
		go func() { // a reader
			defer wg.Done()
			for !stopLoad.Load() {
				r, _ := post(token, `{enterprises(first:5){totalCount edges{node{id name}}}}`, nil)
				record(r)
				time.Sleep(10 * time.Millisecond)
			}
		}()
	}
	run := func(cmd string) {
		c := exec.Command("bash", "-c", cmd)
		c.Stdout, c.Stderr = os.Stderr, os.Stderr
		if err := c.Run(); err != nil {
			fail("%s: %v", cmd, err)
		}
	}
	time.Sleep(2 * time.Second)
	fmt.Println("stopping PostgreSQL")
	down := time.Now()
	run(*stop)
	notReady := false
	for time.Since(down) < 5*time.Second {
		if ready() == http.StatusServiceUnavailable {
			notReady = true
		}
		time.Sleep(200 * time.Millisecond)
	}
	if !notReady {
		fail("/readyz never said 503 while PostgreSQL was down")
	}
	fmt.Println("starting PostgreSQL")
	run(*start)
	upAt := time.Now()
	for ready() != 200 {
		if time.Since(upAt) > 60*time.Second {
			fail("/readyz is not 200 a minute after PostgreSQL came back")
		}
		time.Sleep(100 * time.Millisecond)
	}
	recovered := time.Now()
	fmt.Printf("ready again %s after PostgreSQL was started\n", recovered.Sub(upAt).Round(time.Millisecond))
	time.Sleep(3 * time.Second)
	stopLoad.Store(true)
	wg.Wait()

	counts := map[string]int{}
	var bad []string
	for _, r := range results {
		key := r.code
		if key == "" {
			key = "OK"
		}
		counts[key]++
		switch {
		case leak.MatchString(r.body):
			bad = append(bad, "driver text reached a caller: "+r.body)
		case r.code == "UNAVAILABLE" && (r.status != 503 || r.retry == ""):
			bad = append(bad, fmt.Sprintf("UNAVAILABLE with status %d and Retry-After %q", r.status, r.retry))
		case r.code != "" && r.code != "UNAVAILABLE":
			bad = append(bad, fmt.Sprintf("%s (%d): %.300s", r.code, r.status, r.body))
		case r.code != "" && r.at.After(recovered.Add(time.Second)):
			bad = append(bad, "an error a second after recovery: "+r.body)
		}
	}
	if counts["UNAVAILABLE"] == 0 {
		bad = append(bad, "no request met the outage")
	}
	// Every write that got an OK is there.
	missing := 0
	for i := 0; i < len(written); i += 100 {
		ids := written[i:min(i+100, len(written))]
		r, data := post(token, `query($ids:[ID!]!){nodes(ids:$ids){id}}`, map[string]any{"ids": ids})
		if r.code != "" {
			fail("reading back: %s", r.body)
		}
		for _, n := range data["nodes"].([]any) {
			if n == nil {
				missing++
			}
		}
	}
	if missing > 0 {
		bad = append(bad, fmt.Sprintf("%d of %d acknowledged writes are missing", missing, len(written)))
	}
	fmt.Printf("%d requests: %v; %d acknowledged writes, all present: %v\n", len(results), counts, len(written), missing == 0)
	if len(bad) > 0 {
		if len(bad) > 10 {
			bad = bad[:10]
		}
		fail("%d problems:\n  %s", len(bad), strings.Join(bad, "\n  "))
	}
	fmt.Println("restartcheck: ok")
}
