package consult_test

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"entgo.io/ent/privacy"

	"greencheck/api/apperr"
	"greencheck/api/authz"
	"greencheck/api/consult"
	"greencheck/api/db"
	"greencheck/api/db/dbtest"
	"greencheck/api/demo"
	"greencheck/api/events"
	"greencheck/api/notify"
	"greencheck/ent"
	"greencheck/ent/checklistitem"
	"greencheck/ent/district"
	"greencheck/ent/enterprise"
	"greencheck/ent/faqentry"
	"greencheck/ent/finding"
	"greencheck/ent/notification"
	"greencheck/ent/question"
	"greencheck/ent/reply"
	"greencheck/ent/user"
)

var sys = privacy.DecisionContext(context.Background(), privacy.Allow)

type city struct {
	t      testing.TB
	c      *ent.Client
	svc    *consult.Service
	bus    *events.Local
	furong int
	qiye   *ent.User
}

func newCity(t testing.TB, dia string) *city {
	d := dbtest.Open(t, dia)
	if err := demo.Load(sys, d.Client, time.Date(2026, 12, 1, 8, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	bus := events.NewLocal()
	x := &city{t: t, c: d.Client, bus: bus}
	x.svc = consult.New(d.Client, bus, notify.New(d.Client, bus))
	x.furong = d.Client.District.Query().Where(district.NameZh("芙蓉区")).OnlyIDX(sys)
	x.qiye = d.Client.User.Query().Where(user.Username("qiye")).OnlyX(sys)
	return x
}

func (x *city) as(username string) context.Context { return dbtest.As(x.c, username) }

func (x *city) asUser(u *ent.User) context.Context { return dbtest.AsUser(x.c, u) }

// another is a user of an enterprise of district d other than qiye's.
func (x *city) another(d int) context.Context {
	return x.asUser(x.c.User.Query().Where(user.RoleEQ(user.RoleENTERPRISE), user.EnterpriseIDNEQ(*x.qiye.EnterpriseID),
		user.HasEnterpriseWith(enterprise.DistrictID(d))).FirstX(sys))
}

func code(err error) apperr.Code {
	if errors.Is(err, privacy.Deny) {
		return apperr.Forbidden
	}
	if ent.IsNotFound(err) {
		return apperr.NotFound
	}
	return apperr.CodeOf(err)
}

func field(err error) string {
	if e, ok := apperr.As(err); ok {
		return e.Field
	}
	return ""
}

func ptr[T any](v T) *T { return &v }

// photo records an uploaded photo of enterprise e (the file itself is the
// files package's business).
func (x *city) photo(e int) int {
	return x.c.Attachment.Create().SetEnterpriseID(e).SetSha256(strings.Repeat("ab", 32)).SetName("现场.jpg").
		SetContentType("image/jpeg").SetSize(1024).SaveX(sys).ID
}

// The whole loop as the issue tells it: qiye asks about a checklist item
// with a photo, the stationed expert hears of it at once and answers, qiye
// hears the answer, follows up, the expert answers again and resolves, qiye
// confirms, the city publishes it anonymised as an FAQ entry found by its
// words and filed under the item.
func TestAskAnswerConfirmPublish(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		x := newCity(t, dia)
		qiye, expert, admin := x.as("qiye"), x.as("expert"), x.as("admin")
		item := x.c.ChecklistItem.Query().Where(checklistitem.Code("FAC-04")).FirstX(sys)
		photo := x.photo(*x.qiye.EnterpriseID)

		sub, cancel := context.WithCancel(expert)
		defer cancel()
		heard, err := x.svc.Subscribe(sub, nil)
		if err != nil {
			t.Fatal(err)
		}
		asker, cancelAsker := context.WithCancel(qiye)
		defer cancelAsker()
		mine, err := x.svc.Subscribe(asker, nil)
		if err != nil {
			t.Fatal(err)
		}
		// A district administrator of another district hears nothing.
		other := x.c.User.Query().Where(user.Username("yuelu")).OnlyX(sys)
		osub, cancelOther := context.WithCancel(x.asUser(other))
		defer cancelOther()
		elsewhere, err := x.svc.Subscribe(osub, nil)
		if err != nil {
			t.Fatal(err)
		}

		e := x.c.Enterprise.GetX(sys, *x.qiye.EnterpriseID)
		contact := []rune(e.Contacts[0].Name)
		spaced := string(contact[:1]) + " " + string(contact[1:])
		// The ways people write who they are: full-width and dotted phone
		// numbers, a lower-case credit code, a spaced name, the short name.
		body := "喷漆房活性炭多久换一次？我是" + spaced + "，电话 １８０８８００３８７５ 或 138.0013.8000，座机 0731-84512345，" +
			"邮箱 zhu@example.com，信用代码 " + strings.ToLower(e.CreditCode) + "，我们星城彩印包装去年换过一次，截至 2025-01-15。"
		q, err := x.svc.Ask(qiye, consult.AskInput{Title: "活性炭更换周期（" + spaced + "）", Body: body,
			ItemID: &item.ID, AttachmentIDs: []int{photo}, ClientKey: ptr("k-1")})
		if err != nil {
			t.Fatal(err)
		}
		if q.DistrictID != x.furong || q.Status != question.StatusOPEN {
			t.Fatalf("asked %+v", q)
		}
		// Retried from a bad network: the same question.
		again, err := x.svc.Ask(qiye, consult.AskInput{Title: "活性炭更换周期", Body: "喷漆房活性炭多久换一次？", ClientKey: ptr("k-1")})
		if err != nil || again.ID != q.ID {
			t.Fatalf("retry: %v %v", again, err)
		}
		if n := x.c.Question.Query().Where(question.ClientKey("k-1")).CountX(sys); n != 1 {
			t.Fatalf("%d questions for one key", n)
		}
		expectEvent(t, heard, q.ID, "the expert")
		expectEvent(t, mine, q.ID, "the asker")
		// The stationed expert and furong were told.
		for _, name := range []string{"expert", "furong"} {
			u := x.c.User.Query().Where(user.Username(name)).OnlyX(sys)
			if n := x.c.Notification.Query().Where(notification.UserID(u.ID), notification.Kind("QUESTION_ASKED"),
				notification.Link("/consult/"+strconv.Itoa(q.ID))).CountX(sys); n != 1 {
				t.Fatalf("%s told %d times", name, n)
			}
		}

		can := func(ctx context.Context) authz.QuestionViewerCan {
			t.Helper()
			got, err := x.c.Question.Get(ctx, q.ID)
			if err != nil {
				t.Fatal(err)
			}
			c, err := authz.ForQuestion(ctx, x.c, got)
			if err != nil {
				t.Fatal(err)
			}
			return *c
		}
		if c := can(expert); !c.Reply || c.Resolve || c.Confirm || c.PublishFAQ {
			t.Fatalf("expert before answering: %+v", c)
		}
		if c := can(qiye); !c.Reply || c.Confirm {
			t.Fatalf("qiye before an answer: %+v", c)
		}
		if _, err := x.svc.Confirm(qiye, q.ID); code(err) != apperr.Conflict {
			t.Fatalf("confirming an unanswered question: %v", err)
		}

		r, err := x.svc.Reply(expert, consult.ReplyInput{QuestionID: q.ID, Body: "按装填量×动态吸附量估算，一般三个月。"})
		if err != nil {
			t.Fatal(err)
		}
		if r.AuthorRole != reply.AuthorRoleEXPERT || r.ExpertID == nil {
			t.Fatalf("answer %+v", r)
		}
		q = x.c.Question.GetX(sys, q.ID)
		if q.Status != question.StatusANSWERED || q.FirstAnsweredAt == nil || q.FirstAnswererID == nil {
			t.Fatalf("after the answer %+v", q)
		}
		first := *q.FirstAnsweredAt
		expectEvent(t, mine, q.ID, "the asker, answered")
		if c := can(qiye); !c.Confirm || c.Resolve {
			t.Fatalf("qiye after the answer: %+v", c)
		}
		if c := can(expert); !c.Resolve || c.Confirm {
			t.Fatalf("expert after the answer: %+v", c)
		}

		// A follow-up opens it again; the first answer's time stays.
		if _, err := x.svc.Reply(qiye, consult.ReplyInput{QuestionID: q.ID, Body: "废活性炭怎么处置？", ClientKey: ptr("f-1")}); err != nil {
			t.Fatal(err)
		}
		if _, err := x.svc.Reply(qiye, consult.ReplyInput{QuestionID: q.ID, Body: "废活性炭怎么处置？", ClientKey: ptr("f-1")}); err != nil {
			t.Fatal(err)
		}
		if n := x.c.Reply.Query().Where(reply.QuestionID(q.ID)).CountX(sys); n != 2 {
			t.Fatalf("%d replies after a retried follow-up", n)
		}
		q = x.c.Question.GetX(sys, q.ID)
		if q.Status != question.StatusOPEN || !q.FirstAnsweredAt.Equal(first) {
			t.Fatalf("after the follow-up %+v", q)
		}
		if _, err := x.svc.Reply(expert, consult.ReplyInput{QuestionID: q.ID, Body: "按 HW49 交有资质单位处置。"}); err != nil {
			t.Fatal(err)
		}
		if q, err = x.svc.Resolve(expert, q.ID); err != nil || q.Status != question.StatusCLOSED || q.ResolvedAt == nil {
			t.Fatalf("resolve: %+v %v", q, err)
		}
		if _, err := x.svc.PublishFAQ(x.as("expert"), consult.PublishInput{QuestionID: q.ID}); code(err) != apperr.Forbidden {
			t.Fatalf("an expert publishing: %v", err)
		}
		if q, err = x.svc.Confirm(qiye, q.ID); err != nil || q.ConfirmedAt == nil {
			t.Fatalf("confirm: %+v %v", q, err)
		}
		if _, err := x.svc.Reply(qiye, consult.ReplyInput{QuestionID: q.ID, Body: "还有一个问题"}); code(err) != apperr.Conflict {
			t.Fatalf("a message after confirming: %v", err)
		}
		if c := can(qiye); c.Reply || c.Confirm {
			t.Fatalf("qiye after confirming: %+v", c)
		}
		if c := can(x.as("furong")); !c.PublishFAQ {
			t.Fatalf("furong may publish its district's question: %+v", c)
		}
		if c := can(x.as("admin")); !c.PublishFAQ {
			t.Fatalf("the city may publish: %+v", c)
		}

		if _, err := x.svc.DraftFAQ(expert, q.ID); code(err) != apperr.Forbidden {
			t.Fatalf("an expert drafting an FAQ: %v", err)
		}
		d, err := x.svc.DraftFAQ(x.as("furong"), q.ID)
		if err != nil {
			t.Fatal(err)
		}
		f, err := x.svc.PublishFAQ(admin, consult.PublishInput{QuestionID: q.ID})
		if err != nil {
			t.Fatal(err)
		}
		if f.Title != d.Title || f.Body != d.Body || f.Answer != d.Answer {
			t.Fatalf("published %+v, the draft shown was %+v", f, d)
		}
		for _, text := range []string{f.Title, f.Body, f.Answer} {
			for _, secret := range []string{e.Name, e.CreditCode, strings.ToLower(e.CreditCode), e.Contacts[0].Name, spaced,
				"18088003875", "１８０８８００３８７５", "138.0013.8000", "84512345", "zhu@example.com", "星城彩印"} {
				if strings.Contains(text, secret) {
					t.Fatalf("the FAQ names %q: %q", secret, text)
				}
			}
		}
		if !strings.Contains(f.Body, "2025-01-15") || !strings.Contains(f.Body, "活性炭多久换一次？") {
			t.Fatalf("anonymising took more than it should: %q", f.Body)
		}
		if f.ItemID == nil || *f.ItemID != item.ID || !strings.Contains(f.Answer, "HW49") {
			t.Fatalf("faq %+v", f)
		}
		// Found by its words, as any signed-in user — another district's
		// enterprise included; not by words it does not hold.
		reader := x.another(x.c.District.Query().Where(district.NameZh("岳麓区")).OnlyIDX(sys))
		for text, want := range map[string]bool{"活性炭": true, "HW49": true, "喷漆 周期": true, "废水在线": false, "": true} {
			p, err := consult.Matching("text", text)
			if err != nil {
				t.Fatal(err)
			}
			qq := x.c.FAQEntry.Query().Where(faqentry.ID(f.ID))
			if p != nil {
				qq.Where(p)
			}
			if got := qq.ExistX(reader); got != want {
				t.Fatalf("search %q found it: %v", text, got)
			}
		}
		// Published again after an edit: the same entry, found by its new words.
		f2, err := x.svc.PublishFAQ(admin, consult.PublishInput{QuestionID: q.ID, Title: ptr("废活性炭的处置")})
		if err != nil || f2.ID != f.ID || f2.Title != "废活性炭的处置" {
			t.Fatalf("republish: %+v %v", f2, err)
		}
		p, _ := consult.Matching("text", "处置")
		if !x.c.FAQEntry.Query().Where(faqentry.ID(f.ID), p).ExistX(reader) {
			t.Fatal("the edited entry is not found by its new title")
		}
		select {
		case e := <-elsewhere:
			t.Fatalf("another district's administrator heard of question %d", e.ID)
		default:
		}
	})
}

