package server_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"image"
	"image/color"
	"image/png"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"greencheck/api/apitest"
	"greencheck/api/db/dbtest"
	"greencheck/ent/attachment"
	"greencheck/ent/finding"
	"greencheck/ent/user"
)

const uploadQ = `mutation($in:UploadFilesInput!){uploadFiles(input:$in){attachments{id name contentType size sha256 url}}}`

type uploaded struct {
	UploadFiles struct {
		Attachments []struct {
			ID, Name, ContentType, Sha256, URL string
			Size                               int64
		}
	}
}

// pngPhoto is a real PNG image, different for each seed.
func pngPhoto(t *testing.T, seed uint8) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 40, 30))
	for x := 0; x < 40; x++ {
		for y := 0; y < 30; y++ {
			img.Set(x, y, color.RGBA{seed, uint8(x * 6), uint8(y * 8), 255})
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

var pdfDoc = []byte("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")

// storedFiles lists the contents in the store (not its tmp folder).
func storedFiles(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	_ = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			out = append(out, strings.TrimPrefix(p, dir))
		}
		return nil
	})
	return out
}

func enterpriseUser(t *testing.T, env *apitest.Env, enterpriseID int) string {
	t.Helper()
	u, err := env.DB.Client.User.Query().Where(user.EnterpriseID(enterpriseID)).First(sys)
	if err != nil {
		t.Fatal(err)
	}
	return u.Username
}

// TestUploadEvidence: qiye uploads a photo and a PDF, gets them back
// through /files/{id} with the right type and name, attaches them to a
// rectification; its district can open them; another enterprise and
// another district cannot, by header, by link or by attaching them.
func TestUploadEvidence(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.NewDemo(t, dia)
		f := load(t, env)
		photo := pngPhoto(t, 1)
		var up uploaded
		env.Upload(t, "qiye", uploadQ, map[string]any{"clientKey": "k-1"},
			[]apitest.File{{Name: "活性炭更换.png", Content: photo}, {Name: "台账.pdf", Content: pdfDoc}}).Decode(t, &up)
		got := up.UploadFiles.Attachments
		if len(got) != 2 || got[0].ContentType != "image/png" || got[1].ContentType != "application/pdf" ||
			got[0].Size != int64(len(photo)) || got[0].Name != "活性炭更换.png" {
			t.Fatalf("uploaded: %+v", got)
		}
		sum := sha256.Sum256(photo)
		if got[0].Sha256 != hex.EncodeToString(sum[:]) {
			t.Errorf("sha256 %s", got[0].Sha256)
		}
		if _, err := os.Stat(filepath.Join(env.FilesDir, got[0].Sha256[:2], got[0].Sha256)); err != nil {
			t.Errorf("content not stored by its hash: %v", err)
		}

		// A retry with the same key returns the same files and stores nothing new.
		var again uploaded
		env.Upload(t, "qiye", uploadQ, map[string]any{"clientKey": "k-1"},
			[]apitest.File{{Name: "活性炭更换.png", Content: photo}, {Name: "台账.pdf", Content: pdfDoc}}).Decode(t, &again)
		if len(again.UploadFiles.Attachments) != 2 || again.UploadFiles.Attachments[0].ID != got[0].ID {
			t.Errorf("retry made new attachments: %+v", again)
		}
		if n, _ := env.DB.Client.Attachment.Query().Where(attachment.EnterpriseID(f.qiyeEnt.ID)).Count(sys); n != 2 {
			t.Errorf("qiye has %d attachments, want 2", n)
		}

		// The link opens the file for qiye, inline, with its name.
		res, body := env.Get(t, got[0].URL, "")
		if res.StatusCode != http.StatusOK || !bytes.Equal(body, photo) || res.Header.Get("Content-Type") != "image/png" ||
			!strings.Contains(res.Header.Get("Content-Disposition"), "inline; filename*=UTF-8''") ||
			res.Header.Get("X-Content-Type-Options") != "nosniff" {
			t.Fatalf("download: %d %v", res.StatusCode, res.Header)
		}
		res, _ = env.Get(t, got[1].URL+"&download=1", "")
		if !strings.HasPrefix(res.Header.Get("Content-Disposition"), "attachment;") {
			t.Errorf("download=1: %v", res.Header.Get("Content-Disposition"))
		}
		path := "/files/" + got[0].ID
		if res, _ := env.Get(t, path, env.Token(t, "furong")); res.StatusCode != http.StatusOK {
			t.Errorf("furong (its district) gets %d", res.StatusCode)
		}
		for _, who := range []string{"yuelu", enterpriseUser(t, env, f.furongEnt.ID)} {
			if res, _ := env.Get(t, path, env.Token(t, who)); res.StatusCode != http.StatusNotFound {
				t.Errorf("%s gets %d, want 404", who, res.StatusCode)
			}
		}
		if res, _ := env.Get(t, path, ""); res.StatusCode != http.StatusUnauthorized {
			t.Errorf("anonymous gets %d", res.StatusCode)
		}
		// A link is bound to its file: its token does not open another one,
		// nor does it work as a session.
		tok := got[0].URL[strings.Index(got[0].URL, "?t=")+3:]
		if res, _ := env.Get(t, "/files/"+got[1].ID+"?t="+tok, ""); res.StatusCode != http.StatusUnauthorized {
			t.Errorf("a link token opened another file: %d", res.StatusCode)
		}
		if r := env.Do(t, apitest.Request{Query: `{me{id}}`, Token: tok}); r.Code() != "UNAUTHENTICATED" {
			t.Errorf("a link token served as a session: %s", r.Raw)
		}

		// Evidence of a rectification: qiye's own files only.
		fd, err := env.DB.Client.Finding.Query().Where(finding.EnterpriseID(f.qiyeEnt.ID),
			finding.StatusEQ(finding.StatusRECTIFYING)).First(sys)
		if err != nil {
			t.Fatal(err)
		}
		other := enterpriseUser(t, env, f.furongEnt.ID)
		var theirs uploaded
		env.Upload(t, other, uploadQ, map[string]any{}, []apitest.File{{Name: "x.png", Content: pngPhoto(t, 2)}}).Decode(t, &theirs)
		submit := `mutation($in:SubmitRectificationInput!){submitRectification(input:$in){rectification{id evidence{id name url}}}}`
		r := env.Query(t, "qiye", submit, map[string]any{"in": map[string]any{"findingID": itoa(fd.ID),
			"measures": "已整改", "evidenceIDs": []string{theirs.UploadFiles.Attachments[0].ID}}})
		if r.Code() != "BAD_USER_INPUT" || r.Errors[0].Extensions["field"] != "evidenceIDs" {
			t.Errorf("another enterprise's file as evidence: %s", r.Raw)
		}
		var sub struct {
			SubmitRectification struct {
				Rectification struct {
					Evidence []struct{ ID, Name, URL string }
				}
			}
		}
		env.Query(t, "qiye", submit, map[string]any{"in": map[string]any{"findingID": itoa(fd.ID),
			"measures": "已整改", "evidenceIDs": []string{got[0].ID, got[1].ID}}}).Decode(t, &sub)
		ev := sub.SubmitRectification.Rectification.Evidence
		if len(ev) != 2 || ev[0].URL == "" {
			t.Fatalf("evidence: %+v", ev)
		}
		// The reviewer opens the evidence from the rectification it reviews.
		q := `query($id:ID!){node(id:$id){... on Finding{rectifications(first:5){edges{node{evidence{name url}}}}}}}`
		var seen struct {
			Node struct {
				Rectifications struct {
					Edges []struct {
						Node struct{ Evidence []struct{ Name, URL string } }
					}
				}
			}
		}
		env.Query(t, "furong", q, map[string]any{"id": itoa(fd.ID)}).Decode(t, &seen)
		if e := seen.Node.Rectifications.Edges; len(e) != 1 || len(e[0].Node.Evidence) != 2 {
			t.Fatalf("furong sees %+v", seen)
		}
		if res, _ := env.Get(t, seen.Node.Rectifications.Edges[0].Node.Evidence[1].URL, ""); res.StatusCode != http.StatusOK ||
			res.Header.Get("Content-Type") != "application/pdf" {
			t.Errorf("furong's link: %d %s", res.StatusCode, res.Header.Get("Content-Type"))
		}
	})
}

