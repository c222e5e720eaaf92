package db

import (
	"context"
	"database/sql"
	"fmt"
	"sync/atomic"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
)

// CountingDriver counts the SQL statements sent through it, so tests can
// prove that a page costs the same number of statements whatever its size.
type CountingDriver struct {
	dialect.Driver
	n atomic.Int64
	// Log, when set, receives every statement (tests that look at them).
	Log func(query string)
}

// Count returns the number of statements so far.
func (d *CountingDriver) Count() int64 { return d.n.Load() }

func (d *CountingDriver) log(query string) {
	if d.Log != nil {
		d.Log(query)
	}
}

// Reset sets the count back to zero.
func (d *CountingDriver) Reset() { d.n.Store(0) }

func (d *CountingDriver) Exec(ctx context.Context, query string, args, v any) error {
	d.n.Add(1)
	d.log(query)
	return d.Driver.Exec(ctx, query, args, v)
}

func (d *CountingDriver) Query(ctx context.Context, query string, args, v any) error {
	d.n.Add(1)
	d.log(query)
	return d.Driver.Query(ctx, query, args, v)
}

func (d *CountingDriver) Tx(ctx context.Context) (dialect.Tx, error) {
	tx, err := d.Driver.Tx(ctx)
	if err != nil {
		return nil, err
	}
	return &countingTx{Tx: tx, n: &d.n}, nil
}

type countingTx struct {
	dialect.Tx
	n *atomic.Int64
}

func (t *countingTx) Exec(ctx context.Context, query string, args, v any) error {
	t.n.Add(1)
	return t.Tx.Exec(ctx, query, args, v)
}

func (t *countingTx) Query(ctx context.Context, query string, args, v any) error {
	t.n.Add(1)
	return t.Tx.Query(ctx, query, args, v)
}

// ExecContext lets ent's client.ExecContext through the counter.
func (d *CountingDriver) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return execContext(ctx, d, query, args)
}

// ExecContext lets ent's client.ExecContext through the counter.
func (t *countingTx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return execContext(ctx, t, query, args)
}

// QueryContext lets ent's client.QueryContext through the counter.
func (d *CountingDriver) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return queryContext(ctx, d, query, args)
}

// QueryContext lets ent's client.QueryContext through the counter.
func (t *countingTx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return queryContext(ctx, t, query, args)
}

// queryContext runs a query through a driver's Query, for the wrappers
// that ent's client.QueryContext reaches (InsertMany's RETURNING).
func queryContext(ctx context.Context, ex dialect.ExecQuerier, query string, args []any) (*sql.Rows, error) {
	var rows entsql.Rows
	if err := ex.Query(ctx, query, args, &rows); err != nil {
		return nil, err
	}
	r, ok := rows.ColumnScanner.(*sql.Rows)
	if !ok {
		_ = rows.Close()
		return nil, fmt.Errorf("db: rows of %T", rows.ColumnScanner)
	}
	return r, nil
}

// execContext runs a statement through a driver's Exec, for the wrappers
// that ent's client.ExecContext (gen.FeatureExecQuery) reaches.
func execContext(ctx context.Context, ex dialect.ExecQuerier, query string, args []any) (sql.Result, error) {
	var r sql.Result
	err := ex.Exec(ctx, query, args, &r)
	return r, err
}