// Every bad input the issue names, and the privacy of the channels: a coded
// error and nothing written.
func TestChannelsRefuse(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		x := newCity(t, dia)
		qiye := x.as("qiye")
		yuelu := x.c.District.Query().Where(district.NameZh("岳麓区")).OnlyIDX(sys)
		before := x.c.Question.Query().CountX(sys)
		refuse := func(name string, err error, want apperr.Code, wantField string) {
			t.Helper()
			if code(err) != want || (wantField != "" && field(err) != wantField) {
				t.Fatalf("%s: %v (code %s, field %q), want %s at %q", name, err, code(err), field(err), want, wantField)
			}
		}
		ask := func(ctx context.Context, in consult.AskInput) error {
			if in.Title == "" {
				in.Title = "问题"
			}
			if in.Body == "" {
				in.Body = "内容"
			}
			_, err := x.svc.Ask(ctx, in)
			return err
		}
		refuse("another district's channel", ask(qiye, consult.AskInput{DistrictID: &yuelu}), apperr.BadUserInput, "districtID")
		theirs := x.c.Finding.Query().Where(finding.EnterpriseIDNEQ(*x.qiye.EnterpriseID)).FirstIDX(sys)
		refuse("another enterprise's finding", ask(qiye, consult.AskInput{FindingID: &theirs}), apperr.NotFound, "findingID")
		photo := x.photo(x.c.Enterprise.Query().Where(enterprise.IDNEQ(*x.qiye.EnterpriseID), enterprise.DistrictID(x.furong)).FirstIDX(sys))
		refuse("another enterprise's photo", ask(qiye, consult.AskInput{AttachmentIDs: []int{photo}}), apperr.BadUserInput, "attachmentIDs")
		refuse("an expert asking", ask(x.as("expert"), consult.AskInput{}), apperr.Forbidden, "")
		refuse("an administrator asking", ask(x.as("furong"), consult.AskInput{}), apperr.Forbidden, "")
		refuse("an empty title", ask(qiye, consult.AskInput{Title: "  ", Body: "x"}), apperr.BadUserInput, "title")
		long := make([]rune, 5001)
		for i := range long {
			long[i] = '问'
		}
		refuse("a long body", ask(qiye, consult.AskInput{Body: string(long)}), apperr.BadUserInput, "body")
		refuse("an empty key", ask(qiye, consult.AskInput{ClientKey: ptr("")}), apperr.BadUserInput, "clientKey")
		// The data layer itself keeps the channel, whoever writes.
		_, err := x.c.Question.Create().SetDistrictID(yuelu).SetEnterpriseID(*x.qiye.EnterpriseID).
			SetTitle("t").SetBody("b").Save(sys)
		refuse("the system writing into another channel", err, apperr.BadUserInput, "districtID")
		if n := x.c.Question.Query().CountX(sys); n != before {
			t.Fatalf("%d questions written by refused requests", n-before)
		}

		// An enterprise that moves takes its questions to its new channel.
		mover := x.c.Enterprise.Query().Where(enterprise.DistrictID(x.furong), enterprise.IDNEQ(*x.qiye.EnterpriseID)).FirstX(sys)
		moved, err := x.svc.Ask(x.asUser(x.c.User.Query().Where(user.EnterpriseID(mover.ID)).FirstX(sys)), consult.AskInput{Title: "搬迁前的问题", Body: "内容"})
		if err != nil {
			t.Fatal(err)
		}
		x.c.Enterprise.UpdateOne(mover).SetDistrictID(yuelu).ExecX(x.as("admin"))
		if got := x.c.Question.GetX(sys, moved.ID); got.DistrictID != yuelu {
			t.Fatalf("the question stayed in channel %d", got.DistrictID)
		}
		if _, err := x.c.Question.Get(x.as("yuelu"), moved.ID); err != nil {
			t.Fatalf("the new district cannot read it: %v", err)
		}
		if _, err := x.c.Question.Get(x.as("furong"), moved.ID); !ent.IsNotFound(err) {
			t.Fatalf("the old district still reads it: %v", err)
		}
		x.c.Enterprise.UpdateOne(mover).SetDistrictID(x.furong).ExecX(x.as("admin"))

		// A question in 芙蓉区: 岳麓区's people neither see nor answer it.
		q, err := x.svc.Ask(qiye, consult.AskInput{Title: "问题", Body: "内容"})
		if err != nil {
			t.Fatal(err)
		}
		replies := x.c.Reply.Query().CountX(sys)
		outsider := x.c.User.Query().Where(user.RoleEQ(user.RoleEXPERT), user.Not(user.HasDistrictsWith(district.ID(x.furong)))).FirstX(sys)
		for name, ctx := range map[string]context.Context{"a non-stationed expert": x.asUser(outsider),
			"another district's administrator": x.as("yuelu"), "another enterprise": x.another(x.furong)} {
			if _, err := x.svc.Reply(ctx, consult.ReplyInput{QuestionID: q.ID, Body: "答复"}); code(err) != apperr.NotFound {
				t.Fatalf("%s answering: %v", name, err)
			}
			if _, err := x.c.Question.Get(ctx, q.ID); !ent.IsNotFound(err) {
				t.Fatalf("%s sees the question: %v", name, err)
			}
			if _, err := x.svc.Resolve(ctx, q.ID); code(err) != apperr.NotFound {
				t.Fatalf("%s resolving: %v", name, err)
			}
		}
		// The stationed expert may answer — with photos of the question's
		// enterprise only — but never confirm for the asker.
		expert := x.as("expert")
		if _, err := x.svc.Reply(expert, consult.ReplyInput{QuestionID: q.ID, Body: "答复", AttachmentIDs: []int{photo}}); code(err) != apperr.BadUserInput {
			t.Fatalf("an answer with another enterprise's photo: %v", err)
		}
		if _, err := x.svc.Reply(expert, consult.ReplyInput{QuestionID: q.ID, Body: "答复"}); err != nil {
			t.Fatal(err)
		}
		if _, err := x.svc.Confirm(expert, q.ID); code(err) != apperr.Forbidden {
			t.Fatalf("an expert confirming: %v", err)
		}
		if _, err := x.svc.Confirm(x.as("admin"), q.ID); code(err) != apperr.Forbidden {
			t.Fatalf("the city confirming for the enterprise: %v", err)
		}
		// Nor may the enterprise resolve for the expert, or touch the
		// answer's bookkeeping through the data layer.
		if _, err := x.svc.Resolve(qiye, q.ID); code(err) != apperr.Forbidden {
			t.Fatalf("the enterprise resolving: %v", err)
		}
		if err := x.c.Question.UpdateOneID(q.ID).ClearFirstAnsweredAt().Exec(qiye); !errors.Is(err, privacy.Deny) {
			t.Fatalf("the enterprise clearing the first answer: %v", err)
		}
		if _, err := x.svc.PublishFAQ(x.as("furong"), consult.PublishInput{QuestionID: q.ID}); code(err) != apperr.Conflict {
			t.Fatalf("publishing an unresolved question: %v", err)
		}
		if n := x.c.Reply.Query().CountX(sys); n != replies+1 {
			t.Fatalf("%d replies written, want 1", n-replies)
		}
		if _, err := consult.Matching("text", string(long[:51])); code(err) != apperr.BadUserInput {
			t.Fatalf("a long search: %v", err)
		}
	})
}

