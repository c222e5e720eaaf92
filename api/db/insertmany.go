package db

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"entgo.io/ent/dialect"

	"greencheck/ent"
)

// Column is a column every row of an InsertMany gets the same value of.
type Column struct {
	Name  string
	Value any
}

// Bulk is what InsertMany inserts: Fixed values shared by every row, and
// per row the values of the Varying columns, in order. A varying value is
// an int (bigint), a string (text), a json.RawMessage (a JSON column), or
// nil for NULL; a column that is nil in every row is left to its default.
type Bulk struct {
	Table   string
	Fixed   []Column
	Varying []string
	Rows    [][]any
}

// Inserted is a row InsertMany inserted: its id and its first varying
// column's value (Key).
type Inserted struct{ ID, Key int }

// InsertManyBatch is how many rows one statement of InsertMany carries.
const InsertManyBatch = 5000

// InsertMany inserts the rows of b in statements of InsertManyBatch rows,
// the per-row values sent as one JSON parameter and expanded by the
// database (jsonb_array_elements on PostgreSQL, json_each on SQLite), so
// that tens of thousands of rows — a warning's notices to a province —
// cost a few statements and no per-row work in Go. Ids come from the
// table's own sequence, as for ent's inserts.
//
// It bypasses ent's hooks and privacy: the caller asks the policy first
// (MayWrite with a representative mutation, parents read through the
// viewer's privacy rules) and builds every value itself (normalized text,
// no field ent would fill in — the table's column defaults apply).
//
// It returns each new row's id with its first varying column's value (an
// enterprise's notice, a user's notification), in no particular order.
func InsertMany(ctx context.Context, c *ent.Client, b Bulk) ([]Inserted, error) {
	c = Client(ctx, c)
	if len(b.Rows) == 0 {
		return nil, nil
	}
	pg := c.Dialect() == dialect.Postgres
	// Strings are checked and normalized as ent's hook does (normalized).
	fixed := make([]Column, len(b.Fixed))
	for i, f := range b.Fixed {
		fixed[i] = f
		if s, ok := f.Value.(string); ok {
			n, err := normalized(f.Name, s)
			if err != nil {
				return nil, err
			}
			fixed[i].Value = n
		}
	}
	b.Fixed = fixed
	rows := make([][]any, len(b.Rows))
	kinds := make([]string, len(b.Varying))
	for r, row := range b.Rows {
		if len(row) != len(b.Varying) {
			return nil, fmt.Errorf("db: InsertMany %s: a row of %d values for %d columns", b.Table, len(row), len(b.Varying))
		}
		rows[r] = row
		copied := false // the caller's row is copied before a value changes
		for i, v := range row {
			var k string
			switch v := v.(type) {
			case int, int64:
				k = "bigint"
			case string:
				k = "text"
				n, err := normalized(b.Varying[i], v)
				if err != nil {
					return nil, err
				}
				if n != v {
					if !copied {
						rows[r], copied = append([]any(nil), row...), true
					}
					rows[r][i] = n
				}
			case json.RawMessage:
				k = "json"
			case nil:
				continue
			default:
				return nil, fmt.Errorf("db: InsertMany %s.%s: %T", b.Table, b.Varying[i], v)
			}
			if kinds[i] != "" && kinds[i] != k {
				return nil, fmt.Errorf("db: InsertMany %s.%s: %s and %s", b.Table, b.Varying[i], kinds[i], k)
			}
			kinds[i] = k
		}
	}
	b.Rows = rows
	cols := make([]string, 0, len(b.Fixed)+len(b.Varying))
	sel := make([]string, 0, cap(cols))
	args := make([]any, 0, len(b.Fixed)+1)
	for _, f := range b.Fixed {
		cols = append(cols, quote(f.Name))
		args = append(args, f.Value)
		if pg {
			sel = append(sel, fmt.Sprintf("$%d", len(args)))
		} else {
			sel = append(sel, "?")
		}
	}
	for i, name := range b.Varying {
		if kinds[i] == "" {
			continue // NULL in every row: the column's default
		}
		cols = append(cols, quote(name))
		switch {
		case pg && kinds[i] == "json":
			sel = append(sel, fmt.Sprintf("NULLIF(r->%d, 'null'::jsonb)", i))
		case pg && kinds[i] == "bigint":
			sel = append(sel, fmt.Sprintf("(r->>%d)::bigint", i))
		case pg:
			sel = append(sel, fmt.Sprintf("r->>%d", i))
		default: // SQLite: a JSON value comes back as its text, numbers as numbers
			sel = append(sel, fmt.Sprintf("json_extract(value, '$[%d]')", i))
		}
	}
	from := "json_each(?)"
	if pg {
		from = fmt.Sprintf("jsonb_array_elements($%d::jsonb) AS r", len(args)+1)
	}
	if len(b.Varying) == 0 || kinds[0] != "bigint" {
		return nil, fmt.Errorf("db: InsertMany %s: the first varying column must be an id", b.Table)
	}
	query := fmt.Sprintf("INSERT INTO %s (%s) SELECT %s FROM %s RETURNING id, %s", quote(b.Table), strings.Join(cols, ", "),
		strings.Join(sel, ", "), from, quote(b.Varying[0]))
	out := make([]Inserted, 0, len(b.Rows))
	for lo := 0; lo < len(b.Rows); lo += InsertManyBatch {
		rows, err := json.Marshal(b.Rows[lo:min(lo+InsertManyBatch, len(b.Rows))])
		if err != nil {
			return nil, err
		}
		if out, err = insertBatch(ctx, c, query, append(args[:len(b.Fixed):len(b.Fixed)], string(rows)), out); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func insertBatch(ctx context.Context, c *ent.Client, query string, args []any, out []Inserted) ([]Inserted, error) {
	rows, err := c.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var x Inserted
		if err := rows.Scan(&x.ID, &x.Key); err != nil {
			return nil, err
		}
		out = append(out, x)
	}
	return out, rows.Err()
}

func quote(name string) string { return `"` + strings.ReplaceAll(name, `"`, `""`) + `"` }
