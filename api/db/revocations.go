package db

import (
	"context"
	"database/sql"

	"entgo.io/ent/dialect"
)

// RevocationChannel is the PostgreSQL NOTIFY channel on which the database
// announces each session revoked or deleted (the user's id), in the same
// transaction as the change, whatever made it: every replica forgets that
// user's cached viewers when it commits (api/auth/viewers.go).
const RevocationChannel = "greencheck_revocations"

// installRevocations creates the trigger that announces revocations
// (PostgreSQL only: the embedded SQLite database has one process). Replicas
// starting together take turns.
func installRevocations(ctx context.Context, db *sql.DB, dia string) error {
	if dia != dialect.Postgres {
		return nil
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, s := range []string{
		"SELECT pg_advisory_xact_lock(7251002)",
		`CREATE OR REPLACE FUNCTION greencheck_announce_revocation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM pg_notify('` + RevocationChannel + `', OLD.user_id::text);
  ELSE
    PERFORM pg_notify('` + RevocationChannel + `', NEW.user_id::text);
  END IF;
  RETURN NULL;
END $$`,
		"DROP TRIGGER IF EXISTS refresh_tokens_revoked ON refresh_tokens",
		"CREATE TRIGGER refresh_tokens_revoked AFTER UPDATE OF revoked_at ON refresh_tokens FOR EACH ROW " +
			"WHEN (OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL) EXECUTE FUNCTION greencheck_announce_revocation()",
		"DROP TRIGGER IF EXISTS refresh_tokens_deleted ON refresh_tokens",
		"CREATE TRIGGER refresh_tokens_deleted AFTER DELETE ON refresh_tokens FOR EACH ROW EXECUTE FUNCTION greencheck_announce_revocation()",
	} {
		if _, err := tx.ExecContext(ctx, s); err != nil {
			return err
		}
	}
	return tx.Commit()
}
