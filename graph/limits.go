package graph

import (
	"context"
	"encoding/json"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"greencheck/api/apperr"
)

// MaxPage is the largest page a connection returns (GitHub's rule).
const MaxPage = 100

// Limits checks an operation before it runs: every connection must ask for
// `first` or `last` between 0 and MaxPage, and the operation's cost — each
// field 1, a connection's selection times its page size — must stay within
// MaxCost. Nothing is executed when either check fails.
type Limits struct{ MaxCost int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = Limits{}

func (Limits) ExtensionName() string                   { return "GreenCheckLimits" }
func (Limits) Validate(graphql.ExecutableSchema) error { return nil }

func (l Limits) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	w := walker{vars: oc.Variables, doc: oc.Doc}
	cost, err := w.cost(oc.Operation.SelectionSet, 0)
	if err != nil {
		return present(ctx, err)
	}
	if cost > l.MaxCost {
		return present(ctx, apperr.New(apperr.ComplexityLimitExceeded, string(apperr.ComplexityLimitExceeded), cost, l.MaxCost))
	}
	oc.Stats.SetExtension("cost", cost)
	return nil
}

func present(ctx context.Context, err *apperr.Error) *gqlerror.Error {
	e := &gqlerror.Error{Message: err.Message(apperr.Lang(ctx)),
		Extensions: map[string]any{"code": string(err.Code)}}
	if err.Field != "" {
		e.Extensions["field"] = err.Field
	}
	return e
}

type walker struct {
	vars map[string]any
	doc  *ast.QueryDocument
}

const maxDepth = 15

func (w walker) cost(set ast.SelectionSet, depth int) (int, *apperr.Error) {
	if depth > maxDepth {
		return 0, apperr.New(apperr.ComplexityLimitExceeded, string(apperr.ComplexityLimitExceeded), 1<<30, 0)
	}
	total := 0
	for _, sel := range set {
		var c int
		var err *apperr.Error
		switch s := sel.(type) {
		case *ast.Field:
			c, err = w.field(s, depth)
		case *ast.InlineFragment:
			c, err = w.cost(s.SelectionSet, depth+1)
		case *ast.FragmentSpread:
			if f := w.doc.Fragments.ForName(s.Name); f != nil {
				c, err = w.cost(f.SelectionSet, depth+1)
			}
		}
		if err != nil {
			return 0, err
		}
		total += c
	}
	return total, nil
}

func (w walker) field(f *ast.Field, depth int) (int, *apperr.Error) {
	children, err := w.cost(f.SelectionSet, depth+1)
	if err != nil {
		return 0, err
	}
	if f.Definition == nil || !strings.HasSuffix(f.Definition.Type.Name(), "Connection") {
		return 1 + children, nil
	}
	args := f.ArgumentMap(w.vars)
	page := -1
	for _, name := range []string{"first", "last"} {
		v, ok := args[name]
		if !ok || v == nil {
			continue
		}
		n, ok := toInt(v)
		if !ok || n < 0 || n > MaxPage {
			e := apperr.Input(name, "input.pagination_too_large", f.Name, MaxPage)
			return 0, e
		}
		if int(n) > page {
			page = int(n)
		}
	}
	if page < 0 {
		return 0, apperr.Input("first", "input.pagination_required", f.Name)
	}
	// The page itself costs one; its items cost their selection each.
	return 1 + children*max(page, 1), nil
}

// toInt reads an integer argument: a literal (int64) or a JSON variable
// (json.Number, since gqlgen decodes variables with UseNumber).
func toInt(v any) (int64, bool) {
	switch n := v.(type) {
	case int64:
		return n, true
	case int:
		return int64(n), true
	case json.Number:
		i, err := n.Int64()
		return i, err == nil
	case float64:
		return int64(n), n == float64(int64(n))
	}
	return 0, false
}
