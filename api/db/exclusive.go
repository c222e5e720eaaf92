package db

import (
	"context"
	"database/sql"

	"entgo.io/ent/dialect"
)

// Exclusive runs fn unless another replica is running the job of the same
// key: on PostgreSQL a session advisory lock on one pooled connection,
// released when fn returns; on SQLite (one process) fn always runs. It
// reports whether fn ran.
func Exclusive(ctx context.Context, sqlDB *sql.DB, dia string, key int64, fn func(ctx context.Context) error) (bool, error) {
	if dia != dialect.Postgres {
		return true, fn(ctx)
	}
	conn, err := sqlDB.Conn(ctx)
	if err != nil {
		return false, err
	}
	defer conn.Close()
	var got bool
	if err := conn.QueryRowContext(ctx, "SELECT pg_try_advisory_lock($1)", key).Scan(&got); err != nil {
		return false, err
	}
	if !got {
		return false, nil
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1)", key) //nolint:errcheck
	return true, fn(ctx)
}
