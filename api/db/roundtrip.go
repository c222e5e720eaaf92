package db

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"net/url"
	"reflect"
	"strconv"

	"entgo.io/ent/dialect"
)

// PostgresDSN returns the connection string GreenCheck opens PostgreSQL
// with: databaseURL plus, unless it sets them,
//   - statement_timeout: the session backstop (MaxStatement);
//   - binary_parameters=yes: lib/pq sends a statement with arguments in one
//     round trip (parse, bind, describe, execute) instead of two (parse and
//     describe first). It would send []byte arguments in binary format,
//     which a jsonb column does not read: textArgs hands them over as text.
func PostgresDSN(databaseURL string) string {
	u, err := url.Parse(databaseURL)
	if err != nil {
		return databaseURL
	}
	q := u.Query()
	if q.Get("statement_timeout") == "" {
		q.Set("statement_timeout", strconv.FormatInt(MaxStatement.Milliseconds(), 10))
	}
	if q.Get("binary_parameters") == "" {
		q.Set("binary_parameters", "yes")
	}
	u.RawQuery = q.Encode()
	return u.String()
}

// textArgs returns args with every []byte as a string, so that lib/pq in
// binary_parameters mode sends them as text (GreenCheck stores no bytea:
// its []byte arguments are JSON documents).
func textArgs(args any) any {
	list, ok := args.([]any)
	if !ok {
		return args
	}
	var out []any
	for i, a := range list {
		if s, ok := asText(a); ok {
			if out == nil {
				out = append([]any(nil), list...)
			}
			out[i] = s
		}
	}
	if out == nil {
		return args
	}
	return out
}

// asText returns the text of an argument that would reach lib/pq as
// []byte: a []byte, a named byte slice (json.RawMessage), or a
// driver.Valuer whose value is one (ent's JSON fields).
func asText(a any) (string, bool) {
	switch x := a.(type) {
	case nil:
		return "", false
	case []byte:
		return string(x), x != nil
	case driver.Valuer:
		v, err := x.Value()
		if b, ok := v.([]byte); ok && err == nil && b != nil {
			return string(b), true
		}
		return "", false
	}
	if v := reflect.ValueOf(a); v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Uint8 && !v.IsNil() {
		return string(v.Bytes()), true
	}
	return "", false
}

// textArgsTx is a transaction whose statements get textArgs.
type textArgsTx struct{ dialect.Tx }

func (t textArgsTx) Exec(ctx context.Context, query string, args, v any) error {
	return t.Tx.Exec(ctx, query, textArgs(args), v)
}

func (t textArgsTx) Query(ctx context.Context, query string, args, v any) error {
	return t.Tx.Query(ctx, query, textArgs(args), v)
}

// ExecContext lets ent's client.ExecContext through (gen.FeatureExecQuery).
func (t textArgsTx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return execContext(ctx, t, query, args)
}

// QueryContext lets ent's client.QueryContext through (gen.FeatureExecQuery).
func (t textArgsTx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return queryContext(ctx, t, query, args)
}
