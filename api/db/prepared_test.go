package db_test

import (
	"context"
	"testing"

	"entgo.io/ent/dialect"

	"greencheck/api/db/dbtest"
)

// Statements kept prepared per connection: a statement sent again is
// executed from its prepared form, and one prepared before its table
// changed shape is prepared again instead of failing ("cached plan must
// not change result type", after another replica's migration).
func TestPreparedStatementsSurviveSchemaChanges(t *testing.T) {
	for _, dia := range dbtest.Dialects(t) {
		if dia != dialect.Postgres {
			continue
		}
		d := dbtest.Open(t, dia)
		ctx := context.Background()
		conn, err := d.SQL.Conn(ctx) // one connection: the one holding the statement
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		if _, err := conn.ExecContext(ctx, "CREATE TABLE prep_probe (a int)"); err != nil {
			t.Fatal(err)
		}
		if _, err := conn.ExecContext(ctx, "INSERT INTO prep_probe VALUES ($1), ($2)", 1, 2); err != nil {
			t.Fatal(err)
		}
		count := func() int {
			t.Helper()
			rows, err := conn.QueryContext(ctx, "SELECT * FROM prep_probe WHERE a >= $1", 1)
			if err != nil {
				t.Fatal(err)
			}
			defer rows.Close()
			n := 0
			for rows.Next() {
				n++
			}
			if err := rows.Err(); err != nil {
				t.Fatal(err)
			}
			return n
		}
		for range 6 { // past PostgreSQL's five custom plans: a generic plan is cached
			if n := count(); n != 2 {
				t.Fatalf("%d rows", n)
			}
		}
		var prepared int
		if err := conn.QueryRowContext(ctx, "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE 'SELECT * FROM prep_probe%'").Scan(&prepared); err != nil {
			t.Fatal(err)
		}
		if prepared != 1 {
			t.Fatalf("%d prepared statements for the query sent six times, want 1", prepared)
		}
		if _, err := conn.ExecContext(ctx, "ALTER TABLE prep_probe ADD COLUMN b int"); err != nil {
			t.Fatal(err)
		}
		if n := count(); n != 2 {
			t.Fatalf("after the table changed: %d rows", n)
		}
	}
}
