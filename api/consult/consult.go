// Package consult is the district Q&A channel (在线答疑): an enterprise asks
// in its district's channel — optionally about a checklist item, a finding
// or a warning notice, with photos — the experts stationed in the district
// (驻点专家) and its administrators see the question at once and answer, the
// asker follows up or confirms, and administrators publish resolved
// questions, anonymised, as FAQ entries (常见问题) under their checklist item.
//
// A question's status: OPEN (waiting for an answer: new or followed up),
// ANSWERED (answered, waiting for the asker), CLOSED (resolved by whoever
// answered, or confirmed by the asker). Who may do what is the ent policy's
// (Question, Reply, FAQEntry); this package keeps the order of the steps.
package consult

import (
	"context"
	"fmt"
	"strings"
	"time"

	"greencheck/api/apperr"
	"greencheck/api/audit"
	"greencheck/api/authz"
	"greencheck/api/db"
	"greencheck/api/events"
	"greencheck/api/files"
	"greencheck/api/input"
	"greencheck/api/notify"
	"greencheck/api/viewer"
	"greencheck/ent"
	"greencheck/ent/district"
	"greencheck/ent/expert"
	"greencheck/ent/question"
	"greencheck/ent/reply"
	"greencheck/ent/user"
)

// Service runs the Q&A channels.
type Service struct {
	client *ent.Client
	bus    events.Bus
	notify *notify.Service
	now    func() time.Time
}

// New returns the Q&A service publishing changes on bus.
func New(client *ent.Client, bus events.Bus, n *notify.Service) *Service {
	return &Service{client: client, bus: bus, notify: n, now: func() time.Time { return time.Now().UTC().Truncate(time.Microsecond) }}
}

// Event topics: every change of a question is published on its district's
// channel, its enterprise's and the city's.
func districtTopic(id int) string   { return fmt.Sprintf("question:district:%d", id) }
func enterpriseTopic(id int) string { return fmt.Sprintf("question:enterprise:%d", id) }

const cityTopic = "question:city"

// AskInput is bound to the GraphQL AskQuestionInput.
type AskInput struct {
	Title, Body string
	// DistrictID is the channel; the enterprise's own district when nil
	// (any other is refused: BAD_USER_INPUT at districtID).
	DistrictID *int
	// ItemID, FindingID, NoticeID: what the question is about (optional;
	// each must be visible to the asker).
	ItemID, FindingID, NoticeID *int
	// AttachmentIDs are photos and files uploaded first (at most 9, the
	// enterprise's own).
	AttachmentIDs []int
	// ClientKey makes a retried question (a phone on a bad network) ask once.
	ClientKey *string
}

