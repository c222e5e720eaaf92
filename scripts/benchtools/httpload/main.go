// Command httpload sends one GraphQL request over HTTP from a few concurrent
// workers for a fixed time and reports requests per second and latency
// percentiles. Only loopback targets are accepted.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/url"
	"os"
	"slices"
	"sync"
	"time"
)

func main() {
	target := flag.String("url", "http://127.0.0.1:8080/query", "GraphQL endpoint (loopback only)")
	user := flag.String("user", "admin", "demo user to sign in as")
	password := flag.String("password", "greencheck", "password")
	query := flag.String("query", "", "GraphQL query")
	vars := flag.String("vars", "{}", "variables as JSON")
	vars2 := flag.String("vars2", "", "other variables sent every second request (so a save really writes)")
	workers := flag.Int("c", 8, "concurrent workers")
	dur := flag.Duration("d", 10*time.Second, "duration")
	flag.Parse()
	u, err := url.Parse(*target)
	if err != nil || (u.Hostname() != "127.0.0.1" && u.Hostname() != "localhost" && u.Hostname() != "::1") {
		log.Fatalf("httpload: only loopback targets are allowed, not %q", *target)
	}
	tok := login(*target, *user, *password)
	bodies := [][]byte{}
	for _, vs := range []string{*vars, *vars2} {
		if vs == "" {
			continue
		}
		var v map[string]any
		if err := json.Unmarshal([]byte(vs), &v); err != nil {
			log.Fatal(err)
		}
		b, _ := json.Marshal(map[string]any{"query": *query, "variables": v})
		bodies = append(bodies, b)
	}

	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: *workers}}
	var mu sync.Mutex
	var lat []time.Duration
	errors := 0
	deadline := time.Now().Add(*dur)
	var wg sync.WaitGroup
	for w := 0; w < *workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []time.Duration
			bad := 0
			for n := 0; time.Now().Before(deadline); n++ {
				req, _ := http.NewRequest(http.MethodPost, *target, bytes.NewReader(bodies[n%len(bodies)]))
				req.Header.Set("Content-Type", "application/json")
				req.Header.Set("Authorization", "Bearer "+tok)
				start := time.Now()
				res, err := client.Do(req)
				if err != nil {
					bad++
					continue
				}
				b, _ := io.ReadAll(res.Body)
				res.Body.Close()
				if res.StatusCode != 200 || bytes.Contains(b, []byte(`"errors"`)) {
					bad++
					continue
				}
				mine = append(mine, time.Since(start))
			}
			mu.Lock()
			lat = append(lat, mine...)
			errors += bad
			mu.Unlock()
		}()
	}
	wg.Wait()
	slices.Sort(lat)
	if len(lat) == 0 {
		log.Fatalf("httpload: no successful request (%d errors)", errors)
	}
	pct := func(p float64) time.Duration { return lat[int(float64(len(lat)-1)*p)] }
	fmt.Printf("requests %d  errors %d  rps %.0f  p50 %v  p90 %v  p99 %v\n", len(lat), errors,
		float64(len(lat))/dur.Seconds(), pct(0.50).Round(10*time.Microsecond), pct(0.90).Round(10*time.Microsecond), pct(0.99).Round(10*time.Microsecond))
}

func login(target, user, password string) string {
	body, _ := json.Marshal(map[string]any{"query": `mutation($u:String!,$p:String!){login(input:{username:$u,password:$p}){accessToken}}`,
		"variables": map[string]any{"u": user, "p": password}})
	res, err := http.Post(target, "application/json", bytes.NewReader(body))
	if err != nil {
		log.Fatal(err)
	}
	defer res.Body.Close()
	var out struct {
		Data struct{ Login struct{ AccessToken string } }
	}
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil || out.Data.Login.AccessToken == "" {
		fmt.Fprintln(os.Stderr, "httpload: login failed")
		os.Exit(1)
	}
	return out.Data.Login.AccessToken
}
