package warning

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"entgo.io/ent/privacy"

	"greencheck/api/apperr"
	"greencheck/api/audit"
	"greencheck/api/clock"
	"greencheck/api/db"
	"greencheck/api/input"
	"greencheck/ent"
	"greencheck/ent/schematype"
	"greencheck/ent/warningchannel"
	"greencheck/ent/webhookdelivery"
)

// Outbound channels (webhooks). Every round of a warning — publication,
// upgrade, downgrade, extension, lifting — is one message to each active
// channel, written in the round's transaction (an outbox) and sent after
// it by the Sender: retried with exponential back-off, each attempt
// logged, the same body and delivery id every time. A channel that is down
// or slow delays no other: each delivery is claimed and sent on its own.
//
// Every request carries
//
//	X-GreenCheck-Delivery:  the delivery id (wd-<id>): receivers drop repeats
//	X-GreenCheck-Event:     warning.publish | .upgrade | .downgrade | .extend | .lift
//	X-GreenCheck-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>." + body)>
//
// (the signature when the channel has a secret). DingTalk robots with 加签
// also get timestamp and sign in the query string, as DingTalk requires.

// ChannelInput is bound to the GraphQL SaveWarningChannelInput.
type ChannelInput struct {
	ID     *int
	Name   string
	Kind   warningchannel.Kind
	URL    string
	Secret *string // unchanged when nil
	Active *bool
}

// SaveChannel creates or changes an outbound channel (the city's).
func (s *Service) SaveChannel(ctx context.Context, in ChannelInput) (*ent.WarningChannel, error) {
	name := strings.TrimSpace(in.Name)
	if name == "" {
		return nil, apperr.Input("name", "input.required", "name")
	}
	if n := input.MaxLen("WarningChannel", "name"); input.Runes(name) > n {
		return nil, apperr.Input("name", "input.too_long", "name", n)
	}
	u, err := url.Parse(strings.TrimSpace(in.URL))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || len(in.URL) > input.MaxLen("WarningChannel", "url") {
		return nil, apperr.Input("url", "warning.channel_url")
	}
	if in.Secret != nil && len(*in.Secret) > input.MaxLen("WarningChannel", "secret") {
		return nil, apperr.Input("secret", "input.too_long", "secret", input.MaxLen("WarningChannel", "secret"))
	}
	var out *ent.WarningChannel
	err = db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		if in.ID == nil {
			q := tx.WarningChannel.Create().SetName(name).SetKind(in.Kind).SetURL(u.String()).SetNillableActive(in.Active)
			if in.Secret != nil {
				q.SetSecret(*in.Secret)
			}
			if out, err = q.Save(ctx); err != nil {
				return err
			}
			return audit.Record(ctx, tx, audit.Entry{Action: "warningchannel.create", SubjectType: "WarningChannel", SubjectID: out.ID,
				To: out.URL, Comment: out.Name})
		}
		q := tx.WarningChannel.UpdateOneID(*in.ID).SetName(name).SetKind(in.Kind).SetURL(u.String()).SetNillableActive(in.Active)
		if in.Secret != nil {
			q.SetSecret(*in.Secret)
		}
		if out, err = q.Save(ctx); err != nil {
			return err
		}
		comment := out.Name // never the secret
		if in.Secret != nil {
			comment += "（签名密钥已更换）"
		}
		return audit.Record(ctx, tx, audit.Entry{Action: "warningchannel.update", SubjectType: "WarningChannel", SubjectID: out.ID,
			To: out.URL, Comment: comment})
	})
	return out, err
}

// Redeliver sends a delivery again at once (after a channel was fixed), with
// the same body and delivery id.
func (s *Service) Redeliver(ctx context.Context, id int) (*ent.WebhookDelivery, error) {
	var out *ent.WebhookDelivery
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		var err error
		if out, err = tx.WebhookDelivery.UpdateOneID(id).SetStatus(webhookdelivery.StatusPENDING).
			SetNextAttemptAt(sendNow()).Save(ctx); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Entry{Action: "webhook.redeliver", SubjectType: "WebhookDelivery", SubjectID: out.ID})
	})
	if err == nil && s.wake != nil {
		db.AfterCommit(ctx, s.wake)
	}
	return out, err
}

