// Package apperr gives every error that leaves the API a stable code and a
// message in the caller's language (zh-CN by default, en).
package apperr

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

// Code is the stable `extensions.code` of a GraphQL error.
type Code string

const (
	Unauthenticated         Code = "UNAUTHENTICATED"
	Forbidden               Code = "FORBIDDEN"
	NotFound                Code = "NOT_FOUND"
	BadUserInput            Code = "BAD_USER_INPUT"
	Conflict                Code = "CONFLICT"
	RateLimited             Code = "RATE_LIMITED"
	ComplexityLimitExceeded Code = "COMPLEXITY_LIMIT_EXCEEDED"
	// BadRequest: the request itself is malformed (transport, JSON, GraphQL
	// syntax); nothing ran.
	BadRequest Code = "BAD_REQUEST"
	// ValidationFailed: the document does not match the schema; nothing ran.
	ValidationFailed Code = "GRAPHQL_VALIDATION_FAILED"
	// Timeout: the request ran past its deadline and was cancelled; nothing
	// was written.
	Timeout Code = "TIMEOUT"
	// Unavailable: the database cannot be reached; retry after the
	// Retry-After header's seconds. Nothing was written.
	Unavailable Code = "UNAVAILABLE"
	// PersistedQueryNotFound: the hash names no query registered for the
	// key (or cached): send the query text with it (Apollo's APQ code).
	PersistedQueryNotFound Code = "PERSISTED_QUERY_NOT_FOUND"
	Internal               Code = "INTERNAL"
)

// Error is an error meant for the caller.
type Error struct {
	Code  Code
	Field string // the input field at fault, for BAD_USER_INPUT
	Key   string // message key in the catalogue
	Args  []any
	Err   error // the cause, never shown to the caller
}

func (e *Error) Error() string {
	msg := e.Message("en")
	if e.Err != nil {
		return msg + ": " + e.Err.Error()
	}
	return msg
}

func (e *Error) Unwrap() error { return e.Err }

// Message returns the caller-facing message in lang ("zh" or "en").
func (e *Error) Message(lang string) string {
	m, ok := messages[e.Key]
	if !ok {
		m = messages[string(e.Code)]
	}
	format := m.zh
	if lang == "en" {
		format = m.en
	}
	if len(e.Args) == 0 {
		return format
	}
	args := e.Args
	label := ""
	if lang != "en" && e.Field != "" {
		// The field the message names, in the words of the form a Chinese
		// user filled in (extensions.field keeps the API's name).
		if l, ok := fieldLabels[lastPart(e.Field)]; ok {
			args = append([]any(nil), e.Args...)
			for i, a := range args {
				if s, ok := a.(string); ok && (s == e.Field || s == lastPart(e.Field)) {
					args[i], label = l, l
				}
			}
		}
	}
	out := fmt.Sprintf(format, args...)
	if label != "" { // Chinese runs on without the space an API name needs
		out = strings.Replace(out, label+" ", label, 1)
	}
	return out
}

// KeyReused is the CONFLICT of a client key (an idempotency key) sent
// again with another request than the one it was first used for — a
// retry must repeat its request; what names the first one's subject.
func KeyReused(what string) *Error {
	return New(Conflict, "request.client_key_reused", what).WithField("clientKey")
}

// New returns an error with a code and a message key.
func New(code Code, key string, args ...any) *Error {
	return &Error{Code: code, Key: key, Args: args}
}

// Input returns a BAD_USER_INPUT error about one field.
func Input(field, key string, args ...any) *Error {
	return &Error{Code: BadUserInput, Field: field, Key: key, Args: args}
}

// WithField returns a copy of e about field.
func (e *Error) WithField(field string) *Error {
	c := *e
	c.Field = field
	return &c
}

// Wrap attaches a cause to a coded error.
func (e *Error) Wrap(err error) *Error {
	c := *e
	c.Err = err
	return &c
}

// As returns the coded error in err's chain, if any.
func As(err error) (*Error, bool) {
	var e *Error
	ok := errors.As(err, &e)
	return e, ok
}

// CodeOf returns the code of err, INTERNAL when it has none.
func CodeOf(err error) Code {
	if e, ok := As(err); ok {
		return e.Code
	}
	return Internal
}

type langKey struct{}

// WithLang returns ctx carrying the caller's language.
func WithLang(ctx context.Context, lang string) context.Context {
	return context.WithValue(ctx, langKey{}, lang)
}

// Lang returns the caller's language: "zh" unless it asked for English.
func Lang(ctx context.Context) string {
	if l, _ := ctx.Value(langKey{}).(string); l != "" {
		return l
	}
	return "zh"
}

// ParseAcceptLanguage picks "en" or "zh" from an Accept-Language header,
// honouring the order of preference; Chinese is the default.
func ParseAcceptLanguage(h string) string {
	best, bestQ := "zh", -1.0
	for _, part := range strings.Split(h, ",") {
		tag, q := strings.TrimSpace(part), 1.0
		if i := strings.Index(tag, ";"); i >= 0 {
			fmt.Sscanf(strings.TrimSpace(tag[i+1:]), "q=%g", &q)
			tag = strings.TrimSpace(tag[:i])
		}
		tag = strings.ToLower(tag)
		var lang string
		switch {
		case strings.HasPrefix(tag, "zh"):
			lang = "zh"
		case strings.HasPrefix(tag, "en"):
			lang = "en"
		default:
			continue
		}
		if q > bestQ && q > 0 { // q=0: not acceptable
			best, bestQ = lang, q
		}
	}
	return best
}