// Ask records an enterprise's question in its district's channel and tells
// the district's stationed experts and administrators (notification and
// subscription) once it has committed. Asking again with the same client
// key returns the first question.
func (s *Service) Ask(ctx context.Context, in AskInput) (*ent.Question, error) {
	v := viewer.FromContext(ctx)
	title, body := strings.TrimSpace(in.Title), strings.TrimSpace(in.Body)
	if err := checkText("title", title, "Question", "title"); err != nil {
		return nil, err
	}
	if err := checkText("body", body, "Question", "body"); err != nil {
		return nil, err
	}
	if err := checkKey(in.ClientKey); err != nil {
		return nil, err
	}
	if v == nil || v.EnterpriseID == 0 {
		// Only an enterprise asks (the Question policy says so too).
		return nil, apperr.New(apperr.Forbidden, "consult.ask_enterprise")
	}
	var out *ent.Question
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		if in.ClientKey != nil {
			done, err := tx.Question.Query().Where(question.AskerID(v.UserID), question.ClientKey(*in.ClientKey)).First(ctx)
			if err == nil {
				out = done
				return nil
			}
			if !ent.IsNotFound(err) {
				return err
			}
		}
		e, err := tx.Enterprise.Get(ctx, v.EnterpriseID)
		if err != nil {
			return err
		}
		// What it is about: each must exist and be the asker's to read.
		for _, ref := range []struct {
			field string
			id    *int
			get   func(int) error
		}{
			{"itemID", in.ItemID, func(id int) error { _, err := tx.ChecklistItem.Get(ctx, id); return err }},
			{"findingID", in.FindingID, func(id int) error { _, err := tx.Finding.Get(ctx, id); return err }},
			{"noticeID", in.NoticeID, func(id int) error { _, err := tx.WarningNotice.Get(ctx, id); return err }},
		} {
			if ref.id != nil {
				if err := db.NotFoundAt(ref.field, ref.get(*ref.id)); err != nil {
					return err
				}
			}
		}
		channel := e.DistrictID
		if in.DistrictID != nil {
			channel = *in.DistrictID // the data layer refuses another district's channel
		}
		photos, err := files.Owned(ctx, tx, "attachmentIDs", in.AttachmentIDs, e.ID)
		if err != nil {
			return err
		}
		now := s.now()
		q := tx.Question.Create().SetDistrictID(channel).SetEnterpriseID(e.ID).SetAskerID(v.UserID).
			SetTitle(title).SetBody(body).SetNillableItemID(in.ItemID).SetNillableFindingID(in.FindingID).
			SetNillableNoticeID(in.NoticeID).AddAttachments(photos...).SetNillableClientKey(in.ClientKey).
			SetCreatedAt(now).SetUpdatedAt(now)
		if out, err = q.Save(ctx); err != nil {
			return err
		}
		if err := audit.Record(ctx, tx, audit.Entry{Action: "question.ask", SubjectType: "Question", SubjectID: out.ID,
			EnterpriseID: &e.ID, To: string(question.StatusOPEN), Comment: title}); err != nil {
			return err
		}
		answerers, err := s.answerers(ctx, tx, channel)
		if err != nil {
			return err
		}
		if err := s.notify.SendTo(ctx, answerers, notify.Message{Kind: "QUESTION_ASKED", Title: "新的咨询：" + title,
			Body: e.Name + " 在本区答疑频道提问，请尽快答复。", Link: link(out.ID)}); err != nil {
			return err
		}
		s.published(ctx, out)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// ReplyInput is bound to the GraphQL ReplyToQuestionInput.
type ReplyInput struct {
	QuestionID    int
	Body          string
	AttachmentIDs []int // photos and files uploaded first, the question's enterprise's (at most 9)
	ClientKey     *string
}

// Reply adds a message to a question's thread. From an expert or an
// administrator it is an answer: an OPEN question becomes ANSWERED and the
// first answer's time is kept (response figures); the asker is told. From
// the asking enterprise it is a follow-up: the question is OPEN again and
// whoever answered first is told. A question the asker confirmed takes no
// more messages (CONFLICT: ask a new one). A retry with the same client key
// returns the first reply.
func (s *Service) Reply(ctx context.Context, in ReplyInput) (*ent.Reply, error) {
	v := viewer.FromContext(ctx)
	body := strings.TrimSpace(in.Body)
	if err := checkText("body", body, "Reply", "body"); err != nil {
		return nil, err
	}
	if err := checkKey(in.ClientKey); err != nil {
		return nil, err
	}
	if v == nil || v.UserID == 0 {
		return nil, apperr.New(apperr.Unauthenticated, string(apperr.Unauthenticated))
	}
	var out *ent.Reply
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		if in.ClientKey != nil {
			done, err := tx.Reply.Query().Where(reply.AuthorID(v.UserID), reply.ClientKey(*in.ClientKey),
				reply.QuestionID(in.QuestionID)).First(ctx)
			if err == nil {
				out = done
				return nil
			}
			if !ent.IsNotFound(err) {
				return err
			}
		}
		q, err := tx.Question.Query().Where(question.ID(in.QuestionID)).WithEnterprise().Only(ctx)
		if err != nil {
			return db.NotFoundAt("questionID", err)
		}
		if q.ConfirmedAt != nil {
			return apperr.New(apperr.Conflict, "consult.confirmed")
		}
		photos, err := files.Owned(ctx, tx, "attachmentIDs", in.AttachmentIDs, q.EnterpriseID)
		if err != nil {
			return err
		}
		now := s.now()
		r := tx.Reply.Create().SetQuestionID(q.ID).SetBody(body).SetAuthorID(v.UserID).SetAuthorRole(reply.AuthorRole(v.Role)).
			AddAttachments(photos...).SetNillableClientKey(in.ClientKey).SetCreatedAt(now).SetUpdatedAt(now)
		if v.Role == viewer.RoleExpert {
			// The author's public profile (name, organisation, title) for
			// whoever reads the thread.
			x, err := tx.Expert.Query().Where(expert.UserID(v.UserID)).Only(ctx)
			if err == nil {
				r.SetExpertID(x.ID)
			} else if !ent.IsNotFound(err) {
				return err
			}
		}
		if out, err = r.Save(ctx); err != nil {
			return err
		}
		upd := tx.Question.UpdateOne(q).SetUpdatedAt(now)
		var tell []int
		var msg notify.Message
		if v.Role == viewer.RoleEnterprise {
			// A follow-up: the question waits for an answer again.
			upd.SetStatus(question.StatusOPEN).ClearResolvedAt()
			if q.FirstAnswererID != nil {
				tell = []int{*q.FirstAnswererID}
			} else if tell, err = s.answerers(ctx, tx, q.DistrictID); err != nil {
				return err
			}
			msg = notify.Message{Kind: "QUESTION_FOLLOWED_UP", Title: "企业追问：" + q.Title,
				Body: q.Edges.Enterprise.Name + " 对答复有追问。", Link: link(q.ID)}
		} else {
			if q.Status == question.StatusOPEN {
				upd.SetStatus(question.StatusANSWERED)
			}
			if q.FirstAnsweredAt == nil {
				upd.SetFirstAnsweredAt(now).SetFirstAnswererID(v.UserID)
			}
			if q.AskerID != nil {
				tell = []int{*q.AskerID}
			}
			msg = notify.Message{Kind: "QUESTION_ANSWERED", Title: "咨询已答复：" + q.Title,
				Body: "您的咨询有了新的答复，请查看；问题解决后请确认。", Link: link(q.ID)}
		}
		if q, err = upd.Save(ctx); err != nil {
			return err
		}
		if err := s.notify.SendTo(ctx, tell, msg); err != nil {
			return err
		}
		s.published(ctx, q)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// Resolve marks an answered question resolved (CLOSED) — by whoever may
// answer it (authz.QuestionAnswer) — and asks the asker to confirm.
// Resolving a resolved question changes nothing; an unanswered one cannot
// be resolved (CONFLICT).
func (s *Service) Resolve(ctx context.Context, id int) (*ent.Question, error) {
	var out *ent.Question
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		q, err := tx.Question.Get(ctx, id)
		if err != nil {
			return db.NotFoundAt("id", err)
		}
		if err := authz.Require(ctx, tx, &authz.QuestionAnswer, q.ID); err != nil {
			return err
		}
		if q.Status == question.StatusCLOSED {
			out = q
			return nil
		}
		if q.FirstAnsweredAt == nil {
			return apperr.New(apperr.Conflict, "consult.unanswered")
		}
		now := s.now()
		if out, err = tx.Question.UpdateOne(q).SetStatus(question.StatusCLOSED).SetResolvedAt(now).SetUpdatedAt(now).Save(ctx); err != nil {
			return err
		}
		if err := audit.Record(ctx, tx, audit.Entry{Action: "question.resolve", SubjectType: "Question", SubjectID: q.ID,
			EnterpriseID: &q.EnterpriseID, From: string(q.Status), To: string(question.StatusCLOSED)}); err != nil {
			return err
		}
		if q.AskerID != nil {
			if err := s.notify.SendTo(ctx, []int{*q.AskerID}, notify.Message{Kind: "QUESTION_RESOLVED", Title: "咨询已办结：" + q.Title,
				Body: "答复人已将问题标记为已解决，请确认；如仍有疑问可继续追问。", Link: link(q.ID)}); err != nil {
				return err
			}
		}
		s.published(ctx, out)
		return nil
	})
	return out, err
}

