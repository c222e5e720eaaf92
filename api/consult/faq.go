package consult

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"entgo.io/ent/dialect/sql"
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

// Matching is the FAQ entries holding at least half of the terms of text
// (rounded up: people phrase the same question differently — 许可证到期
// finds 排污许可证快到期了怎么办 by 许可 and 可证); nil when text has no term
// (every entry matches). One sub-select over the (gram, faq_id) index.
// text is at most MaxSearchRunes (BAD_USER_INPUT naming field).
func Matching(field, text string) (predicate.FAQEntry, error) {
	if input.Runes(text) > MaxSearchRunes {
		return nil, apperr.Input(field, "input.too_long", field, MaxSearchRunes)
	}
	gs := queryGrams(text)
	if len(gs) == 0 {
		return nil, nil
	}
	need := (len(gs) + 1) / 2
	args := make([]any, len(gs))
	for i, g := range gs {
		args[i] = g
	}
	return predicate.FAQEntry(func(s *sql.Selector) {
		t := sql.Table(faqgram.Table)
		matched := sql.Select(t.C(faqgram.FieldFaqID)).From(t).Where(sql.In(t.C(faqgram.FieldGram), args...)).
			GroupBy(t.C(faqgram.FieldFaqID)).Having(sql.GTE(sql.Count("*"), need))
		s.Where(sql.In(s.C(faqentry.FieldID), matched))
	}), nil
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
		q, err := tx.Question.Query().Where(question.ID(in.QuestionID)).
			WithReplies(func(r *ent.ReplyQuery) { r.Order(ent.Asc(reply.FieldCreatedAt), ent.Asc(reply.FieldID)) }).
			Only(ctx)
		if err != nil {
			return db.NotFoundAt("questionID", err)
		}
		if err := authz.Require(ctx, tx, &authz.QuestionPublishFAQ, q.ID); err != nil {
			return err
		}
		if q.Status != question.StatusCLOSED {
			return apperr.New(apperr.Conflict, "consult.not_resolved")
		}
		d, err := s.draftOf(ctx, tx, q)
		if err != nil {
			return err
		}
		title := pick(in.Title, d.Title)
		body := pick(in.Body, d.Body)
		answer := pick(in.Answer, d.Answer)
		for _, f := range []struct{ field, text, column string }{{"title", title, "title"}, {"body", body, "body"}, {"answer", answer, "answer"}} {
			if err := checkText(f.field, f.text, "FAQEntry", f.column); err != nil {
				return err
			}
		}
		item := q.ItemID
		if in.ItemID != nil {
			if _, err := tx.ChecklistItem.Get(ctx, *in.ItemID); err != nil {
				return db.NotFoundAt("itemID", err)
			}
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

// pick is the given text (trimmed) or, when none was given, the draft's.
func pick(given *string, draft string) string {
	if given != nil {
		return strings.TrimSpace(*given)
	}
	return draft
}

// Draft is what publishing a question would make of it, anonymised: its
// title and question, and its answers (the expert's and administrators'
// replies, in order).
type Draft struct{ Title, Body, Answer string }

// DraftFAQ is the FAQ entry publishing question id would write when no text
// is given — shown to the administrator to review and edit before
// publishing. Asked only by whoever may publish it (FORBIDDEN otherwise).
func (s *Service) DraftFAQ(ctx context.Context, id int) (*Draft, error) {
	c := db.Client(ctx, s.client)
	q, err := c.Question.Query().Where(question.ID(id)).
		WithReplies(func(r *ent.ReplyQuery) { r.Order(ent.Asc(reply.FieldCreatedAt), ent.Asc(reply.FieldID)) }).Only(ctx)
	if err != nil {
		return nil, db.NotFoundAt("questionID", err)
	}
	if err := authz.Require(ctx, c, &authz.QuestionPublishFAQ, q.ID); err != nil {
		return nil, err
	}
	return s.draftOf(ctx, c, q)
}

// draftOf anonymises q (loaded with its replies).
func (s *Service) draftOf(ctx context.Context, tx *ent.Client, q *ent.Question) (*Draft, error) {
	clean, err := s.anonymiserOf(ctx, tx, q)
	if err != nil {
		return nil, err
	}
	var answers []string
	for _, r := range q.Edges.Replies {
		if r.AuthorRole != reply.AuthorRoleENTERPRISE {
			answers = append(answers, r.Body)
		}
	}
	return &Draft{Title: strings.TrimSpace(clean(q.Title)), Body: strings.TrimSpace(clean(q.Body)),
		Answer: strings.TrimSpace(clean(strings.Join(answers, "\n\n")))}, nil
}

// What anonymising replaces whatever the enterprise: phone numbers (mobile,
// landline, with or without +86 and separators), e-mail addresses and
// unified social credit codes (统一社会信用代码), in text whose full-width
// digits and letters were folded (foldAlnum).
var (
	phoneRE = regexp.MustCompile(`(?:\+?86[\s.\-]?)?(?:1[3-9]\d(?:[\s.\-]?\d){8}|0\d{2,3}[\s.\-]?\d{7,8}|\b\d{7,8}\b)`)
	emailRE = regexp.MustCompile(`[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+`)
	// A credit code, and a permit number made of one (…001P).
	usccRE  = regexp.MustCompile(`(?i)\b[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}[0-9A-Z]*\b`)
	spaceRE = regexp.MustCompile(`\s+`)
)

// companySuffixes end enterprise names; what precedes them is the name
// people shorten it to.
var companySuffixes = []string{"股份有限公司", "有限责任公司", "有限公司", "集团", "公司", "厂"}

// placePrefixes start enterprise names (the registering place).
var placePrefixes = []string{"湖南省", "湖南", "长沙市", "长沙"}

// anonymiser replaces what names the asking enterprise in a question's
// texts: its full name and any four or more consecutive characters of its
// core name (the name without place and company form: 星城彩印 of 长沙星城彩印
// 包装有限公司), the names of its contacts and of the asker (with or without
// spaces between the characters), its credit code, and every phone number,
// e-mail address and credit code. Full-width digits and letters are folded
// first (foldAlnum), so they are caught too; punctuation stays as written. What it cannot know (a nickname, the
// traditional-script name) the administrator sees in the preview before
// publishing (faqDraft).
func anonymiser(e *ent.Enterprise, asker *ent.User) func(string) string {
	type sub struct {
		re   *regexp.Regexp
		with string
	}
	var subs []sub
	name := func(n, with string) {
		rs := []rune(spaceRE.ReplaceAllString(foldAlnum(n), ""))
		if len(rs) < 2 {
			return
		}
		parts := make([]string, len(rs))
		for i, r := range rs {
			parts[i] = regexp.QuoteMeta(string(r))
		}
		subs = append(subs, sub{regexp.MustCompile(strings.Join(parts, `\s*`)), with})
	}
	if e != nil {
		name(e.Name, "某企业")
		core := []rune(strings.TrimSpace(foldAlnum(e.Name)))
		for _, p := range placePrefixes {
			if c, ok := strings.CutPrefix(string(core), p); ok {
				core = []rune(c)
				break
			}
		}
		for _, suf := range companySuffixes {
			if c, ok := strings.CutSuffix(string(core), suf); ok {
				core = []rune(c)
				break
			}
		}
		// Every run of four or more of its characters, longest first.
		for n := len(core); n >= 4; n-- {
			for i := 0; i+n <= len(core); i++ {
				name(string(core[i:i+n]), "某企业")
			}
		}
		for _, c := range e.Contacts {
			name(c.Name, "某某")
		}
		if e.Address != "" {
			name(e.Address, "（地址略）")
		}
	}
	if asker != nil {
		name(asker.DisplayName, "某某")
	}
	return func(s string) string {
		s = foldAlnum(s)
		s = usccRE.ReplaceAllString(s, "（信用代码略）")
		s = emailRE.ReplaceAllString(s, "（邮箱略）")
		s = phoneRE.ReplaceAllString(s, "（电话略）")
		for _, x := range subs {
			s = x.re.ReplaceAllString(s, x.with)
		}
		return s
	}
}

// foldAlnum turns full-width digits, letters and spaces into ASCII ones —
// what anonymising matches on — and leaves everything else, Chinese
// punctuation (？，：（）) included, as written.
func foldAlnum(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９', r >= 'Ａ' && r <= 'Ｚ', r >= 'ａ' && r <= 'ｚ', r == '＠', r == '．', r == '－', r == '＋':
			return r - 0xFEE0
		case r == '\u3000':
			return ' '
		}
		return r
	}, s)
}

// anonymiserOf is the anonymiser of q's enterprise and asker, read by the
// system whoever publishes: what is hidden must not depend on what the
// publisher may see (the enterprise may have moved to another district).
func (s *Service) anonymiserOf(ctx context.Context, tx *ent.Client, q *ent.Question) (func(string) string, error) {
	sys := db.System(ctx)
	e, err := tx.Enterprise.Get(sys, q.EnterpriseID)
	if err != nil {
		return nil, err
	}
	var asker *ent.User
	if q.AskerID != nil {
		if asker, err = tx.User.Get(sys, *q.AskerID); err != nil && !ent.IsNotFound(err) {
			return nil, err
		}
	}
	return anonymiser(e, asker), nil
}
