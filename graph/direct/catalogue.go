package direct

import (
	"bytes"
	"io"
	"reflect"
	"strings"
	"sync"
	"time"

	"entgo.io/ent/dialect/sql/sqlgraph"
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"greencheck/ent"
)

// entity is what the direct path knows of one ent entity that is also a
// GraphQL object type: the fields that read a column as it is, the edges
// that follow a foreign key, and the counts answered by a sub-select.
type entity struct {
	name      string
	node      *sqlgraph.Node
	satisfies []string        // the type and the interfaces and unions it belongs to (fragments on them apply)
	kinds     map[string]kind // column → how its value is scanned (every struct field with a column)
	nillable  map[string]bool // column → the struct field is a pointer (NULL reads as null, not as a zero value)
	goTypes   map[string]reflect.Type
	columns   map[string]*column // GraphQL field → column
	toOne     map[string]*edge   // GraphQL field → the edge through a foreign key of this table
	toMany    map[string]*edge   // GraphQL field → the connection through a foreign key of the target's table
	counts    map[string]string  // GraphQL field → Options.Counts key
	orderCols map[string]string  // OrderField enum value → column (entgql: the field's name in upper case)
}

// kind is how a column is scanned: the Go kind of the entity's struct field.
type kind int

const (
	kindInt kind = iota + 1
	kindString
	kindBool
	kindTime
	kindFloat
)

// column is a GraphQL field bound straight to a column (no resolver).
type column struct {
	name     string // column
	nonNull  bool   // the GraphQL type is non-null
	nillable bool
	write    func(w io.Writer, v any) bool // false: a value the path does not write (NaN)
}

// edge follows a foreign key: to one row of target (fk on the entity's own
// table) or to a connection of target's rows (fk on target's table).
type edge struct {
	fk      string
	target  *entity
	nonNull bool
}

// catalogue builds the entities from ent's schema graph and the GraphQL
// schema: a field is compiled only when nothing but ent's generated code
// stands between it and its column or edge — a field with a resolver method
// (Options.Resolvers) never is, unless a count (Options.Counts) answers it.
func catalogue(s *ast.Schema, o Options) map[string]*entity {
	out := map[string]*entity{}
	for _, n := range ent.SchemaGraph().Nodes {
		def := s.Types[n.Type]
		st := ent.StructOf(n.Type)
		if def == nil || def.Kind != ast.Object || st == nil {
			continue
		}
		e := &entity{name: n.Type, node: n, kinds: map[string]kind{}, nillable: map[string]bool{}, goTypes: map[string]reflect.Type{},
			columns: map[string]*column{}, toOne: map[string]*edge{}, toMany: map[string]*edge{}, counts: map[string]string{}, orderCols: map[string]string{}}
		e.satisfies = []string{def.Name}
		for _, d := range s.GetImplements(def) {
			e.satisfies = append(e.satisfies, d.Name)
		}
		for i := range st.NumField() {
			f := st.Field(i)
			col := strings.Split(f.Tag.Get("json"), ",")[0]
			if !f.IsExported() || col == "" || col == "-" || (col != "id" && n.Fields[col] == nil) {
				continue
			}
			t := f.Type
			if t.Kind() == reflect.Pointer {
				t = t.Elem()
				e.nillable[col] = true
			}
			if k := kindOf(t); k != 0 {
				e.kinds[col], e.goTypes[col] = k, t
			}
		}
		out[n.Type] = e
	}
	for _, e := range out {
		def := s.Types[e.name]
		resolved := resolverMethods(o.Resolvers, e.name)
		st := ent.StructOf(e.name)
		for _, f := range def.Fields {
			if resolved[strings.ToLower(f.Name)] {
				if _, ok := o.Counts[e.name+"."+f.Name]; ok && f.Type.Elem == nil && f.Type.Name() == "Int" && f.Type.NonNull {
					e.counts[f.Name] = e.name + "." + f.Name
				}
				continue
			}
			if f.Type.Elem != nil || len(f.Arguments) > 0 && s.Types[f.Type.Name()].Kind != ast.Object {
				continue
			}
			if sf, ok := structField(st, f.Name); ok {
				col := strings.Split(sf.Tag.Get("json"), ",")[0]
				if k, ok := e.kinds[col]; ok {
					if w := writer(s.Types[f.Type.Name()], k, e.goTypes[col]); w != nil {
						e.columns[f.Name] = &column{name: col, nonNull: f.Type.NonNull, nillable: e.nillable[col], write: w}
					}
				}
				continue
			}
			for name, ed := range e.node.Edges {
				if lowerCamel(name) != f.Name || out[ed.To.Type] == nil || len(ed.Spec.Columns) != 1 {
					continue
				}
				target := out[ed.To.Type]
				switch {
				case ed.Spec.Rel == sqlgraph.M2O && ed.Spec.Table == e.node.Table && f.Type.Name() == target.name && len(f.Arguments) == 0:
					if e.kinds[ed.Spec.Columns[0]] == kindInt {
						e.toOne[f.Name] = &edge{fk: ed.Spec.Columns[0], target: target, nonNull: f.Type.NonNull}
					}
				case ed.Spec.Rel == sqlgraph.O2M && ed.Spec.Table == target.node.Table && f.Type.Name() == target.name+"Connection":
					e.toMany[f.Name] = &edge{fk: ed.Spec.Columns[0], target: target}
				}
			}
		}
		if order := s.Types[e.name+"OrderField"]; order != nil && order.Kind == ast.Enum {
			for _, v := range order.EnumValues {
				if col := strings.ToLower(v.Name); e.kinds[col] != 0 {
					e.orderCols[v.Name] = col
				}
			}
		}
	}
	return out
}

