// Package edgescope carries privacy into filters that cross an edge.
//
// A filter is a read: `districts(where: {hasEnterprisesWith: {creditCode: …}})`
// tells whoever sends it whether such an enterprise exists. Every generated
// Has<Edge>With predicate (ent/template/edgescope.tmpl) therefore ANDs the
// rows it matches with Readable(ctx, target) — the target entity's own query
// policy, evaluated for the viewer in the query's context — so a filter sees
// exactly the rows a direct query of the target would return. Privacy rules
// themselves (entql predicates) are evaluated without it.
//
// This package imports no generated code: the generated entity packages call
// Readable, and the generated package ent registers the resolver at init.
package edgescope

import (
	"context"

	"entgo.io/ent/dialect/sql"
)

// Resolver returns the predicate limiting rows of the entity named typ (its
// Go type name, e.g. "Enterprise") to those the viewer in ctx may read, or
// nil when the viewer may read all of them.
type Resolver func(ctx context.Context, typ string) func(*sql.Selector)

var resolve Resolver

// Register installs the resolver; package ent calls it once at init.
func Register(r Resolver) { resolve = r }

var gate func(ctx context.Context, typ string) bool

// RegisterGate installs a check that closes whole entities to the viewer
// in ctx before their policy is asked: a partner key's scopes
// (api/partner/scope), so that a filter across an edge to an entity the key
// may not read matches as if it held no rows.
func RegisterGate(g func(ctx context.Context, typ string) bool) { gate = g }

func closed(ctx context.Context, typ string) bool { return gate != nil && !gate(ctx, typ) }

// Readable returns the predicate of the rows of typ visible in ctx. Without a
// registered resolver nothing is visible (fail closed).
func Readable(ctx context.Context, typ string) func(*sql.Selector) {
	if resolve == nil || closed(ctx, typ) {
		return None
	}
	if p := resolve(ctx, typ); p != nil {
		return p
	}
	return all
}

// Scoped is Readable, or nil when the viewer may read every row of typ
// (so an existence check can stay a plain join).
func Scoped(ctx context.Context, typ string) func(*sql.Selector) {
	if resolve == nil || closed(ctx, typ) {
		return None
	}
	return resolve(ctx, typ)
}

// None matches no row.
func None(s *sql.Selector) { s.Where(sql.False()) }

func all(*sql.Selector) {}
