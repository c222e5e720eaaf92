package warning

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"time"

	"greencheck/api/apperr"
	"greencheck/api/audit"
	"greencheck/api/db"
	"greencheck/api/events"
	"greencheck/api/files"
	"greencheck/api/input"
	"greencheck/api/viewer"
	"greencheck/ent"
	"greencheck/ent/predicate"
	"greencheck/ent/schematype"
	"greencheck/ent/warning"
	"greencheck/ent/warningnotice"
)

// Pending are the notices an enterprise must see now (the banner): the
// current round of every active warning and its earlier rounds still
// unacknowledged, and a lifting not yet acknowledged; newest first. Reading them is their delivery (deliveredAt).
func (s *Service) Pending(ctx context.Context) ([]*ent.WarningNotice, error) {
	v := viewer.FromContext(ctx)
	if v == nil || v.Role != viewer.RoleEnterprise {
		return nil, nil // only enterprises receive notices
	}
	ns, err := s.client.WarningNotice.Query().Where(warningnotice.EnterpriseID(v.EnterpriseID),
		warningnotice.Or(warningnotice.HasWarningWith(warning.StatusEQ(warning.StatusACTIVE)),
			warningnotice.And(warningnotice.AcknowledgedAtIsNil(), warningnotice.KindEQ(warningnotice.KindLIFT)))).
		WithWarning().Order(ent.Desc(warningnotice.FieldPushedAt), ent.Desc(warningnotice.FieldID)).Limit(50).All(ctx)
	if err != nil {
		return nil, err
	}
	// Of an active warning's acknowledged notices only the current round's.
	out := ns[:0]
	for _, n := range ns {
		if n.AcknowledgedAt == nil || n.Round == n.Edges.Warning.Round {
			out = append(out, n)
		}
	}
	return out, s.delivered(ctx, out)
}

// delivered stamps deliveredAt on the notices reaching an enterprise's
// device for the first time (a fetch or the subscription).
func (s *Service) delivered(ctx context.Context, ns []*ent.WarningNotice) error {
	v := viewer.FromContext(ctx)
	if v == nil || v.Role != viewer.RoleEnterprise {
		return nil
	}
	var ids []int
	for _, n := range ns {
		if n.DeliveredAt == nil {
			ids = append(ids, n.ID)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	now := s.now()
	if err := s.stampDelivered(ctx, ids, now, ns[0].WarningID); err != nil {
		return err
	}
	for _, n := range ns {
		if n.DeliveredAt == nil {
			n.DeliveredAt = &now
		}
	}
	return nil
}

// stampDelivered records deliveredAt (if still unset) as the viewer — the
// enterprise's own receipt — and tells the warning's board.
func (s *Service) stampDelivered(ctx context.Context, ids []int, at time.Time, warningID int) error {
	_, err := s.client.WarningNotice.Update().Where(warningnotice.IDIn(ids...), warningnotice.DeliveredAtIsNil()).
		SetDeliveredAt(at).Save(ctx)
	if err == nil {
		s.announce(warningID)
	}
	return err
}

// announce tells the warning's board that receipts changed.
func (s *Service) announce(warningID int) {
	s.bus.Publish(events.Event{Topic: BoardTopic(warningID), ID: warningID})
}

// receipt applies a receipt step to the viewer's notice once: the update
// is guarded by the step's own "not yet" (unset) so concurrent retries
// make it once, and it is the enterprise's own (the policy refuses anyone
// else, a retry included).
func (s *Service) receipt(ctx context.Context, id int, action string, unset predicate.WarningNotice,
	guard func(ctx context.Context, tx *ent.Client, n *ent.WarningNotice) error,
	step func(n *ent.WarningNotice, u *ent.WarningNoticeUpdate, now time.Time)) (*ent.WarningNotice, error) {
	var out *ent.WarningNotice
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		n, err := tx.WarningNotice.Get(ctx, id)
		if err != nil {
			return err
		}
		u := tx.WarningNotice.Update().Where(warningnotice.ID(id), unset)
		step(n, u, s.now())
		if err := db.MayWrite(ctx, tx, u.Mutation()); err != nil {
			return err
		}
		if guard != nil {
			if err := guard(ctx, tx, n); err != nil {
				return err
			}
		}
		changed, err := u.Save(ctx)
		if err != nil {
			return err
		}
		if changed > 0 {
			db.AfterCommit(ctx, func() { s.announce(n.WarningID) })
			if action != "" {
				eid := n.EnterpriseID
				if err := audit.Record(ctx, tx, audit.Entry{Action: action, SubjectType: "WarningNotice", SubjectID: n.ID,
					EnterpriseID: &eid}); err != nil {
					return err
				}
			}
		}
		out, err = tx.WarningNotice.Get(ctx, id)
		return err
	})
	return out, err
}