// resolverMethods returns the fields of typ that have a resolver: the
// methods of the interface the resolver root's method typ returns, by
// lower-case name.
func resolverMethods(root reflect.Type, typ string) map[string]bool {
	out := map[string]bool{}
	if root == nil {
		return out
	}
	m, ok := root.MethodByName(typ)
	if !ok || m.Type.NumOut() != 1 {
		return out
	}
	r := m.Type.Out(0)
	for i := range r.NumMethod() {
		out[strings.ToLower(r.Method(i).Name)] = true
	}
	return out
}

// structField finds the struct field gqlgen binds a GraphQL field to (its
// name, case aside).
func structField(st reflect.Type, name string) (reflect.StructField, bool) {
	for i := range st.NumField() {
		if f := st.Field(i); f.IsExported() && strings.EqualFold(f.Name, name) {
			return f, true
		}
	}
	return reflect.StructField{}, false
}

var timeType = reflect.TypeOf(time.Time{})

func kindOf(t reflect.Type) kind {
	switch {
	case t == timeType:
		return kindTime
	case t.Kind() == reflect.Int:
		return kindInt
	case t.Kind() == reflect.String:
		return kindString
	case t.Kind() == reflect.Bool:
		return kindBool
	case t.Kind() == reflect.Float64:
		return kindFloat
	}
	return 0
}

// writer returns gqlgen's own marshaller for a GraphQL type read from a
// column of kind k (Go type t), or nil when the pair is not one the direct
// path writes: the bytes are those the generated executor writes.
func writer(def *ast.Definition, k kind, t reflect.Type) func(io.Writer, any) bool {
	if def == nil {
		return nil
	}
	if def.Kind == ast.Enum {
		// ent's enums marshal themselves (strconv.Quote of the value).
		if k != kindString || !t.Implements(reflect.TypeOf((*graphql.Marshaler)(nil)).Elem()) {
			return nil
		}
		// An enum has few values: each written once by its own
		// marshaller, then copied.
		var written sync.Map // value → []byte
		return func(w io.Writer, v any) bool {
			s := v.(string)
			b, ok := written.Load(s)
			if !ok {
				x := reflect.New(t).Elem()
				x.SetString(s)
				var buf bytes.Buffer
				x.Interface().(graphql.Marshaler).MarshalGQL(&buf)
				b, _ = written.LoadOrStore(s, buf.Bytes())
			}
			_, _ = w.Write(b.([]byte))
			return true
		}
	}
	switch {
	case def.Name == "ID" && k == kindInt:
		return func(w io.Writer, v any) bool { graphql.MarshalIntID(v.(int)).MarshalGQL(w); return true }
	case def.Name == "Int" && k == kindInt:
		return func(w io.Writer, v any) bool { graphql.MarshalInt(v.(int)).MarshalGQL(w); return true }
	case def.Name == "String" && k == kindString && t.Kind() == reflect.String && t.PkgPath() == "":
		return func(w io.Writer, v any) bool { graphql.MarshalString(v.(string)).MarshalGQL(w); return true }
	case def.Name == "Boolean" && k == kindBool:
		return func(w io.Writer, v any) bool { graphql.MarshalBoolean(v.(bool)).MarshalGQL(w); return true }
	case def.Name == "Time" && k == kindTime:
		return func(w io.Writer, v any) bool {
			t := v.(time.Time)
			if t.IsZero() {
				return false // gqlgen writes null for a zero time: left to it
			}
			// graphql.MarshalTime: strconv.Quote of the RFC 3339 form, which
			// holds nothing to escape.
			var buf [48]byte
			b := append(buf[:0], '"')
			b = t.AppendFormat(b, time.RFC3339Nano)
			_, _ = w.Write(append(b, '"'))
			return true
		}
	}
	return nil
}

// lowerCamel turns an ent edge name (snake case) into its GraphQL field
// name: eia_approvals → eiaApprovals.
func lowerCamel(s string) string {
	parts := strings.Split(s, "_")
	for i := 1; i < len(parts); i++ {
		if parts[i] != "" {
			parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
		}
	}
	return strings.Join(parts, "")
}
