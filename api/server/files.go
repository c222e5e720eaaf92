package server

import (
	"context"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"

	"greencheck/api/apperr"
	"greencheck/api/auth"
	"greencheck/api/files"
	"greencheck/api/viewer"
	"greencheck/ent"
	"greencheck/graph"
)

// serveFile answers GET /files/{id}: the file, to a viewer allowed to see
// the record that owns it — an enterprise's attachment, a training's
// material (the privacy rules decide, as for any query). The viewer comes from the Authorization header or from the
// link's own short-lived token (?t=), since an <img> sends no header. A
// file the viewer may not see is "not found", like one that does not exist.
func serveFile(client *ent.Client, fs *files.Service, authn *auth.Service) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		id, err := strconv.Atoi(r.PathValue("id"))
		if err != nil || id <= 0 {
			notFound(w, r)
			return
		}
		if t := r.URL.Query().Get("t"); t != "" {
			v, err := authn.ViewerFromDownload(ctx, t, id)
			if err != nil {
				unauthenticated(w, r, err)
				return
			}
			ctx = viewer.NewContext(ctx, v)
		}
		if viewer.FromContext(ctx) == nil {
			unauthenticated(w, r, apperr.New(apperr.Unauthenticated, string(apperr.Unauthenticated)))
			return
		}
		a, err := storedFile(ctx, client, id)
		if ent.IsNotFound(err) {
			notFound(w, r)
			return
		}
		if err != nil {
			fail(w, r, err, http.StatusInternalServerError)
			return
		}
		f, err := os.Open(fs.Store().Path(a.Sha256))
		if err != nil {
			notFound(w, r)
			return
		}
		defer f.Close()
		disposition := "inline"
		if r.URL.Query().Get("download") == "1" {
			disposition = "attachment"
		}
		h := w.Header()
		h.Set("Content-Type", a.ContentType)
		h.Set("Content-Disposition", disposition+"; filename*=UTF-8''"+url.PathEscape(a.Name))
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Cache-Control", "private, max-age=3600")
		h.Set("ETag", `"`+a.Sha256+`"`)
		http.ServeContent(w, r, "", a.CreatedAt, f)
	})
}

// checkUploadNames refuses a multipart request whose file names carry a
// path. Go's multipart reader keeps only the last element of a name, so
// the names are read here from the raw part headers: the body is spooled
// to a temporary file (bounded by max), checked, and handed on. A refused
// request leaves nothing behind.
//
// The form fields (operations, map) are bounded like a JSON body: maxField.
func checkUploadNames(max, maxField int64, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mt, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
		if err != nil || mt != "multipart/form-data" || params["boundary"] == "" {
			next.ServeHTTP(w, r)
			return
		}
		spool, err := os.CreateTemp("", "greencheck-upload-*")
		if err != nil {
			fail(w, r, err, http.StatusInternalServerError)
			return
		}
		defer os.Remove(spool.Name())
		defer spool.Close()
		n, err := io.Copy(spool, http.MaxBytesReader(w, r.Body, max))
		if err != nil {
			if errors.Is(err, os.ErrDeadlineExceeded) {
				writeError(w, r, http.StatusRequestTimeout, apperr.New(apperr.Timeout, string(apperr.Timeout), graph.BudgetSeconds(r.Context())))
				return
			}
			writeError(w, r, http.StatusRequestEntityTooLarge, apperr.New(apperr.BadRequest, "request.body_too_large", max/1024))
			return
		}
		if _, err := spool.Seek(0, io.SeekStart); err != nil {
			fail(w, r, err, http.StatusInternalServerError)
			return
		}
		mr := multipart.NewReader(spool, params["boundary"])
		for {
			p, err := mr.NextRawPart()
			if err != nil {
				break // the end, or a malformed body the GraphQL transport will refuse
			}
			_, ps, err := mime.ParseMediaType(p.Header.Get("Content-Disposition"))
			if err != nil {
				continue
			}
			name, isFile := ps["filename"]
			if isFile && strings.ContainsAny(name, `/\`) {
				writeError(w, r, http.StatusOK, apperr.Input("files", "files.name_invalid", name))
				return
			}
			if !isFile {
				if n, _ := io.Copy(io.Discard, io.LimitReader(p, maxField+1)); n > maxField {
					writeError(w, r, http.StatusRequestEntityTooLarge, apperr.New(apperr.BadRequest, "request.body_too_large", maxField/1024))
					return
				}
			}
		}
		if _, err := spool.Seek(0, io.SeekStart); err != nil {
			fail(w, r, err, http.StatusInternalServerError)
			return
		}
		r.Body, r.ContentLength = spool, n
		next.ServeHTTP(w, r)
	})
}

// storedFile is the attachment or training material of that id, read as
// the viewer in ctx (NotFound when it is neither, or not the viewer's to
// see): what serveFile needs of either.
func storedFile(ctx context.Context, client *ent.Client, id int) (*ent.Attachment, error) {
	a, err := client.Attachment.Get(ctx, id)
	if !ent.IsNotFound(err) {
		return a, err
	}
	m, err := client.TrainingMaterial.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	return &ent.Attachment{ID: m.ID, Sha256: m.Sha256, Name: m.Name, ContentType: m.ContentType, Size: m.Size, CreatedAt: m.CreatedAt}, nil
}
