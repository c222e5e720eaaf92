package consult

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"greencheck/api/apperr"
	"greencheck/api/audit"
	"greencheck/api/authz"
	"greencheck/api/db"
	"greencheck/api/input"
	"greencheck/ent"
	"greencheck/ent/faqentry"
	"greencheck/ent/faqgram"
	"greencheck/ent/predicate"
	"greencheck/ent/question"
	"greencheck/ent/reply"
)

// Search is Chinese full text over the FAQ by a simple n-gram index kept in
// the database (FAQGram): an entry's title, question and answer give every
// Han character and every pair of adjacent Han characters, and every Latin
// word or number, lower-cased and NFKC-folded; a query matches the entries
// holding all of its terms (its Han pairs — or its single character — and
// its words), each looked up in the (gram, faq_id) index. Chosen over
// PostgreSQL's pg_trgm and SQLite's FTS5 because it is one definition that
// behaves the same on both databases, needs no extension, and matches the
// two-character words Chinese questions are made of (废水, 台账, 危废),
// which trigram indexes cannot look up; an FAQ is a few hundred entries a
// city, so the index stays small.

// MaxSearchRunes bounds a search text (runes).
const MaxSearchRunes = input.SearchRunes

// Grams are the index terms of text, each once, in order of appearance.
func Grams(text string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(g string) {
		if g != "" && !seen[g] {
			seen[g] = true
			out = append(out, g)
		}
	}
	for _, run := range runs(text) {
		if !run.han {
			add(run.text)
			continue
		}
		rs := []rune(run.text)
		for i := range rs {
			add(string(rs[i]))
			if i+1 < len(rs) {
				add(string(rs[i : i+2]))
			}
		}
	}
	return out
}

