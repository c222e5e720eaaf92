package files

import (
	"context"
	"errors"
	"io"
	"os"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"greencheck/api/apperr"
	"greencheck/api/db"
	"greencheck/api/viewer"
	"greencheck/ent"
	"greencheck/ent/attachment"
	"greencheck/ent/trainingmaterial"
)

// Service accepts uploads and finds the files a record may use.
type Service struct {
	client *ent.Client
	store  *Store
}

// New returns the upload service over a store.
func New(client *ent.Client, store *Store) *Service {
	return &Service{client: client, store: store}
}

// Store is where contents are kept.
func (s *Service) Store() *Store { return s.store }

// File is one uploaded file as the transport received it.
type File struct {
	Name    string
	Size    int64 // as declared by the transport; checked again while reading
	Content io.Reader
}

// UploadInput is one submission of files.
type UploadInput struct {
	Files []File
	// EnterpriseID owns the files; an enterprise user's own enterprise when 0.
	EnterpriseID int
	// ClientKey makes a retried upload return the files of the first one.
	ClientKey *string
}

// Upload checks every file (name, size, type by content) before keeping
// any, stores the contents by SHA-256 and records one Attachment each. A
// refused submission leaves nothing behind; a retry with the same client
// key returns the first submission's attachments.
func (s *Service) Upload(ctx context.Context, in UploadInput) ([]*ent.Attachment, error) {
	v := viewer.FromContext(ctx)
	if v == nil || v.UserID == 0 {
		return nil, apperr.New(apperr.Unauthenticated, string(apperr.Unauthenticated))
	}
	owner := in.EnterpriseID
	if owner == 0 {
		owner = v.EnterpriseID // an enterprise user uploads for its own enterprise
	}
	if owner == 0 {
		return nil, apperr.Input("enterpriseID", "input.required", "enterpriseID")
	}
	// Who may attach files to the enterprise is the data layer's call, asked
	// before a byte is read or stored.
	if err := db.MayWrite(ctx, s.client, s.client.Attachment.Create().SetEnterpriseID(owner).Mutation()); err != nil {
		return nil, err
	}
	if in.ClientKey != nil && (*in.ClientKey == "" || len(*in.ClientKey) > 64) {
		return nil, apperr.Input("clientKey", "input.invalid", "clientKey")
	}
	if in.ClientKey != nil {
		done, err := db.Client(ctx, s.client).Attachment.Query().Where(attachment.UploaderID(v.UserID),
			attachment.ClientKey(*in.ClientKey)).Order(attachment.ByID()).All(db.System(ctx))
		if err != nil {
			return nil, err
		}
		if len(done) > 0 {
			if done[0].EnterpriseID != owner {
				return nil, apperr.KeyReused("enterpriseID")
			}
			return done, nil
		}
	}
	var out []*ent.Attachment
	err := s.Keep(ctx, in.Files, func(ctx context.Context, tx *ent.Client, kept []Kept) error {
		bulk := make([]*ent.AttachmentCreate, len(kept))
		for i, k := range kept {
			bulk[i] = tx.Attachment.Create().SetEnterpriseID(owner).SetSha256(k.SHA256).
				SetName(k.Name).SetContentType(k.ContentType).SetSize(k.Size).
				SetUploaderID(v.UserID).SetNillableClientKey(in.ClientKey).SetNillableTakenAt(k.TakenAt)
		}
		var err error
		out, err = tx.Attachment.CreateBulk(bulk...).Save(ctx)
		return err
	})
	return out, err
}

// Kept is a checked file about to be stored: what the record owning it
// needs.
type Kept struct {
	Name, SHA256, ContentType string
	Size                      int64
	TakenAt                   *time.Time // a photo's EXIF capture time
}

