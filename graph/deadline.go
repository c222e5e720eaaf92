package graph

import (
	"context"
	"time"
)

// DefaultBudget is how long a request may run unless configured otherwise
// (GREENCHECK_REQUEST_TIMEOUT); exports and imports have their own.
const DefaultBudget = 10 * time.Second

type budgetKey struct{}

// WithBudget returns ctx cancelled after d: statements in flight are
// cancelled (PostgreSQL gets a cancel request, SQLite an interrupt), the
// transaction of a mutation rolls back, and the caller gets TIMEOUT.
func WithBudget(ctx context.Context, d time.Duration) (context.Context, context.CancelFunc) {
	ctx = context.WithValue(ctx, budgetKey{}, d)
	return context.WithTimeout(ctx, d)
}

// Budget is the deadline ctx was given by WithBudget.
func Budget(ctx context.Context) time.Duration {
	if d, ok := ctx.Value(budgetKey{}).(time.Duration); ok {
		return d
	}
	return DefaultBudget
}

// BudgetSeconds is Budget in whole seconds, rounded up (a TIMEOUT message
// never says 0).
func BudgetSeconds(ctx context.Context) int {
	return int((Budget(ctx) + time.Second - 1) / time.Second)
}
