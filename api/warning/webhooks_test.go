package warning_test

import (
	"bufio"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"greencheck/api/apperr"
	"greencheck/api/db/dbtest"
	"greencheck/api/warning"
	"greencheck/ent"
	entwarning "greencheck/ent/warning"
	"greencheck/ent/warningchannel"
	"greencheck/ent/webhookdelivery"
)

// receiver is a real HTTP endpoint recording what reaches it; it answers
// 500 to the first `fail` requests, and hangs for `hang` when set.
type receiver struct {
	*httptest.Server
	mu   sync.Mutex
	got  []*http.Request
	body []string
	fail int
	hang time.Duration
}

func newReceiver(t *testing.T, fail int, hang time.Duration) *receiver {
	r := &receiver{fail: fail, hang: hang}
	r.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		b, _ := io.ReadAll(req.Body)
		r.mu.Lock()
		r.got = append(r.got, req)
		r.body = append(r.body, string(b))
		n, hang := len(r.got), r.hang
		r.mu.Unlock()
		if hang > 0 {
			select {
			case <-time.After(hang):
			case <-req.Context().Done():
			}
			return
		}
		if n <= r.fail {
			http.Error(w, "down", http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	}))
	t.Cleanup(r.Close)
	return r
}

func (r *receiver) requests() ([]*http.Request, []string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]*http.Request(nil), r.got...), append([]string(nil), r.body...)
}

func (r *receiver) heal() {
	r.mu.Lock()
	r.hang, r.fail = 0, 0
	r.mu.Unlock()
}

// eventually waits up to 15 s for cond.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatalf("timed out waiting for %s", what)
}

