package graph

import (
	"context"
	"reflect"

	"entgo.io/ent/dialect/sql"
	"github.com/99designs/gqlgen/graphql"
	"greencheck/api/page"

	"greencheck/api/rectify"
	"time"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/coder/websocket"
	"github.com/vektah/gqlparser/v2/ast"

	"greencheck/graph/direct"
	"greencheck/graph/generated"
)

// ServerOptions configure the GraphQL handler.
type ServerOptions struct {
	// MaxCost is the largest query cost accepted (see Limits).
	MaxCost int
	// OriginPatterns are the host patterns allowed to open WebSockets from
	// another origin (the CORS list); same-origin is always allowed.
	OriginPatterns []string
	// WebsocketInit authenticates a WebSocket from its connection_init payload.
	WebsocketInit transport.WebsocketInitFunc
	// WrapWebsocket, when set, wraps the WebSocket implementation (the
	// authentication closes a socket whose session ended with 4401).
	WrapWebsocket func(transport.WebsocketImplementation) transport.WebsocketImplementation
	// MaxUploadSize bounds multipart requests.
	MaxUploadSize int64
	// RequestTimeout is the budget of a query or mutation (DefaultBudget
	// when 0).
	RequestTimeout time.Duration
	// Executed answers every query through gqlgen's execution, never the
	// direct path (package direct; tests compare the two).
	Executed bool
}

// NewServer returns the GraphQL handler: transports, one transaction per
// mutation, limits, error codes.
func NewServer(r *Resolver, o ServerOptions) *handler.Server {
	es := generated.NewExecutableSchema(generated.Config{Resolvers: r})
	srv := handler.New(es)
	if r.Partners != nil {
		r.Partners.Schema = es.Schema() // persisted queries are checked against it when registered
	}
	if o.RequestTimeout == 0 {
		o.RequestTimeout = DefaultBudget
	}
	var ws transport.WebsocketImplementation = transport.CoderWebsocketImplementation{
		AcceptOptions: websocket.AcceptOptions{OriginPatterns: o.OriginPatterns},
	}
	if o.WrapWebsocket != nil {
		ws = o.WrapWebsocket(ws)
	}
	srv.AddTransport(transport.Websocket{
		KeepAlivePingInterval: 15 * time.Second,
		InitFunc:              o.WebsocketInit,
		InitTimeout:           10 * time.Second,
		Implementation:        ws,
	})
	srv.AddTransport(transport.Options{})
	srv.AddTransport(GET{})
	srv.AddTransport(POST{})
	srv.AddTransport(MultipartForm{transport.MultipartForm{MaxUploadSize: o.MaxUploadSize, MaxMemory: 1 << 20}})
	cache := lru.New[*ast.QueryDocument](1000)
	srv.SetQueryCache(cache)
	srv.SetParserTokenLimit(MaxTokens)
	srv.SetDisableSuggestion(true) // "Did you mean" would map the schema for anonymous callers
	srv.Use(QuerySize{})
	srv.Use(&StrictEnums{})
	srv.Use(Introspection{})
	srv.Use(PartnerQueries{Partners: r.Partners})
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](1000)})
	srv.Use(Shape{Cache: cache})
	if o.MaxCost == 0 {
		o.MaxCost = DefaultMaxCost
	}
	srv.Use(&Limits{MaxCost: o.MaxCost})
	srv.Use(PartnerBudget{Partners: r.Partners}) // after Limits: charges its cost
	// Sign-in mutations manage their own writes: a detected refresh-token
	// reuse must revoke the family even though the mutation then fails.
	srv.Use(Transactioner{TxOpener: r.Client, Skip: []string{"login", "refreshToken", "logout", "changePassword",
		// Reads a workbook first, then writes in a transaction of its own:
		// a write lock is never held while a file is parsed.
		"importEmissionPlans", "importRegistry",
		// Record the export, then read its rows outside any transaction
		// (beyond 10,000 rows in the background).
		"exportList", "exportReport"}})
	// Per-row questions (viewerCan, an enterprise's open findings) are
	// answered a page at a time (one statement per question asked on a
	// page): the pages are recorded as they resolve (package page). A
	// record lives for one root field — a mutation's answers are not those
	// of the mutation before it — and for one response: each event of a
	// subscription is answered afresh.
	srv.AroundRootFields(func(ctx context.Context, next graphql.RootResolver) graphql.Marshaler {
		return next(page.With(ctx))
	})
	// Every query and mutation runs within the request budget, whatever
	// its transport: a WebSocket operation gets its own; a query sent as
	// multipart gets the request budget, not the upload one.
	srv.AroundResponses(func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
		ctx = page.With(ctx)
		if !graphql.HasOperationContext(ctx) {
			return next(ctx)
		}
		op := graphql.GetOperationContext(ctx).Operation
		if op == nil || op.Operation == ast.Subscription {
			return next(ctx)
		}
		dl, has := ctx.Deadline()
		if has && (op.Operation == ast.Mutation || time.Until(dl) <= o.RequestTimeout) {
			return next(ctx)
		}
		ctx, cancel := WithBudget(ctx, o.RequestTimeout)
		defer cancel()
		return next(ctx)
	})
	// Queries whose fields read columns, ent edges and page loaders are
	// compiled to SQL and written from the rows (package direct): the
	// innermost response interceptor, within every limit above.
	if !o.Executed {
		srv.Use(direct.New(directOptions(r)))
	}
	srv.AroundFields(func(ctx context.Context, next graphql.Resolver) (any, error) {
		res, err := next(ctx)
		if err == nil {
			page.See(ctx, res)
		}
		return res, err
	})
	srv.SetErrorPresenter(ErrorPresenter)
	srv.SetRecoverFunc(func(ctx context.Context, p any) error { return RecoverFunc(ctx, p) })
	return srv
}

// directOptions are the direct path's roots and counts over r.
func directOptions(r *Resolver) direct.Options {
	count := func(overdue bool) direct.Count {
		return direct.Count{Entity: "Finding", Query: func(ctx context.Context, s *sql.Selector, id string) sql.Querier {
			return rectify.CountQuery(ctx, s, id, overdue)
		}}
	}
	return direct.Options{
		Client: r.Client,
		// Root connections that are ent's Paginate and nothing else
		// (ent.resolvers.go).
		Roots: map[string]string{"enterprises": "Enterprise", "findings": "Finding", "districts": "District",
			"permits": "Permit", "facilities": "Facility", "inspectionTasks": "InspectionTask"},
		// The resolvers of these fields (rectify.resolvers.go) read the same
		// counts a page at a time (rectify.Service.Counts).
		Counts: map[string]direct.Count{
			"Enterprise.openFindings":    count(false),
			"Enterprise.overdueFindings": count(true),
		},
		Resolvers: reflect.TypeOf((*generated.ResolverRoot)(nil)).Elem(),
	}
}
