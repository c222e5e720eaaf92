package training_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"entgo.io/ent/privacy"

	"greencheck/api/apperr"
	"greencheck/api/db/dbtest"
	"greencheck/api/demo"
	"greencheck/api/events"
	"greencheck/api/files"
	"greencheck/api/notify"
	"greencheck/api/training"
	"greencheck/ent"
	"greencheck/ent/attendance"
	"greencheck/ent/district"
	"greencheck/ent/enterprise"
	"greencheck/ent/notification"
	"greencheck/ent/predicate"
	enttraining "greencheck/ent/training"
	"greencheck/ent/trainingmaterial"
	"greencheck/ent/user"
)

var sys = privacy.DecisionContext(context.Background(), privacy.Allow)

type city struct {
	c      *ent.Client
	svc    *training.Service
	files  *files.Service
	furong int
	yuelu  int
}

func newCity(t *testing.T, dia string) *city {
	d := dbtest.Open(t, dia)
	if err := demo.Load(sys, d.Client, time.Now().UTC()); err != nil {
		t.Fatal(err)
	}
	store, err := files.NewStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	fs := files.New(d.Client, store)
	return &city{c: d.Client, svc: training.New(d.Client, fs, notify.New(d.Client, events.NewLocal())), files: fs,
		furong: d.Client.District.Query().Where(district.NameZh("芙蓉区")).OnlyIDX(sys),
		yuelu:  d.Client.District.Query().Where(district.NameZh("岳麓区")).OnlyIDX(sys)}
}

func (x *city) as(username string) context.Context { return dbtest.As(x.c, username) }

func (x *city) asUser(u *ent.User) context.Context { return dbtest.AsUser(x.c, u) }

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

// Who schedules what, and the bad inputs: a coded error and nothing written.
func TestSchedule(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		x := newCity(t, dia)
		before := x.c.Training.Query().CountX(sys)
		in := training.ScheduleInput{Title: "VOCs 治理专题培训", Kind: enttraining.KindLIVE, StartsAt: time.Now().AddDate(0, 0, 7),
			DurationMinutes: 90, Audience: enttraining.AudienceENTERPRISES, LiveURL: "https://live.example.invalid/1", DistrictIDs: []int{x.furong}}
		refuse := func(name string, ctx context.Context, in training.ScheduleInput, want apperr.Code, at string) {
			t.Helper()
			_, err := x.svc.Schedule(ctx, in)
			if code(err) != want || (at != "" && field(err) != at) {
				t.Fatalf("%s: %v (%s at %q), want %s at %q", name, err, code(err), field(err), want, at)
			}
		}
		other := in
		other.DistrictIDs = []int{x.yuelu}
		refuse("furong for 岳麓区", x.as("furong"), other, apperr.Forbidden, "")
		whole := in
		whole.DistrictIDs = nil
		refuse("furong for the whole city", x.as("furong"), whole, apperr.Forbidden, "")
		refuse("the expert", x.as("expert"), in, apperr.Forbidden, "")
		refuse("an enterprise", x.as("qiye"), in, apperr.Forbidden, "")
		bad := in
		bad.DurationMinutes = 0
		refuse("no duration", x.as("furong"), bad, apperr.BadUserInput, "durationMinutes")
		bad = in
		bad.CompletionMinutes = ptr(91)
		refuse("a threshold past the end", x.as("furong"), bad, apperr.BadUserInput, "completionMinutes")
		for _, u := range []string{"javascript:alert(1)", "http://a b\n<script>", "https://", "ftp://x.example"} {
			bad = in
			bad.LiveURL = u
			refuse("a link "+u, x.as("furong"), bad, apperr.BadUserInput, "liveURL")
		}
		bad = in
		bad.DistrictIDs = []int{x.furong, 30064779999}
		refuse("an unknown district", x.as("admin"), bad, apperr.NotFound, "districtIDs")
		if n := x.c.Training.Query().CountX(sys); n != before {
			t.Fatalf("%d trainings written by refused requests", n-before)
		}
		tr, err := x.svc.Schedule(x.as("furong"), in)
		if err != nil {
			t.Fatal(err)
		}
		if training.Completion(tr) != 72 {
			t.Fatalf("default threshold %d, want 80 %% of 90", training.Completion(tr))
		}
		if _, err := x.svc.Schedule(x.as("admin"), whole); err != nil {
			t.Fatalf("the city for the whole city: %v", err)
		}
		if _, err := x.svc.SetReplay(x.as("furong"), tr.ID, "https://replay.example.invalid/1"); err != nil {
			t.Fatal(err)
		}
		if _, err := x.svc.SetReplay(x.as("yuelu"), tr.ID, "https://replay.example.invalid/2"); code(err) != apperr.Forbidden && code(err) != apperr.NotFound {
			t.Fatalf("yuelu changing furong's training: %v", err)
		}
	})
}