// TestWebhooks: a warning's publication reaches every channel — signed,
// retried with back-off through a receiver's outage with the same delivery
// id and body, each attempt logged — a hanging channel delays no other,
// a channel given up on is redelivered by hand, and two senders (replicas)
// send each delivery once.
func TestWebhooks(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		x := newCity(t, dia)
		admin := x.as("admin")
		flaky := newReceiver(t, 2, 0)
		ding := newReceiver(t, 0, 0)
		down := newReceiver(t, 0, 3*time.Second)

		if _, err := x.svc.SaveChannel(admin, warning.ChannelInput{Name: "x", Kind: warningchannel.KindGENERIC, URL: "ftp://example.com"}); code(err) != apperr.BadUserInput || field(err) != "url" {
			t.Errorf("an ftp address: %v", err)
		}
		if _, err := x.svc.SaveChannel(x.as("furong"), warning.ChannelInput{Name: "x", Kind: warningchannel.KindGENERIC, URL: flaky.URL}); code(err) != apperr.Forbidden {
			t.Errorf("a district configuring channels: %v", err)
		}
		secret := "s3cret-s3cret"
		channel := func(name string, kind warningchannel.Kind, url string) *ent.WarningChannel {
			c, err := x.svc.SaveChannel(admin, warning.ChannelInput{Name: name, Kind: kind, URL: url, Secret: &secret})
			if err != nil {
				t.Fatal(err)
			}
			return c
		}
		generic := channel("区指挥中心", warningchannel.KindGENERIC, flaky.URL+"/hook")
		robot := channel("钉钉群机器人", warningchannel.KindDINGTALK, ding.URL+"/robot/send?access_token=abc")
		broken := channel("停用的接收端", warningchannel.KindGENERIC, down.URL)

		snd := x.svc.NewSender()
		snd.AllowLoopback = true // the receivers are test servers on 127.0.0.1
		snd.Backoff, snd.MaxBackoff, snd.MaxAttempts, snd.Lease = 50*time.Millisecond, 200*time.Millisecond, 3, time.Second
		snd.HTTP.Timeout = 300 * time.Millisecond
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		go snd.Run(ctx, 50*time.Millisecond)

		w := x.draft(admin, warning.DraftInput{Title: "橙色预警（测试）", Level: entwarning.LevelORANGE, DistrictIDs: []int{x.furong},
			EffectiveFrom: x.now.Add(24 * time.Hour), Content: "停止室外作业"})
		published := time.Now()
		if _, err := x.svc.Publish(admin, w.ID); err != nil {
			t.Fatal(err)
		}
		delivery := func(c *ent.WarningChannel) *ent.WebhookDelivery {
			return x.c.WebhookDelivery.Query().Where(webhookdelivery.ChannelID(c.ID), webhookdelivery.WarningID(w.ID)).OnlyX(sys)
		}

		// The robot is not held up by the hanging channel.
		eventually(t, "the DingTalk delivery", func() bool { return delivery(robot).Status == webhookdelivery.StatusDELIVERED })
		if took := time.Since(published); took > 2*time.Second {
			t.Errorf("the DingTalk robot got its message %v after publishing, behind the hanging channel", took)
		}
		reqs, bodies := ding.requests()
		q := reqs[0].URL.Query()
		ms, _ := strconv.ParseInt(q.Get("timestamp"), 10, 64)
		m := hmac.New(sha256.New, []byte(secret))
		fmt.Fprintf(m, "%d\n%s", ms, secret)
		if q.Get("access_token") != "abc" || q.Get("sign") != base64.StdEncoding.EncodeToString(m.Sum(nil)) {
			t.Errorf("DingTalk 加签: %v", reqs[0].URL.RawQuery)
		}
		var md struct {
			Msgtype  string
			Markdown struct{ Title, Text string }
		}
		if json.Unmarshal([]byte(bodies[0]), &md); md.Msgtype != "markdown" || !strings.Contains(md.Markdown.Text, "芙蓉区") {
			t.Errorf("DingTalk body: %s", bodies[0])
		}

		// The flaky receiver: two 500s, then delivered; one id, one body, signed every time.
		eventually(t, "the generic delivery", func() bool { return delivery(generic).Status == webhookdelivery.StatusDELIVERED })
		reqs, bodies = flaky.requests()
		if len(reqs) != 3 {
			t.Fatalf("the flaky receiver got %d requests, want 3", len(reqs))
		}
		id := reqs[0].Header.Get("X-GreenCheck-Delivery")
		for i, r := range reqs {
			if r.Header.Get("X-GreenCheck-Delivery") != id || bodies[i] != bodies[0] || r.Header.Get("X-GreenCheck-Event") != "warning.publish" {
				t.Errorf("attempt %d: delivery %q event %q, body changed %v", i, r.Header.Get("X-GreenCheck-Delivery"),
					r.Header.Get("X-GreenCheck-Event"), bodies[i] != bodies[0])
			}
			var ts int64
			var sig string
			fmt.Sscanf(strings.Replace(r.Header.Get("X-GreenCheck-Signature"), ",v1=", " ", 1), "t=%d %s", &ts, &sig)
			if sig == "" || sig != warning.Sign(secret, time.Unix(ts, 0), []byte(bodies[i])) {
				t.Errorf("attempt %d: signature %q does not verify", i, r.Header.Get("X-GreenCheck-Signature"))
			}
		}
		var msg warning.GenericMessage
		if err := json.Unmarshal([]byte(bodies[0]), &msg); err != nil || msg.Warning.ID != w.ID || msg.Recipients == 0 || msg.Round.Number != 1 {
			t.Errorf("generic body %s (%v)", bodies[0], err)
		}
		d := delivery(generic)
		if d.Attempts != 3 || len(d.Log) != 3 || d.Log[0].StatusCode != 500 || d.Log[2].StatusCode != 204 {
			t.Errorf("the delivery log: %d attempts %+v", d.Attempts, d.Log)
		}
		time.Sleep(300 * time.Millisecond)
		if reqs, _ := flaky.requests(); len(reqs) != 3 {
			t.Errorf("a delivered message was sent again: %d requests", len(reqs))
		}

		// The hanging channel is given up on after 3 attempts, then redelivered by hand.
		eventually(t, "giving up on the hanging channel", func() bool { return delivery(broken).Status == webhookdelivery.StatusFAILED })
		down.heal()
		if _, err := x.svc.Redeliver(x.as("furong"), delivery(broken).ID); code(err) == "" {
			t.Error("a district redelivered a webhook")
		}
		if _, err := x.svc.Redeliver(admin, delivery(broken).ID); err != nil {
			t.Fatal(err)
		}
		eventually(t, "the redelivery", func() bool { return delivery(broken).Status == webhookdelivery.StatusDELIVERED })
		reqs, _ = down.requests()
		if last := reqs[len(reqs)-1]; last.Header.Get("X-GreenCheck-Delivery") != reqs[0].Header.Get("X-GreenCheck-Delivery") {
			t.Errorf("the redelivery changed its id")
		}

		// Two senders (two replicas): every delivery sent once.
		other := x.svc.NewSender()
		other.AllowLoopback = true
		go other.Run(ctx, 20*time.Millisecond)
		before, _ := ding.requests()
		for i := range 3 {
			w := x.draft(admin, warning.DraftInput{Title: fmt.Sprintf("黄色预警 %d", i), Level: entwarning.LevelYELLOW,
				DistrictIDs: []int{x.furong}, EffectiveFrom: x.now.Add(24 * time.Hour)})
			if _, err := x.svc.Publish(admin, w.ID); err != nil {
				t.Fatal(err)
			}
		}
		eventually(t, "three more robot messages", func() bool { r, _ := ding.requests(); return len(r) >= len(before)+3 })
		time.Sleep(300 * time.Millisecond)
		after, _ := ding.requests()
		seen := map[string]int{}
		for _, r := range after[len(before):] {
			seen[r.URL.Query().Get("timestamp")+r.Header.Get("X-GreenCheck-Delivery")]++
		}
		if len(after)-len(before) != 3 || len(seen) != 3 {
			t.Errorf("two senders sent %d requests for 3 deliveries", len(after)-len(before))
		}
	})
}

