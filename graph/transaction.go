package graph

import (
	"context"
	"slices"
	"sync"

	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// Transactioner runs each mutation in one transaction (nothing partial):
// entgql's, with three differences — a transaction that cannot be opened
// or committed is reported through the error presenter (UNAVAILABLE or
// TIMEOUT, never the driver's text); the end of a WebSocket operation's
// stream (no response) opens nothing; and the resolvers of a mutation run
// one at a time, as entgql's do.
type Transactioner struct {
	TxOpener entgql.TxOpener
	// Skip lists mutations that manage their own writes.
	Skip []string
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
	graphql.ResponseInterceptor
} = Transactioner{}

func (Transactioner) ExtensionName() string                   { return "GreenCheckTransactioner" }
func (Transactioner) Validate(graphql.ExecutableSchema) error { return nil }

func (t Transactioner) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if !t.skip(oc.Operation) {
		previous := oc.ResolverMiddleware
		var mu sync.Mutex
		oc.ResolverMiddleware = func(ctx context.Context, next graphql.Resolver) (any, error) {
			mu.Lock()
			defer mu.Unlock()
			return previous(ctx, next)
		}
	}
	return nil
}

func (t Transactioner) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	if !graphql.HasOperationContext(ctx) || t.skip(graphql.GetOperationContext(ctx).Operation) {
		return next(ctx)
	}
	txCtx, tx, err := t.TxOpener.OpenTx(ctx)
	if err != nil {
		return failed(ctx, err)
	}
	defer func() {
		if r := recover(); r != nil {
			_ = tx.Rollback()
			panic(r)
		}
	}()
	rsp := next(txCtx)
	if rsp == nil { // the end of a stream: nothing ran
		_ = tx.Rollback()
		return nil
	}
	if len(rsp.Errors) > 0 {
		_ = tx.Rollback()
		return &graphql.Response{Errors: rsp.Errors, Extensions: rsp.Extensions}
	}
	if err := tx.Commit(); err != nil {
		return failed(ctx, err)
	}
	return rsp
}

// failed answers a mutation whose transaction failed, coded by the error
// presenter.
func failed(ctx context.Context, err error) *graphql.Response {
	return &graphql.Response{Errors: gqlerror.List{ErrorPresenter(ctx, err)}}
}

func (t Transactioner) skip(op *ast.OperationDefinition) bool {
	if op == nil || op.Operation != ast.Mutation {
		return true
	}
	return slices.ContainsFunc(op.SelectionSet, func(s ast.Selection) bool {
		f, ok := s.(*ast.Field)
		return ok && slices.Contains(t.Skip, f.Name)
	})
}