// Attendance: registering twice is one row; minutes reported twice count
// once; completion at the threshold; nobody records another's attendance.
func TestAttendance(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		x := newCity(t, dia)
		qiye := x.as("qiye")
		tr, err := x.svc.Schedule(x.as("admin"), training.ScheduleInput{Title: "排污许可执行报告", Kind: enttraining.KindRECORDED,
			StartsAt: time.Now().AddDate(0, 0, -1), DurationMinutes: 10, CompletionMinutes: ptr(6), Audience: enttraining.AudienceEVERYONE})
		if err != nil {
			t.Fatal(err)
		}
		a, err := x.svc.Register(qiye, tr.ID)
		if err != nil {
			t.Fatal(err)
		}
		if again, err := x.svc.Register(qiye, tr.ID); err != nil || again.ID != a.ID {
			t.Fatalf("registering twice: %v %v", again, err)
		}
		if a, err = x.svc.ReportWatched(qiye, tr.ID, []int{0, 1, 2}); err != nil || a.WatchedMinutes != 3 {
			t.Fatalf("after 3 minutes: %+v %v", a, err)
		}
		// The same report again (a retry), and an overlapping one.
		if a, err = x.svc.ReportWatched(qiye, tr.ID, []int{0, 1, 2}); err != nil || a.WatchedMinutes != 3 {
			t.Fatalf("a retried report counted: %+v %v", a, err)
		}
		if a, err = x.svc.ReportWatched(qiye, tr.ID, []int{2, 3, 4, 9, 10}); err != nil || a.WatchedMinutes != 6 || a.CompletedAt == nil {
			t.Fatalf("at the threshold (minute 10 is past the end): %+v %v", a, err)
		}
		if _, err := x.svc.ReportWatched(qiye, tr.ID, []int{-1}); code(err) != apperr.BadUserInput || field(err) != "minutes" {
			t.Fatalf("a negative minute: %v", err)
		}
		// Not for another district's enterprise, nor an administrators' training for anyone's.
		local, err := x.svc.Schedule(x.as("admin"), training.ScheduleInput{Title: "岳麓区专场", Kind: enttraining.KindLIVE,
			StartsAt: time.Now(), DurationMinutes: 30, Audience: enttraining.AudienceENTERPRISES, DistrictIDs: []int{x.yuelu}})
		if err != nil {
			t.Fatal(err)
		}
		// Trainings not meant for it are not seen: NOT_FOUND, as any row one may not read.
		if _, err := x.svc.Register(qiye, local.ID); code(err) != apperr.NotFound || field(err) != "trainingID" {
			t.Fatalf("qiye registering for 岳麓区's training: %v", err)
		}
		admins, err := x.svc.Schedule(x.as("admin"), training.ScheduleInput{Title: "管理人员培训", Kind: enttraining.KindLIVE,
			StartsAt: time.Now(), DurationMinutes: 30, Audience: enttraining.AudienceADMINISTRATORS})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := x.svc.Join(qiye, admins.ID); code(err) != apperr.NotFound || field(err) != "trainingID" {
			t.Fatalf("qiye joining an administrators' training: %v", err)
		}
		if _, err := x.svc.Register(x.as("furong"), tr.ID); code(err) != apperr.Forbidden {
			t.Fatalf("an administrator registering: %v", err)
		}
		if _, err := x.svc.Register(qiye, 1); code(err) != apperr.NotFound || field(err) != "trainingID" {
			t.Fatalf("an unknown training: %v", err)
		}
		// A colleague of the same enterprise cannot record qiye's attendance.
		q := x.c.User.Query().Where(user.Username("qiye")).OnlyX(sys)
		colleague := x.c.User.Create().SetUsername("qiye2").SetDisplayName("同事").SetPasswordHash("x").
			SetRole(user.RoleENTERPRISE).SetEnterpriseID(*q.EnterpriseID).SaveX(sys)
		err = x.c.Attendance.UpdateOneID(a.ID).SetWatchedMinutes(99).Exec(x.asUser(colleague))
		if !ent.IsNotFound(err) && !errors.Is(err, privacy.Deny) {
			t.Fatalf("a colleague changed the attendance: %v", err)
		}
		err = x.c.Attendance.Create().SetTrainingID(tr.ID).SetEnterpriseID(*q.EnterpriseID).SetUserID(q.ID).Exec(x.asUser(colleague))
		if !errors.Is(err, privacy.Deny) {
			t.Fatalf("a colleague registered qiye: %v", err)
		}
		if got := x.c.Attendance.GetX(sys, a.ID); got.WatchedMinutes != 6 {
			t.Fatalf("watched %d", got.WatchedMinutes)
		}

		// Coverage of the training: one enterprise, one head; furong sees
		// it (its district), yuelu nothing.
		c, err := x.svc.CoverageOf(x.as("admin"), &tr.ID)
		if err != nil {
			t.Fatal(err)
		}
		if c.Total != (training.Coverage{Registered: 1, Attended: 1, Completed: 1, Heads: 1}) || len(c.ByDistrict) != 1 || c.ByDistrict[0].District.ID != x.furong {
			t.Fatalf("coverage %+v", c)
		}
		if c, err := x.svc.CoverageOf(x.as("yuelu"), &tr.ID); err != nil || c.Total.Registered != 0 {
			t.Fatalf("yuelu's coverage of a 芙蓉区 attendance: %+v %v", c, err)
		}
	})
}

