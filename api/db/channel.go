package db

import (
	"context"

	"greencheck/api/apperr"
	"greencheck/ent"
	"greencheck/ent/enterprise"
	"greencheck/ent/hook"
	"greencheck/ent/question"
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
			if ctx.Value(followingKey{}) != nil {
				return next.Mutate(ctx, m) // questionsFollow moving them
			}
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

type followingKey struct{}

// questionsFollow moves an enterprise's questions into its new district's
// channel when the enterprise moves, in the same transaction: the channel is
// always the enterprise's own district, so the district that now serves it
// answers them and the one it left no longer reads them.
func questionsFollow(next ent.Mutator) ent.Mutator {
	return hook.EnterpriseFunc(func(ctx context.Context, m *ent.EnterpriseMutation) (ent.Value, error) {
		d, moved := m.DistrictID()
		if !moved || m.Op().Is(ent.OpCreate) {
			return next.Mutate(ctx, m)
		}
		ids, err := m.IDs(System(ctx))
		if err != nil {
			return nil, err
		}
		v, err := next.Mutate(ctx, m)
		if err != nil || len(ids) == 0 {
			return v, err
		}
		sys := context.WithValue(System(ctx), followingKey{}, true)
		if _, err := m.Client().Question.Update().Where(question.EnterpriseIDIn(ids...), question.DistrictIDNEQ(d)).
			SetDistrictID(d).Save(sys); err != nil {
			return nil, err
		}
		return v, nil
	})
}
