// Package page loads per-row values a page at a time. The connections a
// request returns are recorded as they resolve (See); the first question
// about one row — a verdict of viewerCan, a figure like an enterprise's open
// findings — is answered for every row of its type seen so far on the
// request's pages in one statement, and the other rows' answers are then at
// hand. Deterministic: it does not depend on how fast, or whether
// concurrently, sibling fields are resolved.
package page

import (
	"context"
	"reflect"
	"strings"
	"sync"
)

// pages is one request's record.
type pages struct {
	mu     sync.Mutex
	seen   map[string][]int       // entity type → ids of the pages returned
	loaded map[string]map[int]any // question → row → answer
}

type key struct{}

// With returns ctx ready to record the request's pages.
func With(ctx context.Context) context.Context {
	return context.WithValue(ctx, key{}, &pages{seen: map[string][]int{}, loaded: map[string]map[int]any{}})
}

// See records the rows of a connection a resolver returned (any
// *ent.<Type>Connection; other values are ignored).
func See(ctx context.Context, v any) {
	p, _ := ctx.Value(key{}).(*pages)
	if p == nil || v == nil {
		return
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() || !strings.HasSuffix(rv.Elem().Type().Name(), "Connection") {
		return
	}
	edges := rv.Elem().FieldByName("Edges")
	if !edges.IsValid() || edges.Kind() != reflect.Slice {
		return
	}
	typ := strings.TrimSuffix(rv.Elem().Type().Name(), "Connection")
	var ids []int
	for i := 0; i < edges.Len(); i++ {
		e := edges.Index(i)
		if e.Kind() == reflect.Pointer && e.IsNil() {
			continue
		}
		n := reflect.Indirect(e).FieldByName("Node")
		if !n.IsValid() || (n.Kind() == reflect.Pointer && n.IsNil()) {
			continue
		}
		if id := reflect.Indirect(n).FieldByName("ID"); id.IsValid() && id.Kind() == reflect.Int {
			ids = append(ids, int(id.Int()))
		}
	}
	p.mu.Lock()
	p.seen[typ] = append(p.seen[typ], ids...)
	p.mu.Unlock()
}

// MaxBatch is the most rows fetch is asked about at once: a request's
// pages can hold more rows than a statement can bind on SQLite (32,766
// variables), so larger sets are asked in parts.
const MaxBatch = 5000

// Load answers the question name about row id of type typ. fetch answers it
// for a set of rows (the rows of the request's pages seen so far, ≤ 100
// per page, at most MaxBatch at a time); rows it leaves out get V's zero value. Without a record (outside a
// GraphQL request) fetch is asked about id alone.
func Load[V any](ctx context.Context, name, typ string, id int, fetch func(ids []int) (map[int]V, error)) (V, error) {
	p, _ := ctx.Value(key{}).(*pages)
	if p == nil {
		m, err := fetch([]int{id})
		return m[id], err
	}
	// One question at a time: concurrent rows of a page wait for the first
	// to load the page, then read its answer.
	p.mu.Lock()
	defer p.mu.Unlock()
	if v, ok := p.loaded[name][id]; ok {
		return v.(V), nil
	}
	ids := []int{id}
	for _, x := range p.seen[typ] {
		if _, done := p.loaded[name][x]; !done && x != id {
			ids = append(ids, x)
		}
	}
	m := make(map[int]V, len(ids))
	for start := 0; start < len(ids); start += MaxBatch {
		part, err := fetch(ids[start:min(start+MaxBatch, len(ids))])
		if err != nil {
			var zero V
			return zero, err
		}
		for k, v := range part {
			m[k] = v
		}
	}
	if p.loaded[name] == nil {
		p.loaded[name] = map[int]any{}
	}
	for _, x := range ids {
		p.loaded[name][x] = m[x]
	}
	return m[id], nil
}