// MarkRead records that a user of the enterprise opened the notice
// (readAt; deliveredAt too if the device had not reported it). Idempotent.
func (s *Service) MarkRead(ctx context.Context, id int) (*ent.WarningNotice, error) {
	return s.receipt(ctx, id, "", warningnotice.ReadAtIsNil(), nil, func(n *ent.WarningNotice, u *ent.WarningNoticeUpdate, now time.Time) {
		u.SetReadAt(now)
		if n.DeliveredAt == nil {
			u.SetDeliveredAt(now)
		}
	})
}

// Acknowledge is 确认收到: one tap by a user of the enterprise, recorded
// with the user and the latency since the push. A retry returns the first
// acknowledgement. An acknowledgement after the notice took effect is
// accepted and counted late.
func (s *Service) Acknowledge(ctx context.Context, id int) (*ent.WarningNotice, error) {
	v := viewer.FromContext(ctx)
	// Once a warning is lifted only its lifting asks to be acknowledged:
	// an earlier round left unacknowledged is over (and counted late).
	over := func(ctx context.Context, tx *ent.Client, n *ent.WarningNotice) error {
		if n.AcknowledgedAt != nil || n.Kind == warningnotice.KindLIFT {
			return nil
		}
		lifted, err := tx.Warning.Query().Where(warning.ID(n.WarningID), warning.StatusEQ(warning.StatusLIFTED)).Exist(ctx)
		if err == nil && lifted {
			err = apperr.New(apperr.Conflict, "warning.round_over")
		}
		return err
	}
	return s.receipt(ctx, id, "warning.acknowledge", warningnotice.AcknowledgedAtIsNil(), over, func(n *ent.WarningNotice, u *ent.WarningNoticeUpdate, now time.Time) {
		u.SetAcknowledgedAt(now)
		if v != nil && v.UserID != 0 {
			u.SetAcknowledgedByID(v.UserID)
		}
		if n.PushedAt != nil {
			u.SetAckLatencySeconds(int(now.Sub(*n.PushedAt).Seconds()))
		}
		if n.ReadAt == nil {
			u.SetReadAt(now)
		}
		if n.DeliveredAt == nil {
			u.SetDeliveredAt(now)
		}
	})
}

// ReportInput is bound to the GraphQL ReportWarningMeasuresInput.
type ReportInput struct {
	NoticeID int
	// Items: one per measure the notice requires, by key.
	Items []*schematype.MeasureReport
	Note  string
	// EvidenceIDs are photos and documents uploaded first (at most 9):
	// stopped lines, sealed booths, production logs, meter readings.
	EvidenceIDs []int
	// ClientKey makes a retried report change nothing.
	ClientKey *string
}

