package db

import (
	"context"
	"database/sql"
	"strconv"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
)

// Driver returns the ent driver over sqlDB. On PostgreSQL every
// transaction gets the request's remaining time as its statement_timeout
// (SET LOCAL), so a statement the server is still running when the
// request's deadline passes is cancelled by PostgreSQL itself, even if the
// cancel request lib/pq sends never arrives. SQLite statements are
// interrupted by the driver when the context ends. PostgreSQL statements
// get their []byte arguments as text (textArgs: one round trip each, see
// PostgresDSN).
func Driver(dia string, sqlDB *sql.DB) dialect.Driver {
	drv := entsql.OpenDB(dia, sqlDB)
	if dia == dialect.Postgres {
		return deadlineDriver{drv}
	}
	return drv
}

type deadlineDriver struct{ dialect.Driver }

func (d deadlineDriver) Tx(ctx context.Context) (dialect.Tx, error) {
	tx, err := d.Driver.Tx(ctx)
	if err != nil {
		return nil, err
	}
	if dl, ok := ctx.Deadline(); ok {
		ms := max(time.Until(dl).Milliseconds(), 1)
		if err := tx.Exec(ctx, "SET LOCAL statement_timeout = "+strconv.FormatInt(ms, 10), []any{}, nil); err != nil {
			_ = tx.Rollback()
			return nil, err
		}
	}
	return textArgsTx{tx}, nil
}

func (d deadlineDriver) Exec(ctx context.Context, query string, args, v any) error {
	return d.Driver.Exec(ctx, query, textArgs(args), v)
}

func (d deadlineDriver) Query(ctx context.Context, query string, args, v any) error {
	return d.Driver.Query(ctx, query, textArgs(args), v)
}

// MaxStatement is the statement_timeout every PostgreSQL session gets
// unless DATABASE_URL sets one: no statement outlives the longest request
// budget (exports and imports) by much.
const MaxStatement = 90 * time.Second

// ExecContext lets ent's client.ExecContext through (gen.FeatureExecQuery).
func (d deadlineDriver) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return execContext(ctx, d.Driver, query, args)
}

// QueryContext lets ent's client.QueryContext through.
func (d deadlineDriver) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return queryContext(ctx, d, query, args)
}
