package consult_test

import (
	"context"
	"slices"
	"sync"
	"testing"
	"time"

	"greencheck/api/consult"
	"greencheck/api/viewer"
	"greencheck/ent"
)

// A question reaching 200 subscribed experts and administrators of its
// district (the benchmark): each iteration asks one question and
// waits until every subscriber has read it through the privacy rules; the
// delivery latencies of all iterations give p50 and p99 (ms), reported
// beside the time per question. SQLite, the in-process bus.
func BenchmarkQuestionReaches200Subscribers(b *testing.B) {
	x := newCity(b, "sqlite3")
	qiye := x.as("qiye")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	const subscribers = 200
	chans := make([]<-chan *questionEvent, subscribers)
	for i := range chans {
		v := &viewer.Viewer{UserID: 1_000_000 + i, Role: viewer.RoleExpert, DistrictIDs: []int{x.furong}}
		if i%4 == 0 {
			v.Role = viewer.RoleDistrictAdmin
		}
		ch, err := x.svc.Subscribe(viewer.NewContext(ctx, v), nil)
		if err != nil {
			b.Fatal(err)
		}
		chans[i] = adapt(ch)
	}
	var latencies []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		q, err := x.svc.Ask(qiye, consult.AskInput{Title: "性能测试", Body: "一个问题到达 200 位订阅者"})
		if err != nil {
			b.Fatal(err)
		}
		var mu sync.Mutex
		var wg sync.WaitGroup
		for _, ch := range chans {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for e := range ch {
					if e.id == q.ID {
						mu.Lock()
						latencies = append(latencies, e.at.Sub(start))
						mu.Unlock()
						return
					}
				}
			}()
		}
		wg.Wait()
	}
	b.StopTimer()
	slices.Sort(latencies)
	at := func(p float64) float64 {
		return float64(latencies[int(p*float64(len(latencies)-1))].Microseconds()) / 1000
	}
	b.ReportMetric(at(0.5), "p50-ms")
	b.ReportMetric(at(0.99), "p99-ms")
}

type questionEvent struct {
	id int
	at time.Time
}

// adapt stamps each question as it arrives.
func adapt(in <-chan *ent.Question) <-chan *questionEvent {
	out := make(chan *questionEvent, 16)
	go func() {
		defer close(out)
		for q := range in {
			out <- &questionEvent{q.ID, time.Now()}
		}
	}()
	return out
}
