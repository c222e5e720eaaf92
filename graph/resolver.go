// Package graph is the GraphQL layer: thin resolvers that decode, call one
// function of a capability package under api/, and return.
package graph

import (
	"greencheck/api/admin"
	"greencheck/api/auth"
	"greencheck/api/notify"
	"greencheck/api/rectify"
	"greencheck/api/report"
	"greencheck/api/selfcheck"
	"greencheck/ent"
)

// Resolver holds the dependencies of every resolver; nothing else.
type Resolver struct {
	Client  *ent.Client
	Auth    *auth.Service
	Admin   *admin.Service
	Notify  *notify.Service
	Report  *report.Service
	Inspect *selfcheck.Service // self-inspections (自查)
	Rectify *rectify.Service   // rectifications (整改)
}
