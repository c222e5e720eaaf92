package server_test

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"

	"greencheck/api/apitest"
	"greencheck/api/db"
	"greencheck/api/db/dbtest"
	"greencheck/api/notify"
	"greencheck/ent"
)

type wsMsg struct {
	ID      string         `json:"id,omitempty"`
	Type    string         `json:"type"`
	Payload map[string]any `json:"payload,omitempty"`
}

func dialWS(t *testing.T, env *apitest.Env, origin string) (*websocket.Conn, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	h := http.Header{}
	if origin != "" {
		h.Set("Origin", origin)
	}
	c, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(env.Server.URL, "http")+"/query",
		&websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}, HTTPHeader: h})
	return c, err
}

// TestNotificationsArriveLiveOverWebSocket: the token travels in
// connection_init; a notification sent to the user arrives on its
// subscription after the sending transaction commits.
func TestNotificationsArriveLiveOverWebSocket(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.Demo(t, dia)
		name := "ws_" + dia[:2]
		id := createUser(t, env, "furong", name, "ENTERPRISE", "Socket1234")
		tok, err := env.Login(name, "Socket1234")
		if err != nil {
			t.Fatal(err)
		}
		// Another origin than the configured ones is refused.
		if _, err := dialWS(t, env, "https://evil.example"); err == nil {
			t.Error("a WebSocket from an unlisted origin was accepted")
		}
		c, err := dialWS(t, env, "http://localhost:5173")
		if err != nil {
			t.Fatal(err)
		}
		defer c.CloseNow()
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		send := func(m wsMsg) {
			if err := wsjson.Write(ctx, c, m); err != nil {
				t.Fatal(err)
			}
		}
		read := wsReader(t, ctx, c)
		send(wsMsg{Type: "connection_init", Payload: map[string]any{"Authorization": "Bearer " + tok}})
		if m := read(); m.Type != "connection_ack" {
			t.Fatalf("after connection_init: %+v", m)
		}
		send(wsMsg{ID: "1", Type: "subscribe", Payload: map[string]any{"query": `subscription{notificationAdded{id kind title readAt}}`}})
		time.Sleep(200 * time.Millisecond) // let the subscription register
		uid, _ := strconv.Atoi(id)
		err = db.WithTx(sys, env.DB.Client, func(ctx context.Context, _ *ent.Client) error {
			return env.Notify.Send(ctx, notify.Message{UserID: uid, Kind: "TASK_ISSUED", Title: "新的自查任务：测试"})
		})
		if err != nil {
			t.Fatal(err)
		}
		m := read()
		data, _ := m.Payload["data"].(map[string]any)
		n, _ := data["notificationAdded"].(map[string]any)
		if m.Type != "next" || n["kind"] != "TASK_ISSUED" {
			t.Fatalf("expected the notification, got %+v", m)
		}
		// The badge count and marking read.
		count := func() int {
			var out struct{ UnreadNotificationCount int }
			env.Do(t, apitest.Request{Query: `{unreadNotificationCount}`, Token: tok}).Decode(t, &out)
			return out.UnreadNotificationCount
		}
		if got := count(); got != 2 { // welcome + the task
			t.Errorf("unread = %d, want 2", got)
		}
		res := env.Do(t, apitest.Request{Query: `mutation($id:ID!){markNotificationRead(id:$id){readAt}}`,
			Variables: map[string]any{"id": n["id"]}, Token: tok})
		if len(res.Errors) > 0 {
			t.Fatal(string(res.Raw))
		}
		if got := count(); got != 1 {
			t.Errorf("unread after marking one = %d, want 1", got)
		}
		// Nobody else can mark it.
		res = env.Query(t, "qiye", `mutation($id:ID!){markNotificationRead(id:$id){readAt}}`, map[string]any{"id": n["id"]})
		if res.Code() != "NOT_FOUND" {
			t.Errorf("qiye marking another user's notification: %s", res.Raw)
		}
		// A mutation over the socket runs in its transaction and ends its
		// stream (it once panicked after the commit).
		send(wsMsg{ID: "2", Type: "subscribe", Payload: map[string]any{
			"query": `mutation($id:ID!){markNotificationRead(id:$id){id readAt}}`, "variables": map[string]any{"id": n["id"]}}})
		m = read()
		data, _ = m.Payload["data"].(map[string]any)
		if m.Type != "next" || m.ID != "2" || data["markNotificationRead"] == nil {
			t.Fatalf("mutation over the socket: %+v", m)
		}
		if m = read(); m.Type != "complete" || m.ID != "2" {
			t.Fatalf("after the mutation: %+v", m)
		}
	})
}

// TestConnectionInitWithoutTokenClosesWith4401: a socket is authenticated
// at connection_init or not at all.
func TestConnectionInitWithoutTokenClosesWith4401(t *testing.T) {
	env := apitest.Demo(t, "sqlite3")
	for name, payload := range map[string]map[string]any{
		"no payload": nil,
		"no token":   {"Authorization": ""},
		"bad token":  {"Authorization": "Bearer not.a.token"},
	} {
		c, err := dialWS(t, env, "")
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		_ = wsjson.Write(ctx, c, wsMsg{Type: "connection_init", Payload: payload})
		var m wsMsg
		err = wsjson.Read(ctx, c, &m)
		if code := websocket.CloseStatus(err); code != 4401 {
			t.Errorf("%s: got %+v, %v; want close 4401", name, m, err)
		}
		cancel()
		c.CloseNow()
	}
}
