// Package audit writes the audit trail (操作留痕): every change by whom, from
// which value to which.
package audit

import (
	"context"
	"encoding/json"

	"greencheck/api/viewer"
	"greencheck/ent"
)

// Entry is one change to record.
type Entry struct {
	Action       string // e.g. "enterprise.create"
	SubjectType  string // e.g. "Enterprise"
	SubjectID    int
	EnterpriseID *int
	From, To     any // marshalled to JSON unless already a string
	Comment      string
}

// Record writes e with the viewer in ctx as the actor, through c (the
// caller's transaction, so the entry commits or rolls back with the change).
func Record(ctx context.Context, c *ent.Client, e Entry) error {
	q := c.AuditEntry.Create().
		SetAction(e.Action).SetSubjectType(e.SubjectType).SetSubjectID(e.SubjectID).
		SetNillableEnterpriseID(e.EnterpriseID).
		SetFromValue(text(e.From)).SetToValue(text(e.To)).SetComment(e.Comment)
	if v := viewer.FromContext(ctx); v != nil && v.UserID != 0 {
		q.SetActorID(v.UserID).SetActorName(v.Username)
	} else {
		q.SetActorName("system")
	}
	return q.Exec(ctx)
}

func text(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	}
	b, err := json.Marshal(v)
	if err != nil {
		return ""
	}
	return string(b)
}