// outbox writes the round's message to every active channel, in the
// round's transaction (as the system: channels are the city's, and a
// district's warning reaches them too).
func (s *Service) outbox(ctx context.Context, tx *ent.Client, w *ent.Warning, round schematype.WarningRound, districts []string) error {
	sys := db.System(ctx)
	channels, err := tx.WarningChannel.Query().Where(warningchannel.Active(true)).All(sys)
	if err != nil || len(channels) == 0 {
		return err
	}
	creates := make([]*ent.WebhookDeliveryCreate, len(channels))
	for i, c := range channels {
		body, err := messageBody(c.Kind, w, round, districts)
		if err != nil {
			return err
		}
		creates[i] = tx.WebhookDelivery.Create().SetChannelID(c.ID).SetWarningID(w.ID).SetRound(round.Number).
			SetBody(string(body)).SetNextAttemptAt(sendNow())
	}
	if err := tx.WebhookDelivery.CreateBulk(creates...).Exec(sys); err != nil {
		return err
	}
	if s.wake != nil {
		db.AfterCommit(ctx, s.wake)
	}
	return nil
}

// sendNow is "due at once" for the sender, which keeps the wall clock (the
// service's clock is the business's: when rounds take effect).
func sendNow() time.Time { return time.Now().UTC().Truncate(time.Microsecond) }

// Event is the event name of a round (X-GreenCheck-Event).
func Event(kind string) string { return "warning." + strings.ToLower(kind) }

// GenericMessage is the generic JSON form of a round.
type GenericMessage struct {
	Event   string `json:"event"`
	Warning struct {
		ID            int        `json:"id"`
		Title         string     `json:"title"`
		Level         string     `json:"level"`
		Status        string     `json:"status"`
		Districts     []string   `json:"districts"`
		EffectiveFrom time.Time  `json:"effectiveFrom"`
		EffectiveTo   *time.Time `json:"effectiveTo,omitempty"`
		Content       string     `json:"content"`
	} `json:"warning"`
	Round      schematype.WarningRound `json:"round"`
	Recipients int                     `json:"recipients"`
}

func messageBody(kind warningchannel.Kind, w *ent.Warning, r schematype.WarningRound, districts []string) ([]byte, error) {
	status := "ACTIVE"
	if r.Kind == "LIFT" {
		status = "LIFTED"
	}
	if kind == warningchannel.KindGENERIC {
		var m GenericMessage
		m.Event = Event(r.Kind)
		m.Warning.ID, m.Warning.Title, m.Warning.Level, m.Warning.Status = w.ID, w.Title, r.Level, status
		m.Warning.Districts, m.Warning.EffectiveFrom, m.Warning.EffectiveTo = districts, r.EffectiveFrom, r.EffectiveTo
		m.Warning.Content = w.Content
		m.Round, m.Recipients = r, r.Recipients
		return json.Marshal(m)
	}
	level := map[string]string{"YELLOW": "黄色", "ORANGE": "橙色", "RED": "红色"}[r.Level]
	verb := map[string]string{"PUBLISH": "发布", "UPGRADE": "升级为", "DOWNGRADE": "降级为", "EXTEND": "延长", "LIFT": "解除"}[r.Kind]
	title := fmt.Sprintf("%s：%s%s预警", w.Title, verb, level)
	if r.Kind == "LIFT" {
		title = w.Title + "：预警解除"
	}
	text := fmt.Sprintf("### %s\n\n- 生效时间：%s\n- 范围：%s\n- 推送企业：%d 家\n\n%s",
		title, clock.Minute(r.EffectiveFrom), strings.Join(districts, "、"), r.Recipients, r.Content)
	if kind == warningchannel.KindWECOM {
		return json.Marshal(map[string]any{"msgtype": "markdown", "markdown": map[string]string{"content": text}})
	}
	return json.Marshal(map[string]any{"msgtype": "markdown", "markdown": map[string]string{"title": title, "text": text}})
}

// Sign is the generic signature of body at t: hex HMAC-SHA256 of
// "<unix seconds>.<body>" with the channel's secret.
func Sign(secret string, t time.Time, body []byte) string {
	m := hmac.New(sha256.New, []byte(secret))
	fmt.Fprintf(m, "%d.", t.Unix())
	m.Write(body)
	return hex.EncodeToString(m.Sum(nil))
}

// dingTalkSign is DingTalk's 加签: base64 HMAC-SHA256 of
// "<timestamp ms>\n<secret>" keyed with the secret.
func dingTalkSign(secret string, ms int64) string {
	m := hmac.New(sha256.New, []byte(secret))
	fmt.Fprintf(m, "%d\n%s", ms, secret)
	return base64.StdEncoding.EncodeToString(m.Sum(nil))
}