// The demo reproduces the real platform's figure: 1,300+ enterprise heads
// trained, through the API's coverage; the uncovered are the rest.
func TestDemoCoverage(t *testing.T) {
	x := newCity(t, "sqlite3")
	c, err := x.svc.CoverageOf(x.as("admin"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.Total.Heads < 1300 {
		t.Fatalf("%d heads trained, want 1,300+", c.Total.Heads)
	}
	covered := x.c.Attendance.Query().GroupBy(attendance.FieldEnterpriseID).StringsX(sys)
	if c.Enterprises-c.Uncovered != len(covered) || c.Enterprises != x.c.Enterprise.Query().CountX(sys) {
		t.Fatalf("%d enterprises, %d uncovered, %d covered", c.Enterprises, c.Uncovered, len(covered))
	}
	f, err := x.svc.CoverageOf(x.as("furong"), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range f.ByDistrict {
		if d.District.ID != x.furong {
			t.Fatalf("furong's coverage lists %s", d.District.NameZh)
		}
	}
}

// TrainingsMeantFor: each role reads the trainings meant for it — the city
// all; a district's administrators and experts the city's, their
// districts' and those their enterprises attended; an enterprise those for enterprises or everyone, of the whole
// city or its district, of its industry when industries are named (qiye is
// 2319, packaging printing, in 芙蓉区), and any it attended — through
// queries, Get and edge filters alike; industry prefixes are checked.
func TestTrainingsMeantFor(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		x := newCity(t, dia)
		admin := x.as("admin")
		demoTrainings := x.c.Training.Query().IDsX(sys)
		mk := func(title string, aud enttraining.Audience, districts []int, inds ...string) int {
			tr, err := x.svc.Schedule(admin, training.ScheduleInput{Title: title, Kind: enttraining.KindLIVE, StartsAt: time.Now(),
				DurationMinutes: 30, Audience: aud, DistrictIDs: districts, IndustryPrefixes: inds})
			if err != nil {
				t.Fatalf("%s: %v", title, err)
			}
			return tr.ID
		}
		E, A, V := enttraining.AudienceENTERPRISES, enttraining.AudienceADMINISTRATORS, enttraining.AudienceEVERYONE
		ids := map[string]int{
			"city":          mk("city", E, nil),
			"everyone":      mk("everyone", V, nil),
			"admins":        mk("admins", A, nil),
			"furong":        mk("furong", E, []int{x.furong}),
			"yuelu":         mk("yuelu", E, []int{x.yuelu}),
			"both":          mk("both", E, []int{x.furong, x.yuelu}),
			"printing":      mk("printing", E, nil, "23"),
			"chemicals":     mk("chemicals", E, nil, "26"),
			"class":         mk("class", V, nil, "2319", "2614"),
			"group":         mk("group", E, nil, "231"),
			"section":       mk("section", E, nil, "2"),
			"otherClass":    mk("otherClass", E, nil, "2311"),
			"furongChem":    mk("furongChem", E, []int{x.furong}, "26"),
			"yueluPrinting": mk("yueluPrinting", E, []int{x.yuelu}, "23"),
			"attended":      mk("attended", E, []int{x.yuelu}, "26"),
		}
		// Each was announced to those it is meant for (培训通知): qiye of the
		// eight for its enterprise, furong of the three for administrators
		// or everyone in the whole city.
		told := func(who string) int {
			return x.c.Notification.Query().Where(notification.Kind("TRAINING_SCHEDULED"),
				notification.HasUserWith(user.Username(who))).CountX(sys)
		}
		if q, f := told("qiye"), told("furong"); q != 8 || f != 3 {
			t.Errorf("announced to qiye %d times (want 8), to furong %d (want 3)", q, f)
		}
		qiyeUser := x.c.User.Query().Where(user.Username("qiye")).OnlyX(sys)
		x.c.Attendance.Create().SetTrainingID(ids["attended"]).SetEnterpriseID(*qiyeUser.EnterpriseID).SetUserID(qiyeUser.ID).
			SetRegisteredAt(time.Now()).ExecX(sys)
		want := map[string][]string{
			"qiye": {"city", "everyone", "furong", "both", "printing", "class", "group", "section", "attended"},
			// "attended" (岳麓区's) too: an enterprise of 芙蓉区 attended it.
			"furong": {"city", "everyone", "admins", "furong", "both", "printing", "chemicals", "class", "group", "section", "otherClass", "furongChem", "attended"},
			"yuelu":  {"city", "everyone", "admins", "yuelu", "both", "printing", "chemicals", "class", "group", "section", "otherClass", "yueluPrinting", "attended"},
			"expert": {"city", "everyone", "admins", "furong", "both", "printing", "chemicals", "class", "group", "section", "otherClass", "furongChem", "attended"},
		}
		names := map[int]string{}
		for n, id := range ids {
			names[id] = n
		}
		for who, names0 := range want {
			ctx := x.as(who)
			var got []string
			for _, tr := range x.c.Training.Query().Where(enttraining.IDNotIn(demoTrainings...)).AllX(ctx) {
				got = append(got, names[tr.ID])
			}
			slices.Sort(got)
			exp := slices.Clone(names0)
			slices.Sort(exp)
			if !slices.Equal(got, exp) {
				t.Errorf("%s reads %v, want %v", who, got, exp)
			}
			for n, id := range ids {
				_, err := x.c.Training.Get(ctx, id)
				if (err == nil) != slices.Contains(exp, n) {
					t.Errorf("%s Get(%s): %v", who, n, err)
				}
			}
			// A filter across the edge is a read: attendances through trainings
			// it may not read are not matched (qiye's own attendance of
			// "attended" is the only one here).
			n := x.c.Attendance.Query().Where(attendance.HasTrainingWith(enttraining.IDIn(ids["yuelu"], ids["attended"], ids["yueluPrinting"]))).CountX(ctx)
			if who == "qiye" && n != 1 {
				t.Errorf("qiye counts %d attendances through trainings, want its own 1", n)
			}
		}
		if n := x.c.Training.Query().Where(enttraining.IDNotIn(demoTrainings...)).CountX(admin); n != len(ids) {
			t.Errorf("the city reads %d of %d", n, len(ids))
		}
		// qiye registers for a training of its industry, not for another industry's.
		if _, err := x.svc.Register(x.as("qiye"), ids["class"]); err != nil {
			t.Errorf("registering for its class: %v", err)
		}
		if _, err := x.svc.Register(x.as("qiye"), ids["chemicals"]); code(err) != apperr.NotFound || field(err) != "trainingID" {
			t.Errorf("registering for another industry's: %v", err)
		}
		// A training's coverage counts the enterprises it is meant for:
		// "class" (2319, 2614) is meant for those classes in the city, and
		// for furong those of 芙蓉区; qiye registered, the rest are uncovered.
		for who, ps := range map[string][]predicate.Enterprise{"admin": nil, "furong": {enterprise.DistrictID(x.furong)}} {
			meant := x.c.Enterprise.Query().Where(append(ps, enterprise.IndustryCodeIn("2319", "2614"))...).CountX(sys)
			c, err := x.svc.CoverageOf(x.as(who), ptr(ids["class"]))
			if err != nil || c.Training == nil || c.Training.ID != ids["class"] || c.Enterprises != meant || c.Uncovered != meant-1 || meant < 2 {
				t.Errorf("%s: coverage of class %+v (%v), want %d enterprises, %d uncovered", who, c, err, meant, meant-1)
			}
		}
		if c, err := x.svc.CoverageOf(admin, ptr(ids["admins"])); err != nil || c.Enterprises != 0 || c.Uncovered != 0 {
			t.Errorf("an administrators' training meant for enterprises: %+v %v", c, err)
		}
		// Industry prefixes are 1–4 digits; stored once each, in order.
		for i, bad := range [][]string{{"C26"}, {"23", ""}, {"23456"}, {"2 6"}} {
			_, err := x.svc.Schedule(admin, training.ScheduleInput{Title: "x", Kind: enttraining.KindLIVE, StartsAt: time.Now(),
				DurationMinutes: 30, Audience: E, IndustryPrefixes: bad})
			if code(err) != apperr.BadUserInput || !strings.HasPrefix(field(err), "industryPrefixes.") {
				t.Errorf("case %d %q: %v", i, bad, err)
			}
		}
		tr := x.c.Training.GetX(sys, mk("dup", E, nil, "26", "23", "26"))
		if got := training.IndustryPrefixes(tr); !slices.Equal(got, []string{"23", "26"}) || tr.IndustryPrefixes != ",23,26," {
			t.Errorf("stored %q, read %v", tr.IndustryPrefixes, got)
		}
	})
}

var pdf = []byte("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")

func pdfFile(name string, salt int) files.File {
	b := append(append([]byte{}, pdf...), []byte(fmt.Sprintf("%% %d\n", salt))...)
	return files.File{Name: name, Size: int64(len(b)), Content: bytes.NewReader(b)}
}

// TrainingMaterials: a district administrator adds the slides of its own
// training (a retry adds nothing), not to another district's or the
// city's; each file is read by those the training is meant for and served
// through /files; removing one keeps the contents another record uses.
func TestTrainingMaterials(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		x := newCity(t, dia)
		furong := x.as("furong")
		own, err := x.svc.Schedule(furong, training.ScheduleInput{Title: "芙蓉区 VOCs 专场", Kind: enttraining.KindRECORDED,
			StartsAt: time.Now(), DurationMinutes: 30, Audience: enttraining.AudienceENTERPRISES, DistrictIDs: []int{x.furong}})
		if err != nil {
			t.Fatal(err)
		}
		cityWide, err := x.svc.Schedule(x.as("admin"), training.ScheduleInput{Title: "全市培训", Kind: enttraining.KindRECORDED,
			StartsAt: time.Now(), DurationMinutes: 30, Audience: enttraining.AudienceENTERPRISES})
		if err != nil {
			t.Fatal(err)
		}
		key := "slides-1"
		if _, err := x.svc.AddMaterials(furong, own.ID, []files.File{pdfFile("课件.pdf", 1), pdfFile("讲义.pdf", 2)}, &key); err != nil {
			t.Fatal(err)
		}
		if _, err := x.svc.AddMaterials(furong, own.ID, []files.File{pdfFile("课件.pdf", 1), pdfFile("讲义.pdf", 2)}, &key); err != nil {
			t.Fatal(err)
		}
		if n := x.c.TrainingMaterial.Query().Where(trainingmaterial.TrainingID(own.ID)).CountX(sys); n != 2 {
			t.Fatalf("%d materials after a retried upload, want 2", n)
		}
		// The same key for another request is not a retry: CONFLICT, nothing stored.
		second, err := x.svc.Schedule(furong, training.ScheduleInput{Title: "芙蓉区第二场", Kind: enttraining.KindRECORDED,
			StartsAt: time.Now(), DurationMinutes: 30, Audience: enttraining.AudienceENTERPRISES, DistrictIDs: []int{x.furong}})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := x.svc.AddMaterials(furong, second.ID, []files.File{pdfFile("其他.pdf", 9)}, &key); code(err) != apperr.Conflict || field(err) != "clientKey" {
			t.Errorf("a reused key for another training: %v", err)
		}
		// Not to the city's training, nor another district's, nor by an expert or an enterprise.
		for who, id := range map[string]int{"furong": cityWide.ID, "yuelu": own.ID, "expert": own.ID, "qiye": own.ID} {
			_, err := x.svc.AddMaterials(x.as(who), id, []files.File{pdfFile("x.pdf", 3)}, nil)
			if c := code(err); c != apperr.Forbidden && c != apperr.NotFound {
				t.Errorf("%s adding to %d: %v", who, id, err)
			}
		}
		if _, err := x.svc.AddMaterials(x.as("admin"), own.ID, []files.File{{Name: "x.exe", Size: 4, Content: bytes.NewReader([]byte("MZ\x90\x00"))}}, nil); code(err) != apperr.BadUserInput || field(err) != "files" {
			t.Errorf("an executable: %v", err)
		}
		if n := x.c.TrainingMaterial.Query().CountX(sys); n != 2 {
			t.Fatalf("%d materials after refused uploads", n)
		}
		// Read by those the training is meant for: qiye (芙蓉区), furong, the city — not yuelu's enterprises.
		other := x.c.User.Query().Where(user.RoleEQ(user.RoleENTERPRISE), user.HasEnterpriseWith(enterprise.DistrictID(x.yuelu))).FirstX(sys)
		for who, ctx := range map[string]context.Context{"qiye": x.as("qiye"), "furong": furong, "admin": x.as("admin"), "yuelu": x.as("yuelu"), "岳麓区企业": x.asUser(other)} {
			n := x.c.TrainingMaterial.Query().CountX(ctx)
			want := 2
			if who == "yuelu" || who == "岳麓区企业" {
				want = 0
			}
			if n != want {
				t.Errorf("%s reads %d materials, want %d", who, n, want)
			}
		}
		// Removing one: by furong, not by yuelu; the other stays. The
		// city's training's material, which furong reads, is not its to remove.
		cityKey := "city-1"
		if _, err := x.svc.AddMaterials(x.as("admin"), cityWide.ID, []files.File{pdfFile("全市课件.pdf", 4)}, &cityKey); err != nil {
			t.Fatal(err)
		}
		cm := x.c.TrainingMaterial.Query().Where(trainingmaterial.TrainingID(cityWide.ID)).OnlyX(sys)
		if _, err := x.svc.RemoveMaterial(furong, cm.ID); code(err) != apperr.Forbidden {
			t.Errorf("furong removing the city's material: %v", err)
		}
		x.c.TrainingMaterial.DeleteOne(cm).ExecX(sys)
		m := x.c.TrainingMaterial.Query().Where(trainingmaterial.Name("课件.pdf")).OnlyX(sys)
		if _, err := x.svc.RemoveMaterial(x.as("yuelu"), m.ID); code(err) != apperr.NotFound || field(err) != "id" {
			t.Errorf("yuelu removing: %v", err)
		}
		if _, err := x.svc.RemoveMaterial(furong, m.ID); err != nil {
			t.Fatal(err)
		}
		if names := x.c.TrainingMaterial.Query().Select(trainingmaterial.FieldName).StringsX(sys); !slices.Equal(names, []string{"讲义.pdf"}) {
			t.Errorf("left %v", names)
		}
		// The sweep keeps what a material uses and drops what nothing uses.
		removed, err := x.files.Sweep(context.Background(), -time.Hour)
		if err != nil || removed != 2 {
			t.Errorf("swept %d (%v), want the removed slides' and the city's material's contents only", removed, err)
		}
		kept := x.c.TrainingMaterial.Query().OnlyX(sys)
		if !x.files.Store().Has(kept.Sha256) {
			t.Error("the sweep removed a material's contents")
		}
	})
}