// Confirm is the asker's word that the answer solved its question: the
// question is CLOSED and confirmed, and takes no more messages. Confirming
// twice changes nothing; an unanswered question cannot be confirmed
// (CONFLICT).
func (s *Service) Confirm(ctx context.Context, id int) (*ent.Question, error) {
	var out *ent.Question
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		q, err := tx.Question.Get(ctx, id)
		if err != nil {
			return db.NotFoundAt("id", err)
		}
		if err := authz.Require(ctx, tx, &authz.QuestionConfirm, q.ID); err != nil {
			return err
		}
		if q.ConfirmedAt != nil {
			out = q
			return nil
		}
		if q.FirstAnsweredAt == nil {
			return apperr.New(apperr.Conflict, "consult.unanswered")
		}
		now := s.now()
		upd := tx.Question.UpdateOne(q).SetStatus(question.StatusCLOSED).SetConfirmedAt(now).SetUpdatedAt(now)
		if q.ResolvedAt == nil {
			upd.SetResolvedAt(now)
		}
		if out, err = upd.Save(ctx); err != nil {
			return err
		}
		if err := audit.Record(ctx, tx, audit.Entry{Action: "question.confirm", SubjectType: "Question", SubjectID: q.ID,
			EnterpriseID: &q.EnterpriseID, From: string(q.Status), To: string(question.StatusCLOSED)}); err != nil {
			return err
		}
		s.published(ctx, out)
		return nil
	})
	return out, err
}