// TestUploadRefused: too large, not an image or PDF whatever its name, a
// path in the name, too many files — each a clear error, and nothing kept.
func TestUploadRefused(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.NewDemo(t, dia)
		big := make([]byte, 20<<20)
		copy(big, pngPhoto(t, 3))
		exe := append([]byte("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00"), make([]byte, 2048)...)
		many := make([]apitest.File, 10)
		for i := range many {
			many[i] = apitest.File{Name: "p.png", Content: pngPhoto(t, uint8(10+i))}
		}
		cases := []struct {
			name  string
			files []apitest.File
			msg   string
		}{
			{"20 MB", []apitest.File{{Name: "ok.png", Content: pngPhoto(t, 4)}, {Name: "big.png", Content: big}}, "超过 10 MB"},
			{"exe renamed .jpg", []apitest.File{{Name: "photo.jpg", Content: exe}}, "不是 JPEG"},
			{"path in name", []apitest.File{{Name: "../../etc/passwd.png", Content: pngPhoto(t, 5)}}, "文件名"},
			{"backslash path", []apitest.File{{Name: `C:\temp\a.png`, Content: pngPhoto(t, 6)}}, "文件名"},
			{"ten files", many, "最多上传 9 个"},
		}
		for _, c := range cases {
			r := env.Upload(t, "qiye", uploadQ, map[string]any{}, c.files)
			if r.Code() != "BAD_USER_INPUT" || !strings.Contains(r.Errors[0].Message, c.msg) {
				t.Errorf("%s: %s", c.name, r.Raw)
			}
		}
		if n, _ := env.DB.Client.Attachment.Query().Count(sys); n != 0 {
			t.Errorf("%d attachments recorded", n)
		}
		if left := storedFiles(t, env.FilesDir); len(left) != 0 {
			t.Errorf("files left behind: %v", left)
		}
		// Experts and anonymous callers upload nothing.
		if r := env.Upload(t, "", uploadQ, map[string]any{}, []apitest.File{{Name: "a.png", Content: pngPhoto(t, 7)}}); r.Code() != "UNAUTHENTICATED" {
			t.Errorf("anonymous: %s", r.Raw)
		}
	})
}
