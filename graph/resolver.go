// Package graph is the GraphQL layer: thin resolvers that decode, call one
// function of a capability package under api/, and return.
package graph

import (
	"path/filepath"

	"greencheck/api/admin"
	"greencheck/api/auth"
	"greencheck/api/consult"
	"greencheck/api/events"
	"greencheck/api/exchange"
	"greencheck/api/files"
	"greencheck/api/notify"
	"greencheck/api/partner"
	"greencheck/api/rectify"
	"greencheck/api/report"
	"greencheck/api/selfcheck"
	"greencheck/api/templates"
	"greencheck/api/training"
	"greencheck/api/visit"
	"greencheck/api/warning"
	"greencheck/ent"
)

// Resolver holds the dependencies of every resolver; nothing else.
type Resolver struct {
	Client     *ent.Client
	Auth       *auth.Service
	Admin      *admin.Service
	Notify     *notify.Service
	Reports    *report.Service
	Inspect    *selfcheck.Service // self-inspections (自查)
	Rectify    *rectify.Service   // rectifications (整改)
	Files      *files.Service     // uploads (附件)
	Checklists *templates.Service // checklist templates (自查清单)
	Alerts     *warning.Service   // heavy-pollution-weather warnings (重污染天气预警)
	Consult    *consult.Service   // the district Q&A channels (在线答疑) and the FAQ
	Teach      *training.Service  // layered training (培训)
	Assist     *visit.Service     // visits (帮扶 / 会诊) and the problem list (问题清单)
	Partners   *partner.Service   // partners' API keys (开放接口)
	Exports    *exchange.Service  // Excel out (导出)
}

// NewResolver wires every capability over one client.
func NewResolver(client *ent.Client, authn *auth.Service, notifier *notify.Service, bus events.Bus, store *files.Store) *Resolver {
	fs := files.New(client, store)
	r := &Resolver{
		Client:     client,
		Auth:       authn,
		Admin:      admin.New(client, authn, notifier),
		Notify:     notifier,
		Reports:    report.New(client),
		Inspect:    selfcheck.New(client, notifier),
		Rectify:    rectify.New(client, notifier),
		Files:      fs,
		Checklists: templates.New(client),
		Alerts:     warning.New(client, notifier, bus),
		Consult:    consult.New(client, bus, notifier),
		Teach:      training.New(client, fs, notifier),
		Assist:     visit.New(client, notifier),
		Partners:   partner.New(client),
	}
	r.Partners.Bus = bus
	// Exports' files beside the uploads' (DATA_DIR/exports).
	exports, err := exchange.New(client, notifier, bus, r.Reports, r.Partners, filepath.Join(filepath.Dir(store.Dir()), "exports"))
	if err != nil {
		panic(err) // the data folder is writable: the store was just made in it
	}
	r.Exports = exports
	return r
}
