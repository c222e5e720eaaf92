// Package events publishes domain events to subscribers (GraphQL
// subscriptions) after the change that caused them has committed. This bus
// is in-process; across replicas on PostgreSQL a LISTEN/NOTIFY bus will
// implement the same interface.
package events

import (
	"context"
	"sync"
)

// Event is something that happened, addressed to a topic.
type Event struct {
	Topic string
	ID    int // the id of the record it is about
}

// Bus delivers events to the subscribers of their topic.
type Bus interface {
	Publish(e Event)
	Subscribe(ctx context.Context, topic string) <-chan Event
}

// Local is the in-process bus.
type Local struct {
	mu   sync.Mutex
	subs map[string]map[chan Event]struct{}
}

// NewLocal returns an in-process bus.
func NewLocal() *Local { return &Local{subs: map[string]map[chan Event]struct{}{}} }

// Publish delivers e to every current subscriber of its topic; a subscriber
// too slow to take it loses it rather than blocking the publisher.
func (b *Local) Publish(e Event) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for ch := range b.subs[e.Topic] {
		select {
		case ch <- e:
		default:
		}
	}
}

// Subscribe returns the events of topic until ctx ends.
func (b *Local) Subscribe(ctx context.Context, topic string) <-chan Event {
	ch := make(chan Event, 16)
	b.mu.Lock()
	if b.subs[topic] == nil {
		b.subs[topic] = map[chan Event]struct{}{}
	}
	b.subs[topic][ch] = struct{}{}
	b.mu.Unlock()
	go func() {
		<-ctx.Done()
		b.mu.Lock()
		delete(b.subs[topic], ch)
		if len(b.subs[topic]) == 0 {
			delete(b.subs, topic)
		}
		b.mu.Unlock()
		close(ch)
	}()
	return ch
}
