package graph

import (
	"context"
	"log/slog"
	"math"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"greencheck/api/apperr"
	"greencheck/api/partner"
)

// PartnerQueries runs a partner's registered queries: a request whose
// extensions.persistedQuery.sha256Hash names a query registered for its
// key runs that query (Apollo's persisted-query form; the text may be left
// out). A key in persisted-only mode runs nothing else: FORBIDDEN
// partner.persisted_only without a hash, PERSISTED_QUERY_NOT_FOUND for an
// unknown one. Other keys fall back to automatic persisted queries. It runs
// before those and before the shape checks.
type PartnerQueries struct{ Partners *partner.Service }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = PartnerQueries{}

func (PartnerQueries) ExtensionName() string                   { return "GreenCheckPartnerQueries" }
func (PartnerQueries) Validate(graphql.ExecutableSchema) error { return nil }

func (x PartnerQueries) MutateOperationParameters(ctx context.Context, p *graphql.RawParams) *gqlerror.Error {
	k := partner.KeyFrom(ctx)
	if k == nil {
		return nil
	}
	hash := ""
	if pq, ok := p.Extensions["persistedQuery"].(map[string]any); ok {
		hash, _ = pq["sha256Hash"].(string)
	}
	if hash == "" {
		if k.PersistedOnly {
			return present(ctx, apperr.New(apperr.Forbidden, "partner.persisted_only"))
		}
		return nil
	}
	q, ok, err := x.Partners.Lookup(ctx, k, hash)
	if err != nil {
		return ErrorPresenter(ctx, err)
	}
	if !ok {
		if k.PersistedOnly {
			return present(ctx, apperr.New(apperr.PersistedQueryNotFound, string(apperr.PersistedQueryNotFound)))
		}
		return nil // automatic persisted queries answer it
	}
	if p.Query != "" && p.Query != q {
		return present(ctx, apperr.New(apperr.BadRequest, "partner.query_hash"))
	}
	p.Query = q
	delete(p.Extensions, "persistedQuery")
	return nil
}

// PartnerBudget charges a partner's request to its key's bucket (a leaky
// bucket in the database, shared by every replica): the requested cost
// (Limits) before it runs, and after it the points beyond its actual cost
// go back. Every partner response says so in extensions.cost:
//
//	{"requested": 120, "actual": 31, "limit": 1000,
//	 "bucket": {"capacity": 1000, "remaining": 969, "refillPerSecond": 50}}
//
// The limit is the most a request of the key may cost: the request
// limit (Limits) or the bucket's capacity, whichever is smaller.
// The actual cost counts the fields the answer holds (each list item's
// fields once per item), never more than requested. An empty bucket is
// RATE_LIMITED (HTTP 429 with Retry-After, extensions.retryAfter in
// seconds); a request costing more than the whole bucket can never run:
// COMPLEXITY_LIMIT_EXCEEDED partner.over_budget. A subscription is charged
// once, when it starts.
type PartnerBudget struct{ Partners *partner.Service }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
	graphql.ResponseInterceptor
} = PartnerBudget{}

func (PartnerBudget) ExtensionName() string                   { return "GreenCheckPartnerBudget" }
func (PartnerBudget) Validate(graphql.ExecutableSchema) error { return nil }

type partnerCost struct {
	Requested int            `json:"requested"`
	Actual    *int           `json:"actual,omitempty"`
	Limit     int            `json:"limit"`
	Bucket    partner.Bucket `json:"bucket"`
}

const partnerCharge = "partnerCharge"

// partnerOperations are the root fields of mutations and subscriptions a
// partner's key may use: keys are read-only (a key registers its own
// queries) and hold no user (notifications, a user's notices and threads
// are people's). Anything else is FORBIDDEN partner.read_only or
// partner.subscription before it runs — the privacy rules refuse the writes
// too; this says so at once, with one code, whatever the mutation's inputs.
var partnerOperations = map[ast.Operation]map[string]bool{
	ast.Mutation:     {"registerPersistedQuery": true},
	ast.Subscription: {"reportUpdated": true, "warningUpdated": true},
}

// partnerMayRun refuses a mutation or subscription a key may not use.
func partnerMayRun(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	open, ok := partnerOperations[oc.Operation.Operation]
	if !ok {
		return nil
	}
	root := map[ast.Operation]string{ast.Mutation: "Mutation", ast.Subscription: "Subscription"}[oc.Operation.Operation]
	for _, f := range graphql.CollectFields(oc, oc.Operation.SelectionSet, []string{root}) {
		if f.Name == "__typename" || open[f.Name] {
			continue
		}
		key := "partner.read_only"
		if oc.Operation.Operation == ast.Subscription {
			key = "partner.subscription"
		}
		return present(ctx, apperr.New(apperr.Forbidden, key))
	}
	return nil
}

