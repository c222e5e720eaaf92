package auth

import (
	"context"
	"strconv"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"greencheck/api/apperr"
	"greencheck/api/viewer"
)

// DownloadTTL is how long a file link stays valid: long enough to open a
// page of photos, short enough that a forwarded link soon stops working.
const DownloadTTL = time.Hour

// downloadAudience binds a download token to one file.
func downloadAudience(fileID int) string { return "file:" + strconv.Itoa(fileID) }

// SignDownload returns a token letting userID fetch one file, for links an
// <img> or a new tab can open without an Authorization header, within the
// session that asked for it: the link dies with the session (logout,
// password change, deactivation…). The file is still checked against the
// user's rights when fetched.
func (s *Service) SignDownload(userID, fileID int, session string) (string, error) {
	now := s.now()
	claims := accessClaims{RegisteredClaims: jwt.RegisteredClaims{
		Issuer:    issuer,
		Subject:   strconv.Itoa(userID),
		Audience:  jwt.ClaimStrings{downloadAudience(fileID)},
		IssuedAt:  jwt.NewNumericDate(now),
		ExpiresAt: jwt.NewNumericDate(now.Add(DownloadTTL).Truncate(time.Minute)),
	}, SessionID: session}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(s.secret)
}

// ViewerFromDownload returns the viewer of a download token for fileID,
// read fresh from the database.
func (s *Service) ViewerFromDownload(ctx context.Context, token string, fileID int) (*viewer.Viewer, error) {
	claims := &accessClaims{}
	_, err := jwt.ParseWithClaims(token, claims, func(*jwt.Token) (any, error) { return s.secret, nil },
		jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}),
		jwt.WithIssuer(issuer), jwt.WithExpirationRequired(), jwt.WithAudience(downloadAudience(fileID)),
		jwt.WithTimeFunc(s.Now))
	if err != nil {
		return nil, apperr.New(apperr.Unauthenticated, "auth.token_invalid").Wrap(err)
	}
	id, err := strconv.Atoi(claims.Subject)
	if err != nil || id <= 0 {
		return nil, apperr.New(apperr.Unauthenticated, "auth.token_invalid")
	}
	// A download link outlives no right and no session: the user and the
	// session are read fresh.
	if claims.SessionID == "" {
		return nil, apperr.New(apperr.Unauthenticated, "auth.token_invalid")
	}
	return s.cachedViewerOf(ctx, id, claims.SessionID)
}
