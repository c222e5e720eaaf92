package graph

import (
	"context"
	"fmt"
	"slices"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// StrictEnums refuses an enum value in the variables that is not one of its
// type's values as written: gqlparser's check of variables compares enum
// names ignoring case ("desc" passes for DESC), and the typed decoder then
// refused it after validation, as an internal error. The refusal is
// GRAPHQL_VALIDATION_FAILED naming the variable's path ($input.order.0.direction),
// in the caller's language, like every other variable refused.
type StrictEnums struct{ schema *ast.Schema }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = &StrictEnums{}

func (*StrictEnums) ExtensionName() string { return "GreenCheckStrictEnums" }

func (x *StrictEnums) Validate(es graphql.ExecutableSchema) error {
	x.schema = es.Schema()
	return nil
}

func (x *StrictEnums) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	for _, vd := range oc.Operation.VariableDefinitions {
		v, ok := oc.Variables[vd.Variable]
		if !ok {
			continue
		}
		if err := x.check(vd.Type, v, ast.Path{ast.PathName("variable"), ast.PathName(vd.Variable)}); err != nil {
			return err // coded and translated by ErrorPresenter, as gqlparser's own
		}
	}
	return nil
}

// check walks a variable's value along its type: lists, input objects and
// their fields, down to the enums.
func (x *StrictEnums) check(t *ast.Type, v any, path ast.Path) *gqlerror.Error {
	if v == nil || t == nil {
		return nil
	}
	if t.Elem != nil {
		list, ok := v.([]any)
		if !ok { // a single value where a list is expected is a list of one
			return x.check(t.Elem, v, path)
		}
		for i, e := range list {
			if err := x.check(t.Elem, e, append(slices.Clip(path), ast.PathIndex(i))); err != nil {
				return err
			}
		}
		return nil
	}
	def := x.schema.Types[t.NamedType]
	if def == nil {
		return nil
	}
	switch def.Kind {
	case ast.Enum:
		if s, ok := v.(string); ok && def.EnumValues.ForName(s) == nil {
			return &gqlerror.Error{Message: fmt.Sprintf("%s is not a valid %s", s, def.Name), Path: path,
				Extensions: map[string]any{"code": "GRAPHQL_VALIDATION_FAILED"}}
		}
	case ast.InputObject:
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		for _, f := range def.Fields {
			if fv, ok := m[f.Name]; ok {
				if err := x.check(f.Type, fv, append(slices.Clip(path), ast.PathName(f.Name))); err != nil {
					return err
				}
			}
		}
	}
	return nil
}
