package consult

import (
	"context"
	"log/slog"
	"maps"
	"math"
	"slices"
	"sort"
	"strconv"
	"time"

	"greencheck/api/apperr"
	"greencheck/api/db"
	"greencheck/api/notify"
	"greencheck/ent"
	"greencheck/ent/district"
	"greencheck/ent/predicate"
	"greencheck/ent/question"
	"greencheck/ent/user"
)

// Response is how fast a group of questions got their first answer.
type Response struct {
	Asked    int // questions asked in the period
	Answered int // of which answered (at least once, by an expert or administrator)
	Open     int // of which still waiting for a first answer
	// Escalated: of which the district administrators were told that
	// nobody had answered within EscalateAfter.
	Escalated int
	// MedianMinutes and P90Minutes: minutes from asking to the first
	// answer over the answered questions (nil when none was answered).
	MedianMinutes, P90Minutes *float64
}

// DistrictResponse is Response for one district's channel.
type DistrictResponse struct {
	DistrictID int
	District   *ent.District
	Response   Response
}

// ExpertResponse is Response for the questions one person answered first.
type ExpertResponse struct {
	UserID   int
	User     *ent.User // nil when the viewer may not see the person
	Response Response
}

// Figures are the Q&A response figures (答疑响应) over the viewer's channels.
type Figures struct {
	Total      Response
	ByDistrict []*DistrictResponse // every district with a question, by district id
	ByAnswerer []*ExpertResponse   // whoever answered first, most answered first
}

// MaxFigureDays bounds the period of the figures.
const MaxFigureDays = 366 * 3

// Figures computes the response figures of the questions asked in
// [from, to) in the viewer's scope (the privacy rules filter them): one
// statement reading five columns of each question, one for the districts
// and one for the people who answered; medians and 90th
// percentiles in minutes (nearest rank). from must be before to and the
// period at most MaxFigureDays (BAD_USER_INPUT naming "to").
func (s *Service) Figures(ctx context.Context, from, to time.Time) (*Figures, error) {
	if !from.Before(to) || to.Sub(from) > MaxFigureDays*24*time.Hour {
		return nil, apperr.Input("to", "consult.period", MaxFigureDays)
	}
	var rows []struct {
		DistrictID      int        `json:"district_id"`
		CreatedAt       time.Time  `json:"created_at"`
		FirstAnsweredAt *time.Time `json:"first_answered_at"`
		FirstAnswererID *int       `json:"first_answerer_id"`
		EscalatedAt     *time.Time `json:"escalated_at"`
	}
	err := db.Client(ctx, s.client).Question.Query().
		Where(question.CreatedAtGTE(from.UTC()), question.CreatedAtLT(to.UTC())).
		Select(question.FieldDistrictID, question.FieldCreatedAt, question.FieldFirstAnsweredAt,
			question.FieldFirstAnswererID, question.FieldEscalatedAt).Scan(ctx, &rows)
	if err != nil {
		return nil, err
	}
	type acc struct {
		r       Response
		minutes []float64
	}
	all, byD, byU := &acc{}, map[int]*acc{}, map[int]*acc{}
	get := func(m map[int]*acc, k int) *acc {
		if m[k] == nil {
			m[k] = &acc{}
		}
		return m[k]
	}
	for _, r := range rows {
		as := []*acc{all, get(byD, r.DistrictID)}
		if r.FirstAnswererID != nil {
			as = append(as, get(byU, *r.FirstAnswererID))
		}
		for _, a := range as {
			a.r.Asked++
			if r.EscalatedAt != nil {
				a.r.Escalated++
			}
			if r.FirstAnsweredAt == nil {
				a.r.Open++
				continue
			}
			a.r.Answered++
			a.minutes = append(a.minutes, r.FirstAnsweredAt.Sub(r.CreatedAt).Minutes())
		}
	}
	done := func(a *acc) Response {
		slices.Sort(a.minutes)
		a.r.MedianMinutes, a.r.P90Minutes = rank(a.minutes, 0.5), rank(a.minutes, 0.9)
		return a.r
	}
	out := &Figures{Total: done(all)}
	for d, a := range byD {
		out.ByDistrict = append(out.ByDistrict, &DistrictResponse{DistrictID: d, Response: done(a)})
	}
	sort.Slice(out.ByDistrict, func(i, j int) bool { return out.ByDistrict[i].DistrictID < out.ByDistrict[j].DistrictID })
	for u, a := range byU {
		out.ByAnswerer = append(out.ByAnswerer, &ExpertResponse{UserID: u, Response: done(a)})
	}
	sort.Slice(out.ByAnswerer, func(i, j int) bool {
		a, b := out.ByAnswerer[i], out.ByAnswerer[j]
		return a.Response.Answered > b.Response.Answered || a.Response.Answered == b.Response.Answered && a.UserID < b.UserID
	})
	c := db.Client(ctx, s.client)
	if len(byD) > 0 {
		ds, err := c.District.Query().Where(district.IDIn(slices.Collect(maps.Keys(byD))...)).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, d := range ds {
			for _, r := range out.ByDistrict {
				if r.DistrictID == d.ID {
					r.District = d
				}
			}
		}
	}
	if len(byU) > 0 {
		us, err := c.User.Query().Where(user.IDIn(slices.Collect(maps.Keys(byU))...)).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, u := range us {
			for _, r := range out.ByAnswerer {
				if r.UserID == u.ID {
					r.User = u
				}
			}
		}
	}
	return out, nil
}