// Sender sends the outbox. Each due delivery is claimed with a lease (a
// conditional update), so replicas share the work without a lock and a
// replica that stops mid-send leaves its deliveries to be retried.
type Sender struct {
	client *ent.Client
	HTTP   *http.Client
	// Backoff is the wait after the first failed attempt; it doubles after
	// each, up to MaxBackoff. MaxAttempts failed attempts give up (FAILED).
	Backoff, MaxBackoff time.Duration
	MaxAttempts         int
	// Lease is how long a claimed delivery is left to its sender.
	Lease time.Duration
	// AllowLoopback lets webhooks reach this machine (tests; a receiver on
	// the same host: GREENCHECK_WEBHOOK_LOOPBACK=1).
	AllowLoopback bool
	Now           func() time.Time

	wake     chan struct{}
	announce func(warningID int) // the warning's board: its deliveries changed
	mu       sync.Mutex
	inFlight map[int]bool
	slots    chan struct{}
}

// NewSender returns the sender of the service's outbox; the service wakes it
// after every commit that adds deliveries.
func (s *Service) NewSender() *Sender {
	snd := &Sender{client: s.client, Backoff: 30 * time.Second,
		MaxBackoff: time.Hour, MaxAttempts: 10, Lease: 2 * time.Minute, Now: time.Now,
		wake: make(chan struct{}, 1), inFlight: map[int]bool{}, slots: make(chan struct{}, 32), announce: s.announce}
	snd.HTTP = &http.Client{Timeout: 10 * time.Second,
		// A receiver's redirect is its answer, never followed.
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		Transport: &http.Transport{Proxy: nil, DialContext: (&net.Dialer{Timeout: 5 * time.Second, Control: snd.allowed}).DialContext,
			TLSHandshakeTimeout: 5 * time.Second, MaxIdleConnsPerHost: 4}}
	s.wake = snd.Wake
	return snd
}

// allowed refuses connections to the machine itself and to link-local
// addresses (cloud metadata services) — whatever the channel's address
// resolved to, redirects included — unless AllowLoopback (tests, a
// receiver on the same host). Private networks stay allowed: a district's
// command centre is usually on the government intranet.
func (snd *Sender) allowed(_, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return err
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return err
	}
	ip = ip.Unmap()
	switch {
	case ip.IsLoopback() && snd.AllowLoopback:
		return nil
	case ip.IsLoopback(), ip.IsLinkLocalUnicast(), ip.IsLinkLocalMulticast(), ip.IsUnspecified(), ip.IsMulticast():
		return fmt.Errorf("webhooks: %s is not an address webhooks are sent to", ip)
	}
	return nil
}

// Wake makes the sender look for due deliveries now.
func (snd *Sender) Wake() {
	select {
	case snd.wake <- struct{}{}:
	default:
	}
}

