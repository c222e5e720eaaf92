package generated

// This file is written by hand; graph/seqslices points the generated code
// at it after gqlgen runs.

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
)

// marshalSlice marshals a list's elements one after the other, where
// gqlgen's graphql.MarshalSliceConcurrently starts a goroutine for each
// (not configurable; its worker limit still starts one per element). The
// elements' own resolvers still run concurrently within each element, and
// every per-row figure and permission of a page is loaded once for the
// whole page (api/page), so the goroutines bought nothing but their cost:
// on a page of 50 enterprises they were ~25 % of the server's CPU
// (issue 10's profiles). Same semantics otherwise: each element has its
// FieldContext index, and a panic in one becomes its error and a null.
func marshalSlice(ctx context.Context, length int, _ int64, omitPanicHandler bool, marshal func(ctx context.Context, i int) graphql.Marshaler) graphql.Array {
	ret := make(graphql.Array, length)
	for i := range length {
		fc := &graphql.FieldContext{Index: &i}
		childCtx := graphql.WithFieldContext(ctx, fc)
		if omitPanicHandler {
			ret[i] = marshal(childCtx, i)
			continue
		}
		func() {
			defer func() {
				if r := recover(); r != nil {
					graphql.AddError(childCtx, graphql.Recover(childCtx, r))
					ret[i] = graphql.Null
				}
			}()
			ret[i] = marshal(childCtx, i)
		}()
	}
	return ret
}
