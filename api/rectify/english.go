package rectify

import (
	"context"
	"fmt"

	"greencheck/api/checklist"
	"greencheck/api/db"
	"greencheck/api/page"
	"greencheck/ent"
	"greencheck/ent/answer"
	"greencheck/ent/checklistitem"
	"greencheck/ent/finding"
)

// English is a finding's title and description in English, where the
// checklist wrote them: a finding raised by a self-check answer carries its
// item's finding label (Finding.title) and the item's question with the
// answer (Finding.description, checklist.FindingDescription); the item's
// English label and question give them in English. Text a person wrote (a
// visit's or a spot check's finding, an edited title) has no English: nil.
type English struct {
	Title       *string
	Description *string
}

// English returns finding f's English texts. In a GraphQL request they are
// loaded for every finding of the request's pages at once (package page):
// one statement for the findings with their items, one for their answers,
// within the viewer's scope.
func (s *Service) English(ctx context.Context, f *ent.Finding) (English, error) {
	return page.Load(ctx, "Finding.english", "Finding", f.ID, func(ids []int) (map[int]English, error) {
		rows, err := db.Client(ctx, s.client).Finding.Query().
			Where(finding.IDIn(ids...), finding.HasItem()).
			Select(finding.FieldTitle, finding.FieldDescription, finding.FieldItemID, finding.FieldAnswerID).
			WithItem(func(q *ent.ChecklistItemQuery) {
				q.Select(checklistitem.FieldCode, checklistitem.FieldQuestionZh, checklistitem.FieldQuestionEn,
					checklistitem.FieldFindingLabelZh, checklistitem.FieldFindingLabelEn)
			}).
			WithAnswer(func(q *ent.AnswerQuery) { q.Select(answer.FieldValue) }).
			All(ctx)
		if err != nil {
			return nil, err
		}
		out := make(map[int]English, len(rows))
		for _, r := range rows {
			it := r.Edges.Item
			if it == nil {
				continue
			}
			var e English
			if r.Title == it.FindingLabelZh && it.FindingLabelEn != "" {
				e.Title = &it.FindingLabelEn
			}
			if a := r.Edges.Answer; a != nil && it.QuestionEn != "" {
				// Descriptions written before answers were put in words said 企业回答：NO.
				if r.Description == checklist.FindingDescription(it.Code, it.QuestionZh, a.Value) ||
					r.Description == fmt.Sprintf("自查项 %s：%s 企业回答：%s", it.Code, it.QuestionZh, a.Value) {
					d := checklist.FindingDescriptionEn(it.Code, it.QuestionEn, a.Value)
					e.Description = &d
				}
			}
			out[r.ID] = e
		}
		return out, nil
	})
}