// Run sends until ctx ends, looking for due deliveries when woken and every
// poll (deliveries added on other replicas, retries coming due).
func (snd *Sender) Run(ctx context.Context, poll time.Duration) {
	t := time.NewTicker(poll)
	defer t.Stop()
	for {
		if err := snd.dispatch(ctx); err != nil && ctx.Err() == nil {
			slog.Warn("webhooks", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-snd.wake:
		}
	}
}

// dispatch claims the due deliveries and sends each on its own.
func (snd *Sender) dispatch(ctx context.Context) error {
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	now := snd.Now().UTC().Truncate(time.Microsecond)
	due, err := snd.client.WebhookDelivery.Query().Where(webhookdelivery.StatusEQ(webhookdelivery.StatusPENDING),
		webhookdelivery.NextAttemptAtLTE(now)).Order(ent.Asc(webhookdelivery.FieldNextAttemptAt)).Limit(200).All(ctx)
	if err != nil {
		return err
	}
	for _, d := range due {
		snd.mu.Lock()
		busy := snd.inFlight[d.ID]
		snd.mu.Unlock()
		if busy {
			continue
		}
		// Claim: only the replica whose update moves the due time sends.
		n, err := snd.client.WebhookDelivery.Update().Where(webhookdelivery.ID(d.ID),
			webhookdelivery.StatusEQ(webhookdelivery.StatusPENDING), webhookdelivery.NextAttemptAt(d.NextAttemptAt)).
			SetNextAttemptAt(now.Add(snd.Lease)).Save(ctx)
		if err != nil {
			return err
		}
		if n == 0 {
			continue
		}
		select {
		case snd.slots <- struct{}{}:
		case <-ctx.Done():
			return nil
		}
		snd.mu.Lock()
		snd.inFlight[d.ID] = true
		snd.mu.Unlock()
		go func(d *ent.WebhookDelivery) {
			defer func() {
				<-snd.slots
				snd.mu.Lock()
				delete(snd.inFlight, d.ID)
				snd.mu.Unlock()
			}()
			if err := snd.send(ctx, d); err != nil && ctx.Err() == nil {
				slog.Warn("webhooks: recording an attempt", "delivery", d.ID, "err", err)
			}
		}(d)
	}
	return nil
}

// send makes one attempt and records it.
func (snd *Sender) send(ctx context.Context, d *ent.WebhookDelivery) error {
	ch, err := snd.client.WarningChannel.Get(ctx, d.ChannelID)
	if err != nil {
		return err
	}
	start := snd.Now()
	attempt := schematype.DeliveryAttempt{At: start.UTC().Truncate(time.Microsecond)}
	status, err := snd.post(ctx, ch, d, start)
	attempt.StatusCode = status
	attempt.Ms = int(time.Since(start).Milliseconds())
	ok := err == nil && status >= 200 && status < 300
	if err != nil {
		attempt.Error = err.Error()
	} else if !ok {
		attempt.Error = http.StatusText(status)
	}
	if len(attempt.Error) > 300 {
		attempt.Error = attempt.Error[:300]
	}
	n := d.Attempts + 1
	u := snd.client.WebhookDelivery.UpdateOneID(d.ID).SetAttempts(n).AppendLog([]schematype.DeliveryAttempt{attempt})
	now := snd.Now().UTC().Truncate(time.Microsecond)
	switch {
	case ok:
		u.SetStatus(webhookdelivery.StatusDELIVERED).SetDeliveredAt(now)
	case n >= snd.MaxAttempts:
		u.SetStatus(webhookdelivery.StatusFAILED)
	default:
		wait := snd.Backoff << (n - 1)
		if wait > snd.MaxBackoff || wait <= 0 {
			wait = snd.MaxBackoff
		}
		u.SetNextAttemptAt(now.Add(wait))
	}
	if err := u.Exec(context.WithoutCancel(ctx)); err != nil {
		return err
	}
	if ok || n >= snd.MaxAttempts {
		snd.announce(d.WarningID)
	}
	return nil
}

func (snd *Sender) post(ctx context.Context, ch *ent.WarningChannel, d *ent.WebhookDelivery, at time.Time) (int, error) {
	target := ch.URL
	if ch.Kind == warningchannel.KindDINGTALK && ch.Secret != "" {
		ms := at.UnixMilli()
		sep := "?"
		if strings.Contains(target, "?") {
			sep = "&"
		}
		target += sep + "timestamp=" + strconv.FormatInt(ms, 10) + "&sign=" + url.QueryEscape(dingTalkSign(ch.Secret, ms))
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, target, bytes.NewReader([]byte(d.Body)))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json; charset=utf-8")
	req.Header.Set("User-Agent", "GreenCheck-Webhooks/1")
	id := fmt.Sprintf("wd-%d", d.ID)
	req.Header.Set("X-GreenCheck-Delivery", id)
	// The same key on every attempt lets a receiver drop a repeat; it also
	// makes the POST replayable, so a kept-alive connection the receiver
	// closes as the request arrives (an idle timeout) is retried at once
	// on a new one instead of failing the attempt.
	req.Header.Set("Idempotency-Key", id)
	req.Header.Set("X-GreenCheck-Event", eventOf(d.Body))
	if ch.Secret != "" {
		req.Header.Set("X-GreenCheck-Signature", fmt.Sprintf("t=%d,v1=%s", at.Unix(), Sign(ch.Secret, at, []byte(d.Body))))
	}
	res, err := snd.HTTP.Do(req)
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(res.Body, 64<<10))
	return res.StatusCode, nil
}

// eventOf reads the event name back from a generic body; robots' bodies
// carry none, and are announced as warning.round.
func eventOf(body string) string {
	var m struct{ Event string }
	if json.Unmarshal([]byte(body), &m) == nil && m.Event != "" {
		return m.Event
	}
	return "warning.round"
}
