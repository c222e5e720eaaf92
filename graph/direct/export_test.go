package direct

import (
	"fmt"
	"slices"
	"strings"

	"github.com/vektah/gqlparser/v2/ast"
)

// SelectionOf returns a selection of every field the direct path compiles
// on typ, following edges depth levels deep (connections: first 3, with
// their cursors and page info), for the tests' generated queries.
func SelectionOf(s *ast.Schema, o Options, typ string, depth int) string {
	return selectionOf(catalogue(s, o), typ, depth)
}

// OrderFields returns the order fields the direct path compiles on typ.
func OrderFields(s *ast.Schema, o Options, typ string) []string {
	var out []string
	for k := range catalogue(s, o)[typ].orderCols {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// EqualityFields returns the columns typ's where input may compare (the
// compiled columns).
func EqualityFields(s *ast.Schema, o Options, typ string) []string {
	var out []string
	for k := range catalogue(s, o)[typ].columns {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func selectionOf(cat map[string]*entity, typ string, depth int) string {
	e := cat[typ]
	var b strings.Builder
	b.WriteString("{ __typename")
	names := func(m map[string]bool) []string {
		var out []string
		for k := range m {
			out = append(out, k)
		}
		slices.Sort(out)
		return out
	}
	cols, ones, manys, loads := map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	for k := range e.columns {
		cols[k] = true
	}
	for k := range e.toOne {
		ones[k] = true
	}
	for k := range e.toMany {
		manys[k] = true
	}
	for k := range e.counts {
		loads[k] = true
	}
	for _, k := range names(cols) {
		b.WriteString(" " + k)
	}
	for _, k := range names(loads) {
		b.WriteString(" " + k)
	}
	if depth > 0 {
		for _, k := range names(ones) {
			b.WriteString(" " + k + " " + selectionOf(cat, e.toOne[k].target.name, depth-1))
		}
		for _, k := range names(manys) {
			fmt.Fprintf(&b, " %s(first: 3) { __typename pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node %s } }",
				k, selectionOf(cat, e.toMany[k].target.name, depth-1))
		}
	}
	b.WriteString(" }")
	return b.String()
}
