package graph

import (
	"context"
	"fmt"

	"github.com/99designs/gqlgen/graphql"

	"greencheck/api/apperr"
	"greencheck/api/auth"
	"greencheck/api/files"
	"greencheck/api/lifecycle"
	"greencheck/api/viewer"
	"greencheck/ent/finding"
	"greencheck/ent/predicate"
	"greencheck/graph/model"
)

// payload returns p, or nil and err when the mutation failed, so a failed
// mutation never returns a half-filled payload.
func payload[P any](p *P, err error) (*P, error) {
	if err != nil {
		return nil, err
	}
	return p, nil
}

func authPayload(s *auth.Session, err error) (*model.AuthPayload, error) {
	if err != nil {
		return nil, err
	}
	return &model.AuthPayload{AccessToken: s.AccessToken, AccessTokenExpiresAt: s.AccessTokenExpiresAt,
		RefreshToken: s.RefreshToken, RefreshTokenExpiresAt: s.RefreshTokenExpiresAt, User: s.User}, nil
}

// uploadInput decodes a multipart upload for the files capability.
func uploadInput(in model.UploadFilesInput) files.UploadInput {
	out := files.UploadInput{ClientKey: in.ClientKey, Files: uploadFiles(in.Files)}
	if in.EnterpriseID != nil {
		out.EnterpriseID = *in.EnterpriseID
	}
	return out
}

// uploadFiles are the files of a multipart request as the services take them.
func uploadFiles(in []*graphql.Upload) []files.File {
	out := make([]files.File, 0, len(in))
	for _, u := range in {
		out = append(out, files.File{Name: u.Filename, Size: u.Size, Content: u.File})
	}
	return out
}

// fileURL is the viewer's own link to a file — an attachment or a
// training's material — by its id (see auth.SignDownload).
func fileURL(ctx context.Context, authn *auth.Service, id int) (string, error) {
	v := viewer.FromContext(ctx)
	if v == nil || v.UserID == 0 {
		return "", apperr.New(apperr.Unauthenticated, string(apperr.Unauthenticated))
	}
	t, err := authn.SignDownload(v.UserID, id, v.SessionID)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("/files/%d?t=%s", id, t), nil
}

// findingLifecycle presents api/lifecycle.
func findingLifecycle() *model.FindingLifecycle {
	out := &model.FindingLifecycle{}
	for _, s := range lifecycle.Statuses {
		out.Statuses = append(out.Statuses, &model.FindingStatusInfo{Status: finding.Status(s),
			Open: lifecycle.Open(s), AwaitingEnterprise: lifecycle.Awaits(s)})
	}
	for _, t := range lifecycle.Transitions {
		out.Transitions = append(out.Transitions, &model.FindingTransition{Name: t.Name,
			From: lifecycle.As[finding.Status](t.From), To: finding.Status(t.To), By: model.FindingActor(t.By)})
	}
	return out
}

// openFindings is the `open` filter: the lifecycle's open statuses, or the others.
func openFindings(open bool) predicate.Finding {
	ss := lifecycle.As[finding.Status](lifecycle.OpenStatuses)
	if open {
		return finding.StatusIn(ss...)
	}
	return finding.StatusNotIn(ss...)
}