// Report is 措施落实上报: how the enterprise carried out each required
// measure, with evidence. The first report is timed against the notice's
// report deadline; later ones are the daily updates while the warning is
// active. Refused before the acknowledgement and once the warning is
// lifted (a lifting round asks for no report).
func (s *Service) Report(ctx context.Context, in ReportInput) (*ent.WarningNotice, error) {
	if input.Runes(in.Note) > MaxNote {
		return nil, apperr.Input("note", "input.too_long", "note", MaxNote)
	}
	if in.ClientKey != nil && (*in.ClientKey == "" || len(*in.ClientKey) > 64) {
		return nil, apperr.Input("clientKey", "input.invalid", "clientKey")
	}
	var out *ent.WarningNotice
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		n, err := tx.WarningNotice.Query().Where(warningnotice.ID(in.NoticeID)).WithWarning().Only(ctx)
		if err != nil {
			return err
		}
		// Who may report is decided before the notice's state is told.
		if err := db.MayWrite(ctx, tx, tx.WarningNotice.UpdateOne(n).SetReport("").Mutation()); err != nil {
			return err
		}
		if in.ClientKey != nil && slices.Contains(n.ReportClientKeys, *in.ClientKey) {
			out = n // a retry of a report already made, however many came since
			return nil
		}
		switch {
		case n.Edges.Warning.Status == warning.StatusLIFTED || n.Kind == warningnotice.KindLIFT:
			return apperr.New(apperr.Conflict, "warning.lifted")
		case n.Round != n.Edges.Warning.Round:
			return apperr.New(apperr.Conflict, "warning.round_superseded")
		case n.AcknowledgedAt == nil:
			return apperr.New(apperr.Conflict, "warning.not_acknowledged")
		}
		items, err := checkItems(n.Measures, in.Items)
		if err != nil {
			return err
		}
		evidence, err := files.Owned(ctx, tx, "evidenceIDs", in.EvidenceIDs, n.EnterpriseID)
		if err != nil {
			return err
		}
		now := s.now()
		// Guarded by the count read: of two concurrent reports (a retry
		// racing its original) one is refused and retried by the client.
		u := tx.WarningNotice.UpdateOne(n).Where(warningnotice.ReportCount(n.ReportCount)).SetReportItems(items).SetReport(strings.TrimSpace(in.Note)).
			SetReportUpdatedAt(now).SetReportCount(n.ReportCount + 1).AddEvidence(evidence...).
			SetReportClientKeys(recentKeys(n.ReportClientKeys, in.ClientKey))
		if n.MeasuresReportedAt == nil {
			u.SetMeasuresReportedAt(now)
		}
		if n.EvidenceAt == nil && len(evidence) > 0 {
			u.SetEvidenceAt(now)
		}
		if out, err = u.Save(ctx); ent.IsNotFound(err) {
			return apperr.New(apperr.Conflict, string(apperr.Conflict))
		} else if err != nil {
			return err
		}
		eid := n.EnterpriseID
		if err := audit.Record(ctx, tx, audit.Entry{Action: "warning.report", SubjectType: "WarningNotice", SubjectID: n.ID,
			EnterpriseID: &eid, To: items, Comment: in.Note}); err != nil {
			return err
		}
		db.AfterCommit(ctx, func() { s.announce(n.WarningID) })
		return nil
	})
	return out, err
}

// checkItems checks a report against the notice's measures: each measure
// reported exactly once, no unknown one, a percentage for PARTLY and a
// reason for NOT_POSSIBLE.
func checkItems(required []schematype.NoticeMeasure, in []*schematype.MeasureReport) ([]schematype.MeasureReport, error) {
	seen := map[string]bool{}
	var out []schematype.MeasureReport
	for i, it := range in {
		field := fmt.Sprintf("items.%d", i)
		if !slices.ContainsFunc(required, func(m schematype.NoticeMeasure) bool { return m.Key == it.Key }) {
			return nil, apperr.Input(field+".key", "warning.measure_unknown", clip(it.Key))
		}
		if seen[it.Key] {
			return nil, apperr.Input(field+".key", "warning.measure_twice", clip(it.Key))
		}
		seen[it.Key] = true
		r := schematype.MeasureReport{Key: it.Key, Status: it.Status, Reason: strings.TrimSpace(it.Reason)}
		switch it.Status {
		case "DONE":
		case "PARTLY":
			if it.Percent == nil || *it.Percent < 0 || *it.Percent > 100 {
				return nil, apperr.Input(field+".percent", "warning.percent")
			}
			r.Percent = it.Percent
		case "NOT_POSSIBLE":
			if r.Reason == "" {
				return nil, apperr.Input(field+".reason", "input.required", "reason")
			}
		default:
			return nil, apperr.Input(field+".status", "input.invalid", "status")
		}
		if input.Runes(r.Reason) > MaxReason {
			return nil, apperr.Input(field+".reason", "input.too_long", "reason", MaxReason)
		}
		out = append(out, r)
	}
	for _, m := range required {
		if !seen[m.Key] {
			return nil, apperr.Input("items", "warning.measure_missing", m.TextZh)
		}
	}
	return out, nil
}