// Response figures against a fixture of known times; escalation once.
func TestResponseFiguresAndEscalation(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		x := newCity(t, dia)
		start := time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC)
		expertUser := x.c.User.Query().Where(user.Username("expert")).OnlyX(sys)
		// Five questions in 芙蓉区 answered after 10, 20, 30, 40 and 100
		// minutes, one never answered.
		e := *x.qiye.EnterpriseID
		for i, m := range []int{10, 20, 30, 40, 100, -1} {
			at := start.Add(time.Duration(i) * time.Hour)
			c := x.c.Question.Create().SetDistrictID(x.furong).SetEnterpriseID(e).SetTitle("t").SetBody("b").
				SetCreatedAt(at).SetUpdatedAt(at)
			if m >= 0 {
				c.SetFirstAnsweredAt(at.Add(time.Duration(m) * time.Minute)).SetFirstAnswererID(expertUser.ID).SetStatus(question.StatusANSWERED)
			}
			c.SaveX(sys)
		}
		fig := func(ctx context.Context) *consult.Figures {
			f, err := x.svc.Figures(ctx, start, start.AddDate(0, 1, 0))
			if err != nil {
				t.Fatal(err)
			}
			return f
		}
		f := fig(x.as("furong"))
		if r := f.Total; r.Asked != 6 || r.Answered != 5 || r.Open != 1 || *r.MedianMinutes != 30 || *r.P90Minutes != 100 {
			t.Fatalf("furong's figures %+v", r)
		}
		if len(f.ByAnswerer) != 1 || f.ByAnswerer[0].User == nil || f.ByAnswerer[0].User.ID != expertUser.ID ||
			f.ByAnswerer[0].Response.Answered != 5 {
			t.Fatalf("by answerer %+v", f.ByAnswerer)
		}
		if len(f.ByDistrict) != 1 || f.ByDistrict[0].District.ID != x.furong {
			t.Fatalf("by district %+v", f.ByDistrict)
		}
		if r := fig(x.as("yuelu")).Total; r.Asked != 0 || r.MedianMinutes != nil {
			t.Fatalf("yuelu sees 芙蓉区's questions: %+v", r)
		}
		if r := fig(x.as("qiye")).Total; r.Asked != 6 {
			t.Fatalf("qiye's own figures %+v", r)
		}
		if _, err := x.svc.Figures(x.as("admin"), start, start); code(err) != apperr.BadUserInput {
			t.Fatalf("an empty period: %v", err)
		}

		// The unanswered one is escalated once, four hours after it was asked.
		n, err := x.svc.Escalate(db.System(context.Background()), start.Add(5*time.Hour+consult.EscalateAfter-time.Minute))
		if err != nil || n != 0 {
			t.Fatalf("escalated early: %d %v", n, err)
		}
		n, err = x.svc.Escalate(db.System(context.Background()), start.Add(5*time.Hour+consult.EscalateAfter+time.Minute))
		if err != nil || n != 1 {
			t.Fatalf("escalated %d %v", n, err)
		}
		n, err = x.svc.Escalate(db.System(context.Background()), start.Add(48*time.Hour))
		if err != nil || n != 0 {
			t.Fatalf("escalated again: %d %v", n, err)
		}
		furong := x.c.User.Query().Where(user.Username("furong")).OnlyX(sys)
		if k := x.c.Notification.Query().Where(notification.UserID(furong.ID), notification.Kind("QUESTION_ESCALATED")).CountX(sys); k != 1 {
			t.Fatalf("furong told %d times", k)
		}
		if r := fig(x.as("furong")).Total; r.Escalated != 1 {
			t.Fatalf("escalated figure %+v", r)
		}
	})
}

// The demo's channels: answered questions with their first answers kept,
// FAQ entries under their items, found by their words.
func TestDemoChannels(t *testing.T) {
	x := newCity(t, "sqlite3")
	answered := x.c.Question.Query().Where(question.FirstAnsweredAtNotNil()).CountX(sys)
	if answered == 0 || x.c.FAQEntry.Query().CountX(sys) == 0 {
		t.Fatalf("%d answered questions, no FAQ", answered)
	}
	p, _ := consult.Matching("text", "活性炭")
	if !x.c.FAQEntry.Query().Where(p).ExistX(x.as("qiye")) {
		t.Fatal("no FAQ about 活性炭 in the demo")
	}
}

func expectEvent(t *testing.T, ch <-chan *ent.Question, id int, who string) {
	t.Helper()
	select {
	case q := <-ch:
		if q.ID != id {
			t.Fatalf("%s heard of %d, want %d", who, q.ID, id)
		}
	case <-time.After(5 * time.Second):
		t.Fatalf("%s heard nothing", who)
	}
}