// rank is the nearest-rank percentile p of sorted minutes, rounded to a
// tenth of a minute; nil for none.
func rank(sorted []float64, p float64) *float64 {
	if len(sorted) == 0 {
		return nil
	}
	i := int(math.Ceil(p*float64(len(sorted)))) - 1
	v := math.Round(sorted[max(i, 0)]*10) / 10
	return &v
}

// EscalateAfter is how long a question may wait for its first answer
// before the district's administrators are told (督办).
const EscalateAfter = 4 * time.Hour

// Escalate tells the district administrators of every question still
// without a first answer EscalateAfter after it was asked, once per
// question, and marks it escalated: the system's job (ctx carries
// db.System), run with the overdue job. It returns how many it escalated.
func (s *Service) Escalate(ctx context.Context, now time.Time) (int, error) {
	n := 0
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		late, err := tx.Question.Query().Where(question.FirstAnsweredAtIsNil(), question.EscalatedAtIsNil(),
			question.StatusEQ(question.StatusOPEN), question.CreatedAtLT(now.Add(-EscalateAfter).UTC())).
			WithEnterprise().Limit(1000).All(ctx)
		if err != nil || len(late) == 0 {
			return err
		}
		ids := make([]int, len(late))
		for i, q := range late {
			ids[i] = q.ID
		}
		if _, err := tx.Question.Update().Where(question.IDIn(ids...)).SetEscalatedAt(now.UTC()).Save(ctx); err != nil {
			return err
		}
		admins := map[int][]int{}
		for _, q := range late {
			if _, ok := admins[q.DistrictID]; !ok {
				if admins[q.DistrictID], err = tx.User.Query().Where(user.RoleEQ(user.RoleDISTRICT_ADMIN), user.Active(true),
					user.HasDistrictsWith(districtIs(q.DistrictID))).IDs(ctx); err != nil {
					return err
				}
			}
			hours := int(EscalateAfter.Hours())
			if err := s.notify.SendTo(ctx, admins[q.DistrictID], notify.Message{Kind: "QUESTION_ESCALATED",
				Title: "咨询超时未答复：" + q.Title,
				Body:  q.Edges.Enterprise.Name + " 的提问已超过 " + itoa(hours) + " 小时无人答复，请督办。", Link: link(q.ID)}); err != nil {
				return err
			}
			s.published(ctx, q)
		}
		n = len(late)
		return nil
	})
	return n, err
}

func districtIs(id int) predicate.District { return district.ID(id) }

func itoa(n int) string { return strconv.Itoa(n) }

// EscalateEvery runs Escalate now and then every interval until ctx ends.
func (s *Service) EscalateEvery(ctx context.Context, interval time.Duration) {
	for {
		if n, err := s.Escalate(db.System(ctx), s.now()); err != nil {
			slog.Warn("question escalation", "err", err)
		} else if n > 0 {
			slog.Info("question escalation", "escalated", n)
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(interval):
		}
	}
}