// TestWebhooksNeverReachTheServerItself: a channel pointing at this machine
// (or a cloud metadata address) is never sent to; the attempt is logged.
func TestWebhooksNeverReachTheServerItself(t *testing.T) {
	x := newCity(t, "sqlite3")
	admin := x.as("admin")
	inside := newReceiver(t, 0, 0)
	for _, u := range []string{inside.URL + "/hook", "http://169.254.169.254/latest/meta-data/"} {
		if _, err := x.svc.SaveChannel(admin, warning.ChannelInput{Name: u, Kind: warningchannel.KindGENERIC, URL: u}); err != nil {
			t.Fatal(err)
		}
	}
	snd := x.svc.NewSender()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go snd.Run(ctx, 50*time.Millisecond)
	w := x.draft(admin, warning.DraftInput{Title: "橙色预警", Level: entwarning.LevelORANGE, DistrictIDs: []int{x.furong},
		EffectiveFrom: x.now.Add(time.Hour)})
	if _, err := x.svc.Publish(admin, w.ID); err != nil {
		t.Fatal(err)
	}
	eventually(t, "the refused attempts", func() bool {
		ds := x.c.WebhookDelivery.Query().AllX(sys)
		for _, d := range ds {
			if len(d.Log) == 0 || !strings.Contains(d.Log[0].Error, "not an address webhooks are sent to") {
				return false
			}
		}
		return len(ds) == 2
	})
	if reqs, _ := inside.requests(); len(reqs) != 0 {
		t.Errorf("the server posted to itself %d times", len(reqs))
	}
}

// TestWebhooksSurviveAReceiverClosingIdleConnections: a receiver closes a
// kept-alive connection as the next delivery arrives on it (Node's default
// 5-second keep-alive timeout meets a round published 5 seconds later).
// The sender posts again at once on a new connection — the request carries
// an Idempotency-Key, the delivery's id, so it is replayable — instead of
// logging a failure and waiting out the back-off.
func TestWebhooksSurviveAReceiverClosingIdleConnections(t *testing.T) {
	x := newCity(t, "sqlite3")
	admin := x.as("admin")
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	var mu sync.Mutex
	var keys []string
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			go func(conn net.Conn) {
				defer conn.Close()
				br := bufio.NewReader(conn)
				for served := 0; ; served++ {
					req, err := http.ReadRequest(br)
					if err != nil {
						return
					}
					io.Copy(io.Discard, req.Body)
					if served == 1 {
						return // the connection's second request: closed unanswered
					}
					mu.Lock()
					keys = append(keys, req.Header.Get("Idempotency-Key"))
					mu.Unlock()
					fmt.Fprint(conn, "HTTP/1.1 204 No Content\r\n\r\n")
				}
			}(conn)
		}
	}()
	if _, err := x.svc.SaveChannel(admin, warning.ChannelInput{Name: "区指挥中心", Kind: warningchannel.KindGENERIC,
		URL: "http://" + ln.Addr().String() + "/hook"}); err != nil {
		t.Fatal(err)
	}
	snd := x.svc.NewSender()
	snd.AllowLoopback = true
	snd.Backoff, snd.MaxBackoff = time.Hour, time.Hour // a failed attempt would not be retried within the test
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go snd.Run(ctx, 50*time.Millisecond)
	for i := range 2 {
		w := x.draft(admin, warning.DraftInput{Title: fmt.Sprintf("黄色预警 %d", i), Level: entwarning.LevelYELLOW,
			DistrictIDs: []int{x.furong}, EffectiveFrom: x.now.Add(24 * time.Hour)})
		if _, err := x.svc.Publish(admin, w.ID); err != nil {
			t.Fatal(err)
		}
		eventually(t, "an attempt", func() bool {
			d := x.c.WebhookDelivery.Query().Where(webhookdelivery.WarningID(w.ID)).OnlyX(sys)
			return d.Attempts > 0
		})
		d := x.c.WebhookDelivery.Query().Where(webhookdelivery.WarningID(w.ID)).OnlyX(sys)
		if d.Status != webhookdelivery.StatusDELIVERED || d.Attempts != 1 {
			t.Errorf("warning %d: %s after %d attempts, log %+v", i, d.Status, d.Attempts, d.Log)
		}
		mu.Lock()
		if len(keys) != i+1 || keys[i] != fmt.Sprintf("wd-%d", d.ID) {
			t.Errorf("the receiver got Idempotency-Keys %q", keys)
		}
		mu.Unlock()
	}
}
