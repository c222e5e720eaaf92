package graph

import (
	"context"
	"slices"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"greencheck/api/apperr"
	"greencheck/api/viewer"
)

// PasswordGate refuses every operation of a session whose password an
// administrator chose (a new account, a reset: viewer.MustChangePassword)
// but the ones that let the user change it: until then the account is the
// administrator's as much as the user's.
type PasswordGate struct{}

// passwordGateOpen are the root fields a session that must change its
// password may still use.
var passwordGateOpen = []string{"me", "changePassword", "logout", "refreshToken", "login", "__typename", "__schema", "__type"}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationInterceptor
} = PasswordGate{}

func (PasswordGate) ExtensionName() string                   { return "GreenCheckPasswordGate" }
func (PasswordGate) Validate(graphql.ExecutableSchema) error { return nil }

func (PasswordGate) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	if v := viewer.FromContext(ctx); v != nil && v.MustChangePassword {
		oc := graphql.GetOperationContext(ctx)
		for _, f := range rootFields(oc.Doc, oc.Operation.SelectionSet, nil) {
			if !slices.Contains(passwordGateOpen, f.Name) {
				err := present(ctx, apperr.New(apperr.Forbidden, "auth.password_change_required"))
				return graphql.OneShot(&graphql.Response{Errors: []*gqlerror.Error{err}})
			}
		}
	}
	return next(ctx)
}