// queryGrams are the terms a search must all find: a run of Han characters
// gives its pairs (its character when alone), a word itself.
func queryGrams(text string) []string {
	var out []string
	for _, run := range runs(text) {
		rs := []rune(run.text)
		switch {
		case !run.han || len(rs) == 1:
			out = append(out, run.text)
		default:
			for i := 0; i+1 < len(rs); i++ {
				out = append(out, string(rs[i:i+2]))
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

type run struct {
	text string
	han  bool
}

// runs splits folded text into runs of Han characters and Latin words or
// numbers (at most 32 runes each); everything else separates them.
func runs(text string) []run {
	var out []run
	var cur []rune
	han := false
	flush := func() {
		if len(cur) > 0 {
			if !han && len(cur) > 32 {
				cur = cur[:32]
			}
			out = append(out, run{string(cur), han})
			cur = cur[:0]
		}
	}
	for _, r := range strings.ToLower(norm.NFKC.String(text)) {
		switch {
		case unicode.Is(unicode.Han, r):
			if !han {
				flush()
				han = true
			}
			cur = append(cur, r)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if han {
				flush()
				han = false
			}
			cur = append(cur, r)
		default:
			flush()
		}
	}
	flush()
	return out
}

// Matching is the FAQ entries whose text holds every term of text; nil
// when text has no term (every entry matches). text is at most
// MaxSearchRunes (BAD_USER_INPUT naming field).
func Matching(field, text string) (predicate.FAQEntry, error) {
	if input.Runes(text) > MaxSearchRunes {
		return nil, apperr.Input(field, "input.too_long", field, MaxSearchRunes)
	}
	gs := queryGrams(text)
	if len(gs) == 0 {
		return nil, nil
	}
	ps := make([]predicate.FAQEntry, len(gs))
	for i, g := range gs {
		ps[i] = faqentry.HasGramsWith(faqgram.Gram(g))
	}
	return faqentry.And(ps...), nil
}

// PublishInput is bound to the GraphQL PublishFAQInput. Texts left empty
// are taken from the question (title, body) and its answers, anonymised.
type PublishInput struct {
	QuestionID          int
	Title, Body, Answer *string
	// ItemID is the checklist item it is filed under; the question's when nil.
	ItemID *int
}

// PublishFAQ publishes a resolved (CLOSED) question as an FAQ entry —
// anonymised: the enterprise's name and credit code, the people in the
// thread and phone numbers are replaced — or updates the entry published
// from it before. Who may publish is the FAQEntry policy's (the city; a
// district administrator its districts' questions). An open question is a
// CONFLICT.
func (s *Service) PublishFAQ(ctx context.Context, in PublishInput) (*ent.FAQEntry, error) {
	var out *ent.FAQEntry
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		q, err := tx.Question.Query().Where(question.ID(in.QuestionID)).WithEnterprise().
			WithReplies(func(r *ent.ReplyQuery) { r.Order(ent.Asc(reply.FieldCreatedAt), ent.Asc(reply.FieldID)) }).
			WithAsker().Only(ctx)
		if err != nil {
			return err
		}
		if err := authz.Require(ctx, tx, &authz.QuestionPublishFAQ, q.ID); err != nil {
			return err
		}
		if q.Status != question.StatusCLOSED {
			return apperr.New(apperr.Conflict, "consult.not_resolved")
		}
		clean := anonymiser(q)
		var answers []string
		for _, r := range q.Edges.Replies {
			if r.AuthorRole != reply.AuthorRoleENTERPRISE {
				answers = append(answers, r.Body)
			}
		}
		title := pick(in.Title, q.Title, clean)
		body := pick(in.Body, q.Body, clean)
		answer := pick(in.Answer, strings.Join(answers, "\n\n"), clean)
		for _, f := range []struct{ field, text, column string }{{"title", title, "title"}, {"body", body, "body"}, {"answer", answer, "answer"}} {
			if err := checkText(f.field, f.text, "FAQEntry", f.column); err != nil {
				return err
			}
		}
		item := q.ItemID
		if in.ItemID != nil {
			item = in.ItemID
		}
		prev, err := tx.FAQEntry.Query().Where(faqentry.QuestionID(q.ID)).Only(ctx)
		switch {
		case err == nil:
			upd := tx.FAQEntry.UpdateOne(prev).SetTitle(title).SetBody(body).SetAnswer(answer)
			if item != nil {
				upd.SetItemID(*item)
			} else {
				upd.ClearItemID()
			}
			if out, err = upd.Save(ctx); err != nil {
				return err
			}
			if _, err := tx.FAQGram.Delete().Where(faqgram.FaqID(out.ID)).Exec(db.System(ctx)); err != nil {
				return err
			}
		case ent.IsNotFound(err):
			c := tx.FAQEntry.Create().SetQuestionID(q.ID).SetTitle(title).SetBody(body).SetAnswer(answer).SetNillableItemID(item)
			if uid := viewerID(ctx); uid != 0 {
				c.SetPublishedByID(uid)
			}
			if out, err = c.Save(ctx); err != nil {
				return err
			}
		default:
			return err
		}
		gs := Grams(title + "\n" + body + "\n" + answer)
		grams := make([]*ent.FAQGramCreate, len(gs))
		for i, g := range gs {
			grams[i] = tx.FAQGram.Create().SetFaqID(out.ID).SetGram(g)
		}
		for lo := 0; lo < len(grams); lo += 500 {
			if err := tx.FAQGram.CreateBulk(grams[lo:min(lo+500, len(grams))]...).Exec(db.System(ctx)); err != nil {
				return err
			}
		}
		return audit.Record(ctx, tx, audit.Entry{Action: "question.publish_faq", SubjectType: "Question", SubjectID: q.ID,
			EnterpriseID: &q.EnterpriseID, Comment: title})
	})
	return out, err
}

// pick is the given text (trimmed) or, when none was given, the default
// anonymised.
func pick(given *string, def string, clean func(string) string) string {
	if given != nil {
		return strings.TrimSpace(*given)
	}
	return strings.TrimSpace(clean(def))
}

var phoneRE = regexp.MustCompile(`\+?\d[\d\- ]{6,}\d`)

// anonymiser replaces what names the asking enterprise in a question's
// texts: its name, credit code, the people who wrote in the thread, and
// phone numbers.
func anonymiser(q *ent.Question) func(string) string {
	var pairs []string
	if e := q.Edges.Enterprise; e != nil {
		pairs = append(pairs, e.Name, "某企业", e.CreditCode, "（信用代码略）")
		for _, c := range e.Contacts {
			if c.Name != "" {
				pairs = append(pairs, c.Name, "企业联系人")
			}
		}
	}
	if a := q.Edges.Asker; a != nil && a.DisplayName != "" {
		pairs = append(pairs, a.DisplayName, "企业联系人")
	}
	r := strings.NewReplacer(pairs...)
	return func(s string) string { return phoneRE.ReplaceAllString(r.Replace(s), "（电话略）") }
}