// SubscribeNotices streams the notices pushed to the viewer's enterprise
// until ctx ends, each read as the viewer and stamped delivered. Viewers
// of other roles receive none.
func (s *Service) SubscribeNotices(ctx context.Context) (<-chan *ent.WarningNotice, error) {
	v := viewer.FromContext(ctx)
	if v == nil || v.UserID == 0 {
		return nil, apperr.New(apperr.Unauthenticated, string(apperr.Unauthenticated))
	}
	out := make(chan *ent.WarningNotice, 1)
	if v.Role != viewer.RoleEnterprise {
		go func() { <-ctx.Done(); close(out) }()
		return out, nil
	}
	in := s.bus.Subscribe(ctx, NoticeTopic(v.EnterpriseID))
	go func() {
		defer close(out)
		for e := range in {
			n, err := s.client.WarningNotice.Query().Where(warningnotice.ID(e.ID)).WithWarning().Only(ctx)
			if err != nil {
				continue
			}
			// The banner first, the receipt after: the phone is not kept
			// waiting for a write (when two thousand arrive at once, the
			// writes queue). The notice carries the time it is stamped
			// with; n is not touched once sent (it is being marshalled).
			first := n.DeliveredAt == nil
			if first {
				at := s.now()
				n.DeliveredAt = &at
			}
			select {
			case out <- n:
			case <-ctx.Done():
				return
			}
			if first {
				// The phone got it even if it hangs up now: the receipt is
				// written whatever becomes of the socket (its viewer kept).
				wctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
				if err := s.stampDelivered(wctx, []int{n.ID}, *n.DeliveredAt, n.WarningID); err != nil {
					slog.Warn("warning receipt", "notice", n.ID, "err", err)
				}
				cancel()
			}
		}
	}()
	return out, nil
}

// BoardInterval is the most often a board subscriber hears of a warning.
const BoardInterval = time.Second

// SubscribeBoard streams the warning (as the viewer reads it) whenever its
// rounds or receipts change, at most once per BoardInterval, until ctx
// ends: the live board re-reads its figures on each.
func (s *Service) SubscribeBoard(ctx context.Context, id int) (<-chan *ent.Warning, error) {
	// What the viewer saw last: the warning's round and status and its
	// board as the viewer reads it (by value). An event that changes
	// neither — another district's or enterprise's receipt — is not passed
	// on: its timing would say what the viewer may not read.
	seen, err := s.boardSeen(ctx, id)
	if err != nil {
		return nil, err
	}
	out := make(chan *ent.Warning, 1)
	in := s.bus.Subscribe(ctx, BoardTopic(id))
	go func() {
		defer close(out)
		var last time.Time
		for range in {
			if wait := BoardInterval - time.Since(last); wait > 0 {
				select {
				case <-ctx.Done():
					return
				case <-time.After(wait):
				}
			}
			drain(in)
			last = time.Now()
			now, err := s.boardSeen(ctx, id)
			if err != nil {
				return
			}
			if now == seen {
				continue
			}
			seen = now
			w, err := s.client.Warning.Get(ctx, id)
			if err != nil {
				return
			}
			select {
			case out <- w:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out, nil
}

// boardSeen is what a board subscriber reads of a warning: its status,
// round and board (figures overall and per district, grade and round), as
// a value to compare.
func (s *Service) boardSeen(ctx context.Context, id int) (string, error) {
	w, err := s.client.Warning.Get(ctx, id)
	if err != nil {
		return "", err
	}
	b, err := s.Board(ctx, id)
	if err != nil {
		return "", err
	}
	j, err := json.Marshal(b) // by value: the median is a pointer
	return fmt.Sprintf("%s %d %s", w.Status, w.Round, j), err
}

// drain discards what is queued: one update stands for them all.
func drain(c <-chan events.Event) {
	for {
		select {
		case _, ok := <-c:
			if !ok {
				return
			}
		default:
			return
		}
	}
}

// maxKeys is how many recent report keys a notice keeps (a month of daily
// reports and their retries).
const maxKeys = 100

// recentKeys adds key to the notice's recent report keys, keeping the last maxKeys.
func recentKeys(keys []string, key *string) []string {
	if key == nil {
		return keys
	}
	keys = append(slices.Clone(keys), *key)
	if len(keys) > maxKeys {
		keys = keys[len(keys)-maxKeys:]
	}
	return keys
}
