// Package ledger is the rectification ledger (整改台账): the findings of the
// viewer's scope with their enterprise, deadline and state, as a workbook
// an administrator can file or forward.
package ledger

import (
	"context"
	"io"

	"greencheck/api/apperr"
	"greencheck/api/exchange"
	"greencheck/api/lifecycle"

	"greencheck/ent"
	"greencheck/ent/enterprise"
	"greencheck/ent/finding"
	"greencheck/ent/predicate"
	"greencheck/ent/selfcheck"
)

// MaxRows bounds one export; narrow the filters for more.
const MaxRows = 200_000

// Filter narrows the ledger the way the finding list does.
type Filter struct {
	Status     []finding.Status
	Severity   []finding.Severity
	DistrictID *int
	TaskID     *int
	// EnterpriseID: one enterprise's findings.
	EnterpriseID *int
	Overdue      bool
	// Open: true the findings not yet resolved (lifecycle.OpenStatuses),
	// false the resolved ones; nil both.
	Open *bool
	// Enterprise: the enterprise's name contains it.
	Enterprise string
}

func (f Filter) where() []predicate.Finding {
	var ps []predicate.Finding
	if len(f.Status) > 0 {
		ps = append(ps, finding.StatusIn(f.Status...))
	}
	if len(f.Severity) > 0 {
		ps = append(ps, finding.SeverityIn(f.Severity...))
	}
	if f.DistrictID != nil {
		ps = append(ps, finding.HasEnterpriseWith(enterprise.DistrictID(*f.DistrictID)))
	}
	if f.EnterpriseID != nil {
		ps = append(ps, finding.EnterpriseID(*f.EnterpriseID))
	}
	if f.TaskID != nil {
		ps = append(ps, finding.HasSelfCheckWith(selfcheck.TaskID(*f.TaskID)))
	}
	if f.Overdue {
		ps = append(ps, finding.Overdue(true))
	}
	if f.Open != nil {
		open := lifecycle.As[finding.Status](lifecycle.OpenStatuses)
		if *f.Open {
			ps = append(ps, finding.StatusIn(open...))
		} else {
			ps = append(ps, finding.StatusNotIn(open...))
		}
	}
	if f.Enterprise != "" {
		ps = append(ps, finding.HasEnterpriseWith(enterprise.NameContains(f.Enterprise)))
	}
	return ps
}

// WriteXLSX writes the ledger of the viewer in ctx (the privacy rules
// decide which findings) as an .xlsx workbook, in the order they were found,
// in the findings list's export columns (api/exchange), and returns the
// number of rows.
func WriteXLSX(ctx context.Context, client *ent.Client, f Filter, w io.Writer) (int, error) {
	return exchange.WriteLedger(ctx, client, f.where(), apperr.Lang(ctx), MaxRows, w)
}