func (x PartnerBudget) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	k := partner.KeyFrom(ctx)
	if k == nil {
		return nil
	}
	if err := partnerMayRun(ctx, oc); err != nil {
		return err
	}
	c, _ := oc.Stats.GetExtension("cost").(costReport)
	cost := max(c.Requested, 1)
	b, wait, ok, err := x.Partners.Charge(ctx, k, cost)
	if err != nil {
		return ErrorPresenter(ctx, err)
	}
	report := partnerCost{Requested: cost, Limit: partnerLimit(k, c.Limit), Bucket: b}
	if !ok {
		// Usage counts the requests refused for an empty bucket
		// (RATE_LIMITED), not those no bucket could hold.
		if wait >= 0 {
			if err := x.Partners.Refused(ctx, k); err != nil {
				slog.WarnContext(ctx, "count a refused partner request", "err", err)
			}
		}
		var e *gqlerror.Error
		if wait < 0 {
			e = present(ctx, apperr.New(apperr.ComplexityLimitExceeded, "partner.over_budget", cost, k.Budget))
		} else {
			secs := int(math.Ceil(wait.Seconds()))
			e = present(ctx, apperr.New(apperr.RateLimited, "partner.budget", cost, b.Remaining, secs))
			e.Extensions["retryAfter"] = secs
		}
		e.Extensions["cost"] = report
		oc.Stats.SetExtension("cost", report)
		return e
	}
	oc.Stats.SetExtension(partnerCharge, cost)
	oc.Stats.SetExtension("cost", report)
	if oc.Operation.Operation == ast.Subscription {
		if err := x.Partners.Settle(ctx, k, cost, cost); err != nil {
			slog.WarnContext(ctx, "count a partner subscription", "err", err)
		}
	}
	return nil
}

func (x PartnerBudget) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	k := partner.KeyFrom(ctx)
	if k == nil || !graphql.HasOperationContext(ctx) {
		return next(ctx)
	}
	resp := next(ctx)
	oc := graphql.GetOperationContext(ctx)
	report, ok := oc.Stats.GetExtension("cost").(partnerCost)
	if resp == nil || !ok {
		return resp
	}
	if charged, ok := oc.Stats.GetExtension(partnerCharge).(int); ok && oc.Operation != nil && oc.Operation.Operation != ast.Subscription {
		actual := min(charged, max(1, answeredFields(resp.Data)))
		if len(resp.Errors) > 0 {
			// What an error cut short may have run in full: no refund.
			actual = charged
		}
		// Settled whatever became of the request: its context may be done.
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		if err := x.Partners.Settle(sctx, k, charged, actual); err != nil {
			slog.WarnContext(ctx, "settle a partner request", "err", err)
		}
		cancel()
		report.Actual = &actual
		report.Bucket = k.Remaining()
	}
	if resp.Extensions == nil {
		resp.Extensions = map[string]any{}
	}
	resp.Extensions["cost"] = report
	return resp
}

// answeredFields counts the members of the objects in a response's data:
// one per field answered, a list's items each.
func answeredFields(data []byte) int {
	n, inString, escaped := 0, false, false
	for _, c := range data {
		switch {
		case escaped:
			escaped = false
		case inString && c == '\\':
			escaped = true
		case c == '"':
			inString = !inString
		case !inString && c == ':':
			n++
		}
	}
	return n
}

// costOfRefusal is the extensions.cost of a partner's request refused
// before its cost was known (a document that does not parse or validate,
// a persisted-only refusal, an unknown hash): nothing charged, the bucket
// as it stands. Every partner response carries extensions.cost.
func costOfRefusal(ctx context.Context, resp *graphql.Response) {
	k := partner.KeyFrom(ctx)
	if k == nil || resp == nil {
		return
	}
	if resp.Extensions == nil {
		resp.Extensions = map[string]any{}
	}
	if _, ok := resp.Extensions["cost"].(partnerCost); ok {
		return
	}
	none := 0
	out := partnerCost{Limit: partnerLimit(k, DefaultMaxCost), Actual: &none, Bucket: k.Remaining()}
	// Refused after the limits measured it: its measure, nothing charged.
	if c, ok := resp.Extensions["cost"].(costReport); ok {
		out.Requested, out.Limit = c.Requested, partnerLimit(k, c.Limit)
	}
	resp.Extensions["cost"] = out
}

// partnerLimit is the most a request of key k may cost: the request limit
// or the key's bucket, whichever is smaller (a request costing more than
// the bucket is refused as partner.over_budget).
func partnerLimit(k *partner.Key, limit int) int {
	return min(limit, k.Budget)
}
