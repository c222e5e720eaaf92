package server_test

import (
	"testing"

	"greencheck/api/apitest"
	"greencheck/api/db/dbtest"
)

// The Q&A pages cost a constant number of statements whatever their size:
// the desk's page of questions (with enterprise and district), a thread
// with its replies and viewerCan, the FAQ under a self-check's items.
func TestQuestionPagesCostConstantStatements(t *testing.T) {
	const desk = `query($first: Int) { questions(first: $first, orderBy: { field: CREATED_AT, direction: ASC }) {
		totalCount pageInfo { hasNextPage endCursor }
		edges { node { id title status createdAt firstAnsweredAt escalatedAt enterprise { id name } district { id nameZh }
			viewerCan { answer reply resolve confirm publishFAQ } faqPublished } } } }`
	// (Replies by 20: 40 threads of 100 replies with their photos is over the cost limit.)
	const thread = `query($first: Int) { questions(first: $first) { edges { node { id
		replies(first: 20) { edges { node { id body authorRole fromAsker expert { name } attachments { id url } } } } } } } }`
	const faq = `query($first: Int) { faqSearch(text: "", first: $first, where: { hasItemWith: [{ codeIn: ["FAC-04", "MON-02", "LED-02"] }] }) {
		edges { node { id title item { id code } } } } }`
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.Demo(t, dia)
		if n := env.DB.Client.Question.Query().CountX(sys); n < 50 {
			t.Fatalf("the demo has %d questions", n)
		}
		for _, user := range []string{"admin", "furong", "expert"} {
			tok := env.Token(t, user)
			for name, q := range map[string]string{"desk": desk, "thread": thread, "faq": faq} {
				count := func(first int) int64 {
					env.DB.Counter.Reset()
					res := env.Do(t, apitest.Request{Query: q, Variables: map[string]any{"first": first}, Token: tok})
					if len(res.Errors) > 0 {
						t.Fatalf("%s %s: %s", user, name, res.Raw)
					}
					return env.DB.Counter.Count()
				}
				count(1) // the viewer cached
				if small, large := count(2), count(40); small != large {
					t.Errorf("%s %s %s: %d statements for 2 rows, %d for 40", dia, user, name, small, large)
				}
			}
		}
	})
}

// An expert uploads the photos of its answers for the enterprises of its
// districts, for no other.
func TestExpertUploadsWithinItsDistricts(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.Demo(t, dia)
		f := load(t, env)
		const upload = `mutation($in: UploadFilesInput!) { uploadFiles(input: $in) { attachments { id } } }`
		png := []apitest.File{{Name: "答复.png", Content: pngPhoto(t, 3)}}
		res := env.Upload(t, "expert", upload, map[string]any{"enterpriseID": itoa(f.furongEnt.ID)}, png)
		if len(res.Errors) > 0 {
			t.Fatalf("within its district: %s", res.Raw)
		}
		res = env.Upload(t, "expert", upload, map[string]any{"enterpriseID": itoa(f.yueluEnt.ID)}, png)
		if res.Code() != "FORBIDDEN" {
			t.Fatalf("another district's enterprise: %s", res.Raw)
		}
	})
}