// Keep checks every file (name, size, type by content: JPEG, PNG, WebP,
// PDF) before keeping any, then, in one transaction, has record write the
// rows that own them (an Attachment, a TrainingMaterial — their policies
// decide) and stores the contents by SHA-256. A refused file or record
// leaves nothing behind; contents a rolled-back transaction added are
// removed unless another record uses them.
func (s *Service) Keep(ctx context.Context, files []File, record func(ctx context.Context, tx *ent.Client, kept []Kept) error) error {
	if len(files) == 0 {
		return apperr.Input("files", "input.required", "files")
	}
	if len(files) > MaxFiles {
		return apperr.Input("files", "files.too_many", MaxFiles)
	}
	for _, f := range files {
		if err := checkName(f.Name); err != nil {
			return err
		}
		if f.Size > MaxFileBytes {
			return apperr.Input("files", "files.too_large", f.Name, MaxFileBytes>>20)
		}
	}
	// Read and check every file before keeping any of them.
	stagedFiles := make([]*staged, 0, len(files))
	discardAll := func() {
		for _, st := range stagedFiles {
			s.store.discard(st)
		}
	}
	for _, f := range files {
		st, err := s.store.stage(f.Content)
		switch {
		case errors.Is(err, errTooLarge):
			discardAll()
			return apperr.Input("files", "files.too_large", f.Name, MaxFileBytes>>20)
		case errors.Is(err, errType):
			discardAll()
			return apperr.Input("files", "files.type", f.Name)
		case err != nil:
			discardAll()
			return err
		}
		stagedFiles = append(stagedFiles, st)
	}
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		// The records first (privacy: the viewer must be able to write
		// there), before any content reaches its address.
		kept := make([]Kept, len(stagedFiles))
		for i, st := range stagedFiles {
			kept[i] = Kept{Name: files[i].Name, SHA256: st.sha256, ContentType: st.contentType, Size: st.size, TakenAt: st.takenAt}
		}
		if err := record(ctx, tx, kept); err != nil {
			return err
		}
		var added []string
		for _, st := range stagedFiles {
			created, err := s.store.commit(st)
			if err != nil {
				return err
			}
			if created {
				added = append(added, st.sha256)
			}
		}
		stagedFiles = nil
		// If the request's transaction is rolled back after this, the
		// contents it added go too (unless another record uses them).
		if t := ent.TxFromContext(ctx); t != nil && len(added) > 0 {
			t.OnRollback(func(next ent.Rollbacker) ent.Rollbacker {
				return ent.RollbackFunc(func(ctx context.Context, tx *ent.Tx) error {
					err := next.Rollback(ctx, tx)
					s.removeUnused(ctx, added)
					return err
				})
			})
		}
		return nil
	})
	if err != nil {
		discardAll()
	}
	return err
}

// removeUnused removes contents no record refers to.
func (s *Service) removeUnused(ctx context.Context, sums []string) {
	for _, sum := range sums {
		if used, err := s.inUse(ctx, sum); err == nil && !used {
			_ = os.Remove(s.store.Path(sum))
		}
	}
}

// inUse reports whether an attachment or a training's material refers to
// the contents sum.
func (s *Service) inUse(ctx context.Context, sum string) (bool, error) {
	sys := db.System(ctx)
	if ok, err := s.client.Attachment.Query().Where(attachment.Sha256(sum)).Exist(sys); err != nil || ok {
		return ok, err
	}
	return s.client.TrainingMaterial.Query().Where(trainingmaterial.Sha256(sum)).Exist(sys)
}

// checkName refuses names that are empty, too long, carry a path or
// control characters: the name is shown and offered on download, never
// used to build a path, but a path in it is a sign of a confused client.
func checkName(name string) error {
	if strings.TrimSpace(name) == "" || name == "." || name == ".." {
		return apperr.Input("files", "files.name_invalid", name)
	}
	if len(name) > 255 || !utf8.ValidString(name) || strings.ContainsAny(name, `/\:`) {
		return apperr.Input("files", "files.name_invalid", name)
	}
	for _, r := range name {
		// Controls, format characters (zero-width, bidi, tags), line and
		// paragraph separators, private use: a name shows what it says.
		if unicode.IsControl(r) || unicode.In(r, unicode.Cf, unicode.Zl, unicode.Zp, unicode.Co) {
			return apperr.Input("files", "files.name_invalid", strings.ToValidUTF8(name, "?"))
		}
	}
	return nil
}

// Owned returns the attachments with these ids, in order, checking that
// the viewer can see each and that each belongs to the enterprise — the
// evidence of an answer or a rectification comes from its own enterprise.
// field names the input the ids came from (attachmentIDs, evidenceIDs) in
// errors.
func Owned(ctx context.Context, tx *ent.Client, field string, ids []int, enterpriseID int) ([]*ent.Attachment, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	if len(ids) > MaxFiles {
		return nil, apperr.Input(field, "files.too_many", MaxFiles)
	}
	found, err := tx.Attachment.Query().Where(attachment.IDIn(ids...), attachment.EnterpriseID(enterpriseID)).All(ctx)
	if err != nil {
		return nil, err
	}
	byID := make(map[int]*ent.Attachment, len(found))
	for _, a := range found {
		byID[a.ID] = a
	}
	out := make([]*ent.Attachment, 0, len(ids))
	for _, id := range ids {
		a, ok := byID[id]
		if !ok {
			return nil, apperr.Input(field, "files.unknown")
		}
		out = append(out, a)
	}
	return out, nil
}
