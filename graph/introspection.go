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
// callers get UNAUTHENTICATED. __typename is always allowed, and so is
// __type when it asks only whether a type exists (name, kind): that tells
// nothing about its fields, and generic GraphQL-over-HTTP clients probe it.
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
	if introspects(oc.Doc, oc.Operation.SelectionSet, map[string]bool{}) {
		return present(ctx, apperr.New(apperr.Unauthenticated, "auth.introspection"))
	}
	oc.DisableIntrospection = false // what is left asks only for names
	return nil
}

func introspects(doc *ast.QueryDocument, set ast.SelectionSet, seen map[string]bool) bool {
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			if s.Name == "__schema" || s.Name == "__type" && !onlyNames(doc, s.SelectionSet, seen) {
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

// onlyNames reports whether a __type selection asks for nothing but name,
// kind and __typename.
func onlyNames(doc *ast.QueryDocument, set ast.SelectionSet, seen map[string]bool) bool {
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			if s.Name != "name" && s.Name != "kind" && s.Name != "__typename" {
				return false
			}
		case *ast.InlineFragment:
			if !onlyNames(doc, s.SelectionSet, seen) {
				return false
			}
		case *ast.FragmentSpread:
			f := doc.Fragments.ForName(s.Name)
			if f == nil || seen[s.Name] {
				return false
			}
			seen[s.Name] = true
			if !onlyNames(doc, f.SelectionSet, seen) {
				return false
			}
		}
	}
	return true
}
