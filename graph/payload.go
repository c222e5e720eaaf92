package graph

import (
	"greencheck/api/auth"
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
