package page

import (
	"context"
	"slices"
	"testing"
)

type fakeConnection struct{ Edges []*fakeEdge }
type fakeEdge struct{ Node *fakeNode }
type fakeNode struct{ ID int }

// TestLoadAsksForThePageOnceAndInParts: the first question about a row of
// a seen page is asked of every row of the page in one call; the others are
// answered from it; more rows than MaxBatch are asked in parts; without a
// record, the row alone.
func TestLoadAsksForThePageOnceAndInParts(t *testing.T) {
	ctx := With(context.Background())
	n := MaxBatch + 7
	conn := &fakeConnection{}
	for i := 1; i <= n; i++ {
		conn.Edges = append(conn.Edges, &fakeEdge{Node: &fakeNode{ID: i}})
	}
	See(ctx, conn) // type name "fakeConnection" → rows of "fake"
	var calls [][]int
	fetch := func(ids []int) (map[int]int, error) {
		calls = append(calls, slices.Clone(ids))
		out := map[int]int{}
		for _, id := range ids {
			out[id] = id * 10
		}
		return out, nil
	}
	for _, id := range []int{3, 1, n} {
		v, err := Load(ctx, "double", "fake", id, fetch)
		if err != nil || v != id*10 {
			t.Fatalf("row %d: %d, %v", id, v, err)
		}
	}
	if len(calls) != 2 || len(calls[0]) != MaxBatch || len(calls[1]) != 7 {
		t.Fatalf("fetch calls of %v rows, want one page in 2 parts", lens(calls))
	}
	calls = nil
	if v, _ := Load(context.Background(), "double", "fake", 42, fetch); v != 420 || len(calls) != 1 || len(calls[0]) != 1 {
		t.Fatalf("without a record: %d, calls %v", v, calls)
	}
}

func lens(calls [][]int) []int {
	out := make([]int, len(calls))
	for i, c := range calls {
		out[i] = len(c)
	}
	return out
}
