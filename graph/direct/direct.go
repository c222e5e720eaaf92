// Package direct answers read-only GraphQL queries without gqlgen's
// field-by-field execution: a query whose every field reads a column, follows
// an ent edge or is a count the schema's owner defines as a sub-select is
// compiled into one SQL
// statement per level of its selection (a page of enterprises; their
// districts; their findings, limited per enterprise by a window) and its
// JSON written straight from the rows.
//
// Authorization is the ent schema's, not a copy: every statement reads its
// table through ent/edgescope.Readable — the entity's own query policy
// evaluated for the viewer, the predicate ent itself adds to every query of
// that entity. Anything the path does not compile — a mutation or
// subscription, a field with a resolver, an argument or filter it does not
// know, `last`/`before`, a to-one edge whose row the viewer may not read, a
// value gqlgen would refuse, any error — is answered by gqlgen as before:
// the path answers only when its answer is the one gqlgen gives, and the
// tests compare the two byte for byte, field by field, for every role.
//
// The request's limits (tokens, depth, cost, budget) are checked before it
// runs: it is the innermost response interceptor.
package direct

import (
	"bytes"
	"context"
	"encoding/json"
	"greencheck/api/viewer"
	"os"
	"reflect"
	"strconv"
	"sync"
	"sync/atomic"

	"entgo.io/ent/dialect/sql"
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"greencheck/ent"
)

// Count answers a resolver-backed Int! field as a correlated sub-select.
type Count struct {
	// Entity is the entity the sub-select reads (ent's type name): a viewer
	// its policy denies outright is left to gqlgen.
	Entity string
	// Query is the sub-select over the row whose id is the column id
	// (qualified), within the viewer's scope, in the dialect of the
	// statement s it is selected in — the same figure the field's resolver
	// gives.
	Query func(ctx context.Context, s *sql.Selector, id string) sql.Querier
}

// Options configure the direct path.
type Options struct {
	// Client reads the database (a transaction's client when the context
	// carries one).
	Client *ent.Client
	// Roots are the root fields that are ent's plain Paginate over an entity
	// with its orderBy and where, and nothing else: field → entity.
	Roots map[string]string
	// Counts answer resolver-backed Int! fields: "Type.field" → count.
	Counts map[string]Count
	// Resolvers is the executable schema's resolver root interface
	// (reflect.TypeOf((*generated.ResolverRoot)(nil)).Elem()): its methods
	// name the fields that have resolvers, which are never compiled.
	Resolvers reflect.Type
}

// Extension is the gqlgen handler extension of the direct path.
type Extension struct {
	o        Options
	entities map[string]*entity
	tables   map[string]*entity // by table
	schema   *ast.Schema
	names    sync.Map // "table.column" → its quoted form
	off      bool
}

var _ interface {
	graphql.HandlerExtension
	graphql.ResponseInterceptor
} = (*Extension)(nil)

// New returns the extension; GREENCHECK_DIRECT=0 turns the path off (every
// query then executes through gqlgen).
func New(o Options) *Extension { return &Extension{o: o, off: os.Getenv("GREENCHECK_DIRECT") == "0"} }

func (*Extension) ExtensionName() string { return "GreenCheckDirect" }

// Validate builds the catalogue of entities from the executable schema.
func (x *Extension) Validate(es graphql.ExecutableSchema) error {
	x.schema = es.Schema()
	x.entities = catalogue(x.schema, x.o)
	x.tables = make(map[string]*entity, len(x.entities))
	for _, e := range x.entities {
		x.tables[e.node.Table] = e
	}
	return nil
}

// answered counts the queries the direct path answered (in this process).
var answered atomic.Int64

// Answered returns how many queries the direct path has answered in this
// process (the tests check that it answers what it should).
func Answered() int64 { return answered.Load() }

type offKey struct{}

// Off returns ctx in which queries execute through gqlgen (the tests'
// reference answers).
func Off(ctx context.Context) context.Context { return context.WithValue(ctx, offKey{}, true) }

