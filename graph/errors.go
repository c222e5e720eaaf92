package graph

import (
	"context"
	"errors"
	"log/slog"
	"regexp"
	"runtime/debug"
	"strings"

	"entgo.io/ent/dialect/sql/sqlgraph"
	"entgo.io/ent/privacy"
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"greencheck/api/apperr"
	"greencheck/api/db"
	"greencheck/api/input"
	"greencheck/api/viewer"
	"greencheck/ent"
)

// classify maps any error to a coded application error.
func classify(ctx context.Context, err error) *apperr.Error {
	if e, ok := apperr.As(err); ok {
		return e
	}
	switch {
	case db.Unavailable(err):
		return apperr.New(apperr.Unavailable, string(apperr.Unavailable), RetryAfterSeconds).Wrap(err)
	case db.TimedOut(err), errors.Is(err, context.Canceled), ctx.Err() != nil:
		return apperr.New(apperr.Timeout, string(apperr.Timeout), BudgetSeconds(ctx)).Wrap(err)
	}
	if strings.HasSuffix(err.Error(), " is not an Upload") {
		// A multipart map that put a file where a list of files belongs
		// (variables.input.files): gqlgen finds no file at files.N.
		return apperr.Input("files", "request.not_a_file").Wrap(err)
	}
	if m := emptyWhereRE.FindStringSubmatch(err.Error()); m != nil {
		// A filter with nothing in it inside another (hasItemWith: [{}],
		// not: {}): the caller's mistake, named by its path in the input.
		field := "where"
		fields := fieldRE.FindAllStringSubmatch(m[1], -1)
		for i := len(fields) - 1; i >= 0; i-- { // entgql wraps the innermost first
			f := fields[i][1]
			field += "." + strings.ToLower(f[:1]) + f[1:]
		}
		return apperr.Input(field, "input.empty_filter", field).Wrap(err)
	}
	var ve *ent.ValidationError
	switch {
	case errors.As(err, &ve):
		field := camel(ve.Name)
		if m := validatorRE.FindStringSubmatch(ve.Error()); m != nil && strings.Contains(ve.Error(), "greater than the required") {
			if n, ok := input.Limits[m[1]][field]; ok {
				return apperr.Input(field, "input.too_long", field, n).Wrap(err)
			}
		}
		if strings.Contains(ve.Error(), "value is less than the required length") {
			return apperr.Input(field, "input.required", field).Wrap(err)
		}
		key := "input.invalid"
		switch ve.Name {
		case "credit_code":
			key = "input.credit_code"
		case "industry_code":
			key = "input.industry_code"
		case "username":
			key = "input.username"
		}
		return apperr.Input(field, key, field).Wrap(err)
	case ent.IsNotFound(err):
		return apperr.New(apperr.NotFound, string(apperr.NotFound)).Wrap(err)
	case errors.Is(err, privacy.Deny):
		return apperr.New(apperr.Forbidden, string(apperr.Forbidden)).Wrap(err)
	case sqlgraph.IsUniqueConstraintError(err):
		return apperr.New(apperr.Conflict, string(apperr.Conflict)).Wrap(err)
	case sqlgraph.IsForeignKeyConstraintError(err):
		return apperr.New(apperr.BadUserInput, string(apperr.BadUserInput)).Wrap(err)
	case ent.IsConstraintError(err):
		return apperr.New(apperr.Conflict, string(apperr.Conflict)).Wrap(err)
	}
	return apperr.New(apperr.Internal, string(apperr.Internal)).Wrap(err)
}

var (
	snakeRE     = regexp.MustCompile(`_([a-z])`)
	validatorRE = regexp.MustCompile(`validator failed for field "(\w+)\.`)
	// entgql's error for an empty where input, wrapped once per field on its way up.
	emptyWhereRE = regexp.MustCompile(`ent: empty predicate \w+WhereInput((?:: field '\w+')*)`)
	fieldRE      = regexp.MustCompile(`field '(\w+)'`)
)

func camel(s string) string {
	return snakeRE.ReplaceAllStringFunc(s, func(m string) string { return strings.ToUpper(m[1:]) })
}

// ErrorPresenter gives every error a stable code and a message in the
// caller's language; internal errors are logged, never shown.
func ErrorPresenter(ctx context.Context, err error) *gqlerror.Error {
	var gqlErr *gqlerror.Error
	if errors.As(err, &gqlErr) && gqlErr.Err == nil {
		// Parse and validation errors from gqlparser, in English: coded,
		// translated, the variable at fault named.
		if gqlErr.Extensions == nil {
			gqlErr.Extensions = map[string]any{}
		}
		lang := apperr.Lang(ctx)
		switch gqlErr.Extensions["code"] {
		case "GRAPHQL_PARSE_FAILED":
			gqlErr.Extensions["code"] = string(apperr.BadRequest)
			if strings.HasPrefix(gqlErr.Message, "exceeded token limit") {
				gqlErr.Extensions["code"] = string(apperr.ComplexityLimitExceeded)
			}
			translateParserError(gqlErr, lang)
		case "PERSISTED_QUERY_NOT_FOUND": // kept: APQ clients resend the text on it
			translateParserError(gqlErr, lang)
		case nil, "GRAPHQL_VALIDATION_FAILED":
			gqlErr.Extensions["code"] = string(apperr.ValidationFailed)
			if strings.Contains(gqlErr.Message, "APQ") {
				gqlErr.Extensions["code"] = string(apperr.BadRequest)
			}
			if f := translateParserError(gqlErr, lang); f != "" {
				gqlErr.Extensions["field"] = f
			}
		case string(apperr.NotFound): // entgql's node(id:) of an unknown or unseen id
			gqlErr.Message = apperr.New(apperr.NotFound, string(apperr.NotFound)).Message(lang)
		}
		return gqlErr
	}
	e := classify(ctx, err)
	if e.Code == apperr.Forbidden && viewer.FromContext(ctx) == nil {
		// Anonymous callers can do nothing but log in: tell them to.
		e = apperr.New(apperr.Unauthenticated, string(apperr.Unauthenticated)).Wrap(err)
	}
	out := graphql.DefaultErrorPresenter(ctx, err)
	out.Message = e.Message(apperr.Lang(ctx))
	out.Extensions = map[string]any{"code": string(e.Code)}
	if e.Field != "" {
		out.Extensions["field"] = e.Field
	}
	switch e.Code {
	case apperr.Internal:
		slog.ErrorContext(ctx, "internal error", "path", out.Path.String(), "err", err)
	case apperr.Unavailable:
		slog.WarnContext(ctx, "database unavailable", "path", out.Path.String(), "err", err)
	case apperr.Timeout:
		slog.InfoContext(ctx, "request cancelled", "path", out.Path.String(), "err", err)
	}
	return out
}

// RecoverFunc turns a panic into an INTERNAL error, logged with its value.
func RecoverFunc(ctx context.Context, p any) error {
	slog.ErrorContext(ctx, "panic in resolver", "panic", p, "stack", string(debug.Stack()))
	return apperr.New(apperr.Internal, string(apperr.Internal))
}
