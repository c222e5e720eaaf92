package server_test

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"

	"greencheck/api/apitest"
	"greencheck/api/db/dbtest"
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
// subscription after the sending mutation commits.
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
		read := func() wsMsg {
			var m wsMsg
			for {
				if err := wsjson.Read(ctx, c, &m); err != nil {
					t.Fatal(err)
				}
				if m.Type != "ping" && m.Type != "pong" && m.Type != "ka" {
					return m
				}
			}
		}
		send(wsMsg{Type: "connection_init", Payload: map[string]any{"Authorization": "Bearer " + tok}})
		if m := read(); m.Type != "connection_ack" {
			t.Fatalf("after connection_init: %+v", m)
		}
		send(wsMsg{ID: "1", Type: "subscribe", Payload: map[string]any{"query": `subscription{notificationAdded{id kind title readAt}}`}})
		time.Sleep(200 * time.Millisecond) // let the subscription register
		if res := env.Query(t, "furong", `mutation($id:ID!){resetUserPassword(input:{id:$id}){temporaryPassword}}`,
			map[string]any{"id": id}); len(res.Errors) > 0 {
			t.Fatal(string(res.Raw))
		}
		m := read()
		data, _ := m.Payload["data"].(map[string]any)
		n, _ := data["notificationAdded"].(map[string]any)
		if m.Type != "next" || n["kind"] != "PASSWORD_RESET" {
			t.Fatalf("expected the notification, got %+v", m)
		}
		// The badge count and marking read.
		count := func() int {
			var out struct{ UnreadNotificationCount int }
			env.Do(t, apitest.Request{Query: `{unreadNotificationCount}`, Token: tok}).Decode(t, &out)
			return out.UnreadNotificationCount
		}
		if got := count(); got != 2 { // welcome + password reset
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
	})
}

func TestSubscriptionWithoutTokenIsRefused(t *testing.T) {
	env := apitest.Demo(t, "sqlite3")
	c, err := dialWS(t, env, "")
	if err != nil {
		t.Fatal(err)
	}
	defer c.CloseNow()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = wsjson.Write(ctx, c, wsMsg{Type: "connection_init"})
	var m wsMsg
	_ = wsjson.Read(ctx, c, &m)
	_ = wsjson.Write(ctx, c, wsMsg{ID: "1", Type: "subscribe", Payload: map[string]any{"query": `subscription{notificationAdded{id}}`}})
	for {
		if err := wsjson.Read(ctx, c, &m); err != nil {
			t.Fatal(err)
		}
		if m.Type == "error" || m.Type == "next" {
			break
		}
	}
	if !strings.Contains(strings.ToUpper(toJSON(m)), "UNAUTHENTICATED") {
		t.Errorf("anonymous subscription: %+v", m)
	}
}
