package server_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket/wsjson"

	"greencheck/api/apitest"
	"greencheck/api/db/dbtest"
	"greencheck/ent/enterprise"
	"greencheck/ent/user"
)

// The attacks a security review found, each kept as a test: an operation
// cap and a deadline on WebSockets; the request deadline for queries sent
// as multipart and for bodies sent slowly; no persisted-query caching of an
// oversized document; exports that refuse long lists and answer JSON 404s;
// case-insensitive Bearer; contacts stored normalized; exactly 12 levels
// allowed.
func TestAttacksAreBounded(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.Demo(t, dia)
		short := env.Patient(t, 150*time.Millisecond)
		// Signed in on the patient server: a sign-in (bcrypt) is not what is
		// bounded here, and on a busy 2-core box it can outlast the short budget.
		admin := env.Token(t, "admin")

		t.Run("websocket", func(t *testing.T) {
			// The budget of an operation over the socket is its own: with
			// one already spent the heavy query cannot finish first, however
			// well PostgreSQL plans it once its statistics are in (on the
			// small demo city an analyzed plan answers within 150 ms).
			spent := env.Patient(t, time.Nanosecond)
			c, err := dialWS(t, spent, "")
			if err != nil {
				t.Fatal(err)
			}
			defer c.CloseNow()
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			send := func(m wsMsg) {
				if err := wsjson.Write(ctx, c, m); err != nil {
					t.Fatal(err)
				}
			}
			read := wsReader(t, ctx, c)
			send(wsMsg{Type: "connection_init", Payload: map[string]any{"Authorization": "Bearer " + admin}})
			if m := read(); m.Type != "connection_ack" {
				t.Fatalf("init: %+v", m)
			}
			// A query over the socket has the request deadline too.
			start := time.Now()
			send(wsMsg{ID: "q", Type: "subscribe", Payload: map[string]any{"query": heavyQuery}})
			m := read()
			if errs, _ := m.Payload["errors"].([]any); m.Type != "next" || len(errs) == 0 ||
				errs[0].(map[string]any)["extensions"].(map[string]any)["code"] != "TIMEOUT" {
				t.Errorf("heavy query over the socket: %+v", m)
			}
			if took := time.Since(start); took > 3*time.Second {
				t.Errorf("heavy query over the socket answered after %s", took)
			}
			if m := read(); m.Type != "complete" {
				t.Fatalf("after the query: %+v", m)
			}
			// At most MaxSocketOperations at once.
			for i := range 21 {
				send(wsMsg{ID: fmt.Sprint("s", i), Type: "subscribe", Payload: map[string]any{"query": `subscription{notificationAdded{id}}`}})
			}
			// They start concurrently: one of the 21, whichever comes last, is refused.
			m = read()
			if !strings.HasPrefix(m.ID, "s") || !strings.Contains(fmt.Sprint(m.Payload), "RATE_LIMITED") {
				t.Errorf("21 subscriptions on one socket: %+v", m)
			}
		})

		t.Run("multipart query", func(t *testing.T) {
			// On a budget already spent, as over the socket: on a loaded box
			// a 150 ms budget could be used up before the query reached the
			// database, or the heavy query finish within it.
			spent := env.Patient(t, time.Nanosecond)
			var body bytes.Buffer
			mw := multipart.NewWriter(&body)
			ops, _ := json.Marshal(map[string]any{"query": heavyQuery})
			_ = mw.WriteField("operations", string(ops))
			_ = mw.WriteField("map", "{}")
			mw.Close()
			req, _ := http.NewRequest(http.MethodPost, spent.Server.URL+"/query", &body)
			req.Header.Set("Content-Type", mw.FormDataContentType())
			req.Header.Set("Authorization", "Bearer "+admin)
			start := time.Now()
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			raw, _ := io.ReadAll(res.Body)
			res.Body.Close()
			if !bytes.Contains(raw, []byte(`"TIMEOUT"`)) || time.Since(start) > 3*time.Second {
				t.Errorf("a query sent as multipart: %s after %s", raw, time.Since(start))
			}
		})

		t.Run("slow body", func(t *testing.T) {
			conn, err := net.Dial("tcp", strings.TrimPrefix(short.Server.URL, "http://"))
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			body := `{"query":"{__typename}"}`
			fmt.Fprintf(conn, "POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n", len(body))
			start := time.Now()
			go func() {
				for i := range body {
					time.Sleep(50 * time.Millisecond)
					if _, err := conn.Write([]byte(body[i : i+1])); err != nil {
						return
					}
				}
			}()
			_ = conn.SetReadDeadline(time.Now().Add(5 * time.Second))
			reply, _ := io.ReadAll(io.LimitReader(conn, 4096))
			if !bytes.Contains(reply, []byte("408")) || !bytes.Contains(reply, []byte("TIMEOUT")) || time.Since(start) > 2*time.Second {
				t.Errorf("a body sent a byte at a time: %q after %s", reply, time.Since(start))
			}
		})

		t.Run("persisted query over the size limit", func(t *testing.T) {
			q := "{__typename} #" + strings.Repeat("x", 70<<10)
			sum := sha256.Sum256([]byte(q))
			hash := hex.EncodeToString(sum[:])
			ext := map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hash}}
			body, _ := json.Marshal(map[string]any{"query": q, "extensions": ext})
			if r := env.Post(t, body, "", ""); r.Code() != "COMPLEXITY_LIMIT_EXCEEDED" {
				t.Errorf("oversized persisted query: %s", r.Raw)
			}
			body, _ = json.Marshal(map[string]any{"extensions": ext})
			if r := env.Post(t, body, "", "en"); r.Code() != "PERSISTED_QUERY_NOT_FOUND" {
				t.Errorf("the oversized document was cached: %s", r.Raw)
			}
		})

		t.Run("exports and files", func(t *testing.T) {
			tok := env.Token(t, "qiye")
			res, body := env.Get(t, "/exports/ledger.xlsx?status="+strings.Repeat("FOUND,", 40000), tok)
			if res.StatusCode != 400 || !bytes.Contains(body, []byte("BAD_USER_INPUT")) {
				t.Errorf("a ledger with 40,000 statuses: %d %.200s", res.StatusCode, body)
			}
			for _, path := range []string{"/exports/checklist/abc", "/exports/checklist/999999999", "/files/abc", "/files/1"} {
				res, body := env.Get(t, path, env.Token(t, "admin"))
				if res.StatusCode != 404 || !bytes.Contains(body, []byte(`"NOT_FOUND"`)) {
					t.Errorf("%s: %d %.200s", path, res.StatusCode, body)
				}
			}
		})

		t.Run("bearer in lower case", func(t *testing.T) {
			req, _ := http.NewRequest(http.MethodPost, env.Server.URL+"/query", strings.NewReader(`{"query":"{me{role}}"}`))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("Authorization", "bearer "+env.Token(t, "qiye"))
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			raw, _ := io.ReadAll(res.Body)
			res.Body.Close()
			if !bytes.Contains(raw, []byte(`"ENTERPRISE"`)) {
				t.Errorf("lower-case bearer: %d %s", res.StatusCode, raw)
			}
		})

		t.Run("contacts stored normalized", func(t *testing.T) {
			e, err := env.DB.Client.User.Query().Where(user.Username("qiye")).QueryEnterprise().Only(sys)
			if err != nil {
				t.Fatal(err)
			}
			fresh := env.Patient(t, 10*time.Second) // its own sign-in: the contacts change for the rest of the demo
			res := fresh.Query(t, "qiye", `mutation($in:UpdateEnterpriseContactsInput!){updateEnterpriseContacts(input:$in){enterprise{id}}}`,
				map[string]any{"in": map[string]any{"enterpriseID": itoa(e.ID), "contacts": []any{
					map[string]any{"name": "  Rene\u0301 王 ", "role": " 环保专员\u3000", "phone": " 180 8800 3875 ", "email": " Wang@Example.COM "}}}})
			if len(res.Errors) > 0 {
				t.Fatal(string(res.Raw))
			}
			got, _ := env.DB.Client.Enterprise.Query().Where(enterprise.ID(e.ID)).Only(sys)
			c := got.Contacts[0]
			if c.Name != "René 王" || c.Role != "环保专员" || c.Phone != "18088003875" || c.Email != "wang@example.com" {
				t.Errorf("stored contact %+v", c)
			}
		})

		t.Run("twelve levels", func(t *testing.T) {
			q := `query($id:ID!){node(id:$id){... on Answer{finding{answer{finding{answer{finding{answer{finding{answer{finding{answer{id}}}}}}}}}}}}}`
			res := env.Query(t, "admin", q, map[string]any{"id": "4294967297"})
			if res.Code() == "COMPLEXITY_LIMIT_EXCEEDED" {
				t.Errorf("12 levels refused: %s", res.Raw)
			}
			q = strings.Replace(q, "answer{id}", "answer{finding{id}}", 1)
			if res := env.Query(t, "admin", q, map[string]any{"id": "4294967297"}); res.Code() != "COMPLEXITY_LIMIT_EXCEEDED" {
				t.Errorf("13 levels: %s", res.Raw)
			}
		})
	})
}
