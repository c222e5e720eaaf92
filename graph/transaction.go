package graph

import (
	"context"
	"slices"
	"sync"

	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"greencheck/api/apperr"
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

func (t Transactioner) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	// A mutation that manages its own writes must come alone: with others
	// it would take their transaction away.
	if op := oc.Operation; op != nil && op.Operation == ast.Mutation {
		fields := rootFields(oc.Doc, op.SelectionSet, nil)
		for _, f := range fields {
			if slices.Contains(t.Skip, f.Name) && len(fields) > 1 {
				return present(ctx, apperr.New(apperr.BadRequest, "request.alone", f.Name))
			}
		}
	}
	if !t.skip(oc.Doc, oc.Operation) {
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
	if !graphql.HasOperationContext(ctx) {
		return next(ctx)
	}
	if oc := graphql.GetOperationContext(ctx); t.skip(oc.Doc, oc.Operation) {
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

// skip reports an operation that runs without a transaction: a query, a
// subscription, or a mutation of one self-managed field.
func (t Transactioner) skip(doc *ast.QueryDocument, op *ast.OperationDefinition) bool {
	if op == nil || op.Operation != ast.Mutation {
		return true
	}
	fields := rootFields(doc, op.SelectionSet, nil)
	return len(fields) == 1 && slices.Contains(t.Skip, fields[0].Name)
}
