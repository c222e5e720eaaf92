package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"greencheck/api/apperr"
	"greencheck/api/viewer"
)

// Introspection lets signed-in callers (and GraphiQL, which sends the
// SPA's token) read the schema through __schema and __type; anonymous
// callers get UNAUTHENTICATED. __typename is always allowed.
type Introspection struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = Introspection{}

func (Introspection) ExtensionName() string                   { return "GreenCheckIntrospection" }
func (Introspection) Validate(graphql.ExecutableSchema) error { return nil }

func (Introspection) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if viewer.FromContext(ctx) != nil {
		oc.DisableIntrospection = false
		return nil
	}
	oc.DisableIntrospection = true
	if introspects(oc.Doc, oc.Operation.SelectionSet, map[string]bool{}) {
		return present(ctx, apperr.New(apperr.Unauthenticated, "auth.introspection"))
	}
	return nil
}

func introspects(doc *ast.QueryDocument, set ast.SelectionSet, seen map[string]bool) bool {
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			if s.Name == "__schema" || s.Name == "__type" {
				return true
			}
		case *ast.InlineFragment:
			if introspects(doc, s.SelectionSet, seen) {
				return true
			}
		case *ast.FragmentSpread:
			if f := doc.Fragments.ForName(s.Name); f != nil && !seen[s.Name] {
				seen[s.Name] = true
				if introspects(doc, f.SelectionSet, seen) {
					return true
				}
			}
		}
	}
	return false
}