// Subscribe streams the questions the viewer can see whenever one is
// asked, answered, followed up, resolved or confirmed — each read as the
// viewer (the privacy rules decide) — until ctx ends; only question id's
// changes when id is given.
func (s *Service) Subscribe(ctx context.Context, id *int) (<-chan *ent.Question, error) {
	v := viewer.FromContext(ctx)
	if v == nil || v.UserID == 0 {
		return nil, apperr.New(apperr.Unauthenticated, string(apperr.Unauthenticated))
	}
	var topics []string
	switch {
	case v.IsCity():
		topics = []string{cityTopic}
	case v.Role == viewer.RoleEnterprise:
		topics = []string{enterpriseTopic(v.EnterpriseID)}
	default:
		for _, d := range v.DistrictIDs {
			topics = append(topics, districtTopic(d))
		}
	}
	merged := make(chan events.Event, 16)
	for _, t := range topics {
		in := s.bus.Subscribe(ctx, t)
		go func() {
			for e := range in {
				select {
				case merged <- e:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	out := make(chan *ent.Question, 1)
	go func() {
		defer close(out)
		for {
			var e events.Event
			select {
			case <-ctx.Done():
				return
			case e = <-merged:
			}
			if id != nil && e.ID != *id {
				continue
			}
			q, err := s.client.Question.Get(ctx, e.ID)
			if err != nil {
				continue // not visible to this subscriber, or gone
			}
			select {
			case out <- q:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out, nil
}

// published announces q's change once the transaction commits.
func (s *Service) published(ctx context.Context, q *ent.Question) {
	id, d, e := q.ID, q.DistrictID, q.EnterpriseID
	db.AfterCommit(ctx, func() {
		for _, t := range []string{districtTopic(d), enterpriseTopic(e), cityTopic} {
			s.bus.Publish(events.Event{Topic: t, ID: id})
		}
	})
}

// answerers are the active users who answer a district's channel: the
// experts stationed there and its administrators.
func (s *Service) answerers(ctx context.Context, tx *ent.Client, districtID int) ([]int, error) {
	return tx.User.Query().Where(user.RoleIn(user.RoleEXPERT, user.RoleDISTRICT_ADMIN), user.Active(true),
		user.HasDistrictsWith(district.ID(districtID))).IDs(db.System(ctx))
}

func link(id int) string { return fmt.Sprintf("/consult/%d", id) }

func checkKey(k *string) error {
	if k != nil && (*k == "" || input.Runes(*k) > input.MaxLen("Question", "clientKey")) {
		return apperr.Input("clientKey", "input.invalid", "clientKey")
	}
	return nil
}

// checkText refuses empty and over-long text, naming field; max is the
// column's bound (input.MaxLen of the entity's field).
func checkText(field, text, entity, column string) error {
	if text == "" {
		return apperr.Input(field, "input.required", field)
	}
	if n := input.MaxLen(entity, column); input.Runes(text) > n {
		return apperr.Input(field, "input.too_long", field, n)
	}
	return nil
}

func viewerID(ctx context.Context) int {
	if v := viewer.FromContext(ctx); v != nil {
		return v.UserID
	}
	return 0
}

// FromAsker reports whether r was written by the asking enterprise (a
// follow-up) rather than answered by the channel's expert or administrator.
func FromAsker(r *ent.Reply) bool { return r.AuthorRole == reply.AuthorRoleENTERPRISE }