// InterceptResponse answers a query it can compile; anything else goes on
// to gqlgen.
func (x *Extension) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) (resp *graphql.Response) {
	// A request refused already (a limit, a variable that failed
	// validation: gqlgen's DispatchError runs the interceptors too) is
	// answered by its errors, never run.
	if x.off || ctx.Value(offKey{}) != nil || !graphql.HasOperationContext(ctx) || len(graphql.GetErrors(ctx)) > 0 {
		return next(ctx)
	}
	// A partner's reads go through ent's interceptors (the key's scopes,
	// the masking of personal data: api/partner/scope), which compiled SQL
	// would pass by.
	if v := viewer.FromContext(ctx); v != nil && v.Role == viewer.RolePartner {
		return next(ctx)
	}
	oc := graphql.GetOperationContext(ctx)
	if oc.Operation == nil || oc.Operation.Operation != ast.Query {
		return next(ctx)
	}
	r := &run{x: x, ctx: ctx, oc: oc, client: x.o.Client, buf: buffers.Get().(*bytes.Buffer)}
	defer func() {
		if r.buf.Cap() <= 1<<20 {
			r.buf.Reset()
			buffers.Put(r.buf)
		}
	}()
	// Whatever the path did not foresee is gqlgen's to answer (and to
	// report, if it fails there too).
	defer func() {
		if p := recover(); p != nil {
			resp = next(ctx)
		}
	}()
	if c := ent.FromContext(ctx); c != nil {
		r.client = c
	}
	data, ok := r.operation()
	if !ok {
		return next(ctx)
	}
	answered.Add(1)
	return &graphql.Response{Data: json.RawMessage(bytes.Clone(data)), Extensions: graphql.GetExtensions(ctx)}
}

// run is one query on the direct path.
type run struct {
	x      *Extension
	ctx    context.Context
	oc     *graphql.OperationContext
	client *ent.Client
	buf    *bytes.Buffer // from buffers; the answer is copied out of it
	denied bool          // a policy read denies the viewer outright
}

// buffers hold the answers being written (grown once, reused).
var buffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// operation compiles and answers the operation's root fields in order.
func (r *run) operation() ([]byte, bool) {
	fields := graphql.CollectFields(r.oc, r.oc.Operation.SelectionSet, []string{"Query"})
	type root struct {
		key  string
		name string // __typename
		one  *object
		conn *conn
	}
	roots := make([]root, 0, len(fields))
	for _, f := range fields {
		if len(f.Deferrables) > 0 {
			return nil, false
		}
		switch f.Name {
		case "__typename":
			roots = append(roots, root{key: f.Alias, name: "Query"})
		case "node":
			o, ok := r.node(f)
			if !ok {
				return nil, false
			}
			roots = append(roots, root{key: f.Alias, one: o})
		default:
			typ, ok := r.x.o.Roots[f.Name]
			e := r.x.entities[typ]
			if !ok || e == nil {
				return nil, false
			}
			c, ok := r.compileConn(e, f, true)
			if !ok {
				return nil, false
			}
			roots = append(roots, root{key: f.Alias, conn: c})
		}
	}
	// Read everything first: a failure or a refusal leaves gqlgen to answer.
	for _, rt := range roots {
		switch {
		case rt.one != nil:
			rows, err := r.selectNode(rt.one)
			if err != nil || len(rows) != 1 {
				return nil, false // not found or not readable: gqlgen says which
			}
			rt.one.rows = rows
			if !r.loadChildren(rt.one, rows) {
				return nil, false
			}
		case rt.conn != nil:
			if !r.loadRootConn(rt.conn) {
				return nil, false
			}
		}
	}
	if r.denied {
		return nil, false
	}
	b := r.buf
	b.WriteByte('{')
	for i, rt := range roots {
		if i > 0 {
			b.WriteByte(',')
		}
		writeKey(b, rt.key)
		switch {
		case rt.name != "":
			graphql.MarshalString(rt.name).MarshalGQL(b)
		case rt.one != nil:
			if !r.writeObject(rt.one, rt.one.rows[0]) {
				return nil, false
			}
		default:
			if !r.writeConn(rt.conn, rt.conn.rows, rt.conn.more) {
				return nil, false
			}
		}
	}
	b.WriteByte('}')
	return b.Bytes(), true
}

// node compiles node(id:) with a selection on the entity the id belongs to.
func (r *run) node(f graphql.CollectedField) (*object, bool) {
	args := f.ArgumentMap(r.oc.Variables)
	id, ok := toInt(args["id"], true)
	if !ok || len(args) != 1 {
		return nil, false
	}
	table, ok := ent.NodeType(id)
	e := r.x.tables[table]
	if !ok || e == nil {
		return nil, false
	}
	o, ok := r.compileObject(e, f.Selections)
	if ok {
		o.nodeID = id
	}
	return o, ok
}

func writeKey(b *bytes.Buffer, k string) {
	b.WriteByte('"')
	b.WriteString(k) // a GraphQL name: nothing to escape
	b.WriteString(`":`)
}

// toInt reads an Int or ID argument value (an ID as a string or a number).
func toInt(v any, id bool) (int, bool) {
	switch x := v.(type) {
	case int:
		return x, true
	case int64:
		return int(x), true
	case int32:
		return int(x), true
	case json.Number:
		n, err := strconv.Atoi(string(x))
		return n, err == nil
	case float64:
		if x == float64(int(x)) {
			return int(x), true
		}
	case string:
		if id {
			n, err := strconv.Atoi(x)
			return n, err == nil
		}
	}
	return 0, false
}
