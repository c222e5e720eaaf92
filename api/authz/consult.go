package authz

import (
	"context"
	"time"

	"greencheck/api/db"
	"greencheck/ent"
	"greencheck/ent/faqentry"
	"greencheck/ent/question"
)

// Q&A permissions (在线答疑): the Question and Reply policies decide who
// writes in a channel — the enterprise asks and follows up on its own
// questions, the experts stationed in the district and its administrators
// answer — and the FAQEntry policy who publishes (the city; a district
// administrator its districts' questions).
var (
	// 回复: a message in the question's thread (an answer or a follow-up).
	QuestionReply = Permission{"Question.reply", "Question", func(c *ent.Client, id int) ent.Mutation {
		return c.Reply.Create().SetQuestionID(id).SetBody("-").Mutation()
	}}
	// 答复 / 办结: answering as the channel's expert or administrator, and
	// marking the question resolved.
	QuestionAnswer = Permission{"Question.answer", "Question", func(c *ent.Client, id int) ent.Mutation {
		return c.Question.UpdateOneID(id).SetFirstAnswererID(id).SetResolvedAt(time.Now()).Mutation()
	}}
	// 确认解决: the asking enterprise's confirmation.
	QuestionConfirm = Permission{"Question.confirm", "Question", func(c *ent.Client, id int) ent.Mutation {
		return c.Question.UpdateOneID(id).SetConfirmedAt(time.Now()).Mutation()
	}}
	// 发布为常见问题: publishing the question, anonymised, as an FAQ entry.
	QuestionPublishFAQ = Permission{"Question.publishFAQ", "Question", func(c *ent.Client, id int) ent.Mutation {
		return c.FAQEntry.Create().SetQuestionID(id).SetTitle("-").SetBody("-").SetAnswer("-").Mutation()
	}}
)

// AskQuestion: asking in a district's channel — enterprise users (the
// Question policy creates questions for no one else).
var AskQuestion = Capability{"askQuestion", func(c *ent.Client) ent.Mutation {
	return c.Question.Create().SetEnterpriseID(0).SetDistrictID(0).SetTitle("-").SetBody("-").Mutation()
}}

// QuestionViewerCan is Question.viewerCan.
type QuestionViewerCan struct{ Answer, Reply, Resolve, Confirm, PublishFAQ bool }

// ForQuestion answers Question.viewerCan: answer as the channel's expert
// or administrator; reply while the asker has not
// confirmed; resolve an answered question not yet closed; confirm an
// answered question not yet confirmed; publish a closed question as FAQ.
func ForQuestion(ctx context.Context, c *ent.Client, q *ent.Question) (*QuestionViewerCan, error) {
	var out QuestionViewerCan
	var err error
	if q.ConfirmedAt == nil {
		if out.Reply, err = Can(ctx, c, &QuestionReply, q.ID); err != nil {
			return nil, err
		}
	}
	if out.Answer, err = Can(ctx, c, &QuestionAnswer, q.ID); err != nil {
		return nil, err
	}
	answered := q.FirstAnsweredAt != nil
	out.Resolve = out.Answer && answered && q.Status != question.StatusCLOSED
	if answered && q.ConfirmedAt == nil {
		if out.Confirm, err = Can(ctx, c, &QuestionConfirm, q.ID); err != nil {
			return nil, err
		}
	}
	if q.Status == question.StatusCLOSED {
		if out.PublishFAQ, err = Can(ctx, c, &QuestionPublishFAQ, q.ID); err != nil {
			return nil, err
		}
	}
	return &out, nil
}

// PublishedFAQ is the FAQ entry published from question id, if any — asked
// of every question on the request's pages in one statement.
func PublishedFAQ(ctx context.Context, c *ent.Client, id int) (bool, error) {
	return fact(ctx, "publishedFAQ", "Question", id, func(ids []int) ([]int, error) {
		var out []int
		err := db.Client(ctx, c).FAQEntry.Query().Where(faqentry.QuestionIDIn(ids...)).
			Select(faqentry.FieldQuestionID).Scan(ctx, &out)
		return out, err
	})
}
