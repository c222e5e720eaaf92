package db

import (
	"context"

	"greencheck/api/apperr"
	"greencheck/ent"
	"greencheck/ent/enterprise"
	"greencheck/ent/hook"
)

// questionChannel keeps every question in its enterprise's district's
// channel (在线答疑 is per district): a question created or moved into
// another district's channel is refused (BAD_USER_INPUT at districtID),
// whoever writes it and through whatever path.
func questionChannel(next ent.Mutator) ent.Mutator {
	return hook.QuestionFunc(func(ctx context.Context, m *ent.QuestionMutation) (ent.Value, error) {
		d, setD := m.DistrictID()
		e, setE := m.EnterpriseID()
		if !setD && !setE {
			return next.Mutate(ctx, m)
		}
		if !m.Op().Is(ent.OpCreate | ent.OpUpdateOne) {
			return nil, apperr.Input("districtID", "question.channel")
		}
		var err error
		if !setD {
			if d, err = m.OldDistrictID(ctx); err != nil {
				return nil, err
			}
		}
		if !setE {
			if e, err = m.OldEnterpriseID(ctx); err != nil {
				return nil, err
			}
		}
		// The system's read: the rule is about the rows, not the viewer.
		own, err := m.Client().Enterprise.Query().Where(enterprise.ID(e)).Select(enterprise.FieldDistrictID).Int(System(ctx))
		if err != nil {
			return nil, err
		}
		if own != d {
			return nil, apperr.Input("districtID", "question.channel")
		}
		return next.Mutate(ctx, m)
	})
}
