package events

import (
	"context"
	"database/sql"
	"log/slog"
	"strconv"
	"strings"
	"time"

	"github.com/lib/pq"
)

// Channel is the PostgreSQL notification channel events travel on.
const Channel = "greencheck_events"

// maxPayload keeps a notification under PostgreSQL's 8,000-byte limit.
const maxPayload = 7900

// Postgres is the bus across replicas on PostgreSQL: Publish sends the event
// with NOTIFY, and every replica — this one included — LISTENs and hands
// what it hears to its own subscribers (Local). Events carry a topic and an
// id, never data: subscribers read the record through the privacy rules.
//
// Publish never blocks on the database: events queue (in order) and a
// sender packs them into as few notifications as fit, retrying with
// back-off while the database is unreachable. Events are signals — the
// records they name are already committed — so a subscriber that was
// disconnected reads what it missed on its next fetch.
type Postgres struct {
	local *Local
	db    *sql.DB
	queue chan Event
	ready chan struct{}
}

// NewPostgres starts a bus over db (for NOTIFY) listening with its own
// connection to databaseURL, until ctx ends.
func NewPostgres(ctx context.Context, db *sql.DB, databaseURL string) *Postgres {
	b := &Postgres{local: NewLocal(), db: db, queue: make(chan Event, 1<<16), ready: make(chan struct{})}
	l := pq.NewListener(databaseURL, 100*time.Millisecond, 10*time.Second, func(ev pq.ListenerEventType, err error) {
		if ev == pq.ListenerEventDisconnected || ev == pq.ListenerEventConnectionAttemptFailed {
			slog.Warn("events: listening", "event", ev, "err", err)
		}
	})
	go b.listen(ctx, l)
	go b.send(ctx)
	return b
}

// Ready is closed once the bus hears every replica's events.
func (b *Postgres) Ready() <-chan struct{} { return b.ready }

// Publish queues e for every replica's subscribers.
func (b *Postgres) Publish(e Event) { b.queue <- e }

// Subscribe returns the events of topic, from any replica, until ctx ends.
func (b *Postgres) Subscribe(ctx context.Context, topic string) <-chan Event {
	return b.local.Subscribe(ctx, topic)
}

func (b *Postgres) listen(ctx context.Context, l *pq.Listener) {
	defer l.Close()
	for {
		if err := l.Listen(Channel); err == nil {
			break
		} else if ctx.Err() != nil {
			return
		} else {
			slog.Warn("events: listen", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Second):
		}
	}
	close(b.ready)
	for {
		select {
		case <-ctx.Done():
			return
		case n := <-l.Notify:
			if n == nil { // reconnected: LISTEN is in effect again
				continue
			}
			for _, line := range strings.Split(n.Extra, "\n") {
				topic, id, ok := strings.Cut(line, "\t")
				if !ok {
					continue
				}
				if n, err := strconv.Atoi(id); err == nil {
					b.local.Publish(Event{Topic: topic, ID: n})
				}
			}
		case <-time.After(time.Minute):
			go l.Ping()
		}
	}
}

// send packs queued events into notifications and sends them in order.
func (b *Postgres) send(ctx context.Context) {
	var buf strings.Builder
	for {
		var e Event
		select {
		case <-ctx.Done():
			return
		case e = <-b.queue:
		}
		buf.Reset()
		add := func(e Event) { buf.WriteString(e.Topic + "\t" + strconv.Itoa(e.ID) + "\n") }
		add(e)
	pack:
		for buf.Len() < maxPayload-200 {
			select {
			case e = <-b.queue:
				add(e)
			default:
				break pack
			}
		}
		payload := strings.TrimSuffix(buf.String(), "\n")
		for wait := 50 * time.Millisecond; ; wait = min(2*wait, 5*time.Second) {
			_, err := b.db.ExecContext(ctx, "SELECT pg_notify($1, $2)", Channel, payload)
			if err == nil || ctx.Err() != nil {
				break
			}
			slog.Warn("events: notify", "err", err)
			select {
			case <-ctx.Done():
				return
			case <-time.After(wait):
			}
		}
	}
}
