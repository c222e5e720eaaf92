package server_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"

	"greencheck/api/apitest"
	"greencheck/api/server"
)

// TestSocketsPerUser: one user holds at most MaxOwnerSockets WebSockets;
// one more is closed with 4429 at its connection_init, other users are not
// affected, and a closed socket frees its place.
func TestSocketsPerUser(t *testing.T) {
	env := apitest.Demo(t, "sqlite3")
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	open := func(user string) (*websocket.Conn, wsMsg, error) {
		c, err := dialWS(t, env, "")
		if err != nil {
			t.Fatal(err)
		}
		if err := wsjson.Write(ctx, c, wsMsg{Type: "connection_init", Payload: map[string]any{"Authorization": "Bearer " + env.Token(t, user)}}); err != nil {
			t.Fatal(err)
		}
		var m wsMsg
		err = wsjson.Read(ctx, c, &m)
		return c, m, err
	}
	var held []*websocket.Conn
	for range server.MaxOwnerSockets {
		c, m, err := open("qiye")
		if err != nil || m.Type != "connection_ack" {
			t.Fatalf("socket %d: %+v %v", len(held)+1, m, err)
		}
		held = append(held, c)
	}
	c, m, err := open("qiye")
	var ce websocket.CloseError
	if !errors.As(err, &ce) || ce.Code != 4429 {
		t.Errorf("one socket more: %+v %v", m, err)
	}
	c.CloseNow()
	if c, m, err := open("furong"); err != nil || m.Type != "connection_ack" {
		t.Errorf("another user: %+v %v", m, err)
	} else {
		c.CloseNow()
	}
	held[0].Close(websocket.StatusNormalClosure, "")
	// The place frees once the server has seen the socket close.
	deadline := time.Now().Add(10 * time.Second)
	for {
		c, m, err := open("qiye")
		if err == nil && m.Type == "connection_ack" {
			c.CloseNow()
			break
		}
		c.CloseNow()
		if time.Now().After(deadline) {
			t.Fatalf("a closed socket's place was not freed: %+v %v", m, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	for _, c := range held[1:] {
		c.CloseNow()
	}
}
