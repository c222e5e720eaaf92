package auth

import (
	"context"

	"greencheck/api/db"
	"greencheck/ent"
	"greencheck/ent/district"
	"greencheck/ent/enterprise"
	"greencheck/ent/hook"
	"greencheck/ent/predicate"
	"greencheck/ent/refreshtoken"
)

// A session is one sign-in: the family of refresh tokens rotated from it,
// named in every access token it issued (the `sid` claim). An access token
// is honoured only while its session has a refresh token that is neither
// revoked nor expired, which viewerOf checks in the statement that reads
// the viewer. Logout and refresh-token reuse revoke one session; a change
// of the user's rights revokes them all.

// RevokeUser ends every session of a user, in the caller's transaction when
// there is one; connections of the user on this replica re-check theirs
// once it commits.
func (s *Service) RevokeUser(ctx context.Context, userID int) error {
	return s.revokeUsers(ctx, db.Client(ctx, s.client), []int{userID})
}

func (s *Service) revokeFamily(ctx context.Context, userID int, family string) error {
	return s.revoke(ctx, db.Client(ctx, s.client), []int{userID}, refreshtoken.Family(family))
}

func (s *Service) revokeUsers(ctx context.Context, c *ent.Client, ids []int) error {
	if len(ids) == 0 {
		return nil
	}
	return s.revoke(ctx, c, ids, refreshtoken.UserIDIn(ids...))
}

// revoke ends the sessions which selects, of users, through c (the
// caller's transaction): their access tokens stop at once — their cached
// viewers are forgotten on every replica once it commits — and the users'
// sockets re-check theirs.
func (s *Service) revoke(ctx context.Context, c *ent.Client, users []int, which predicate.RefreshToken) error {
	err := c.RefreshToken.Update().Where(which, refreshtoken.RevokedAtIsNil()).
		SetRevokedAt(s.now()).Exec(system(ctx))
	if err != nil {
		return err
	}
	db.AfterCommit(ctx, func() {
		s.viewers.forget(users...)
		for _, id := range users {
			s.signal(id)
		}
	})
	return nil
}

// revokeOnUserChange ends the sessions of users whose password, activity,
// role, enterprise or districts change, in the same transaction: rights
// end with the sessions that carried them, whatever path changed them.
func (s *Service) revokeOnUserChange(next ent.Mutator) ent.Mutator {
	return hook.UserFunc(func(ctx context.Context, m *ent.UserMutation) (ent.Value, error) {
		if !m.Op().Is(ent.OpUpdate|ent.OpUpdateOne) || !userRightsChange(m) {
			return next.Mutate(ctx, m)
		}
		ids, err := m.IDs(system(ctx))
		if err != nil {
			return nil, err
		}
		v, err := next.Mutate(ctx, m)
		if err != nil {
			return v, err
		}
		return v, s.revokeUsers(ctx, m.Client(), ids)
	})
}

func userRightsChange(m *ent.UserMutation) bool {
	_, password := m.PasswordHash()
	active, activeSet := m.Active()
	_, role := m.Role()
	_, enterprise := m.EnterpriseID()
	_, mustChange := m.MustChangePassword()
	return password || mustChange || (activeSet && !active) || role || enterprise || m.EnterpriseIDCleared() ||
		len(m.DistrictsIDs()) > 0 || len(m.RemovedDistrictsIDs()) > 0 || m.DistrictsCleared()
}

// usersEdge is a mutation of a district or an enterprise, which may add
// users to it or remove them through its side of the edge.
type usersEdge interface {
	ent.Mutation
	Client() *ent.Client
	IDs(context.Context) ([]int, error)
	UsersIDs() []int
	RemovedUsersIDs() []int
	UsersCleared() bool
}

// revokeOnUsersEdge ends the sessions of the users added to or removed from
// a district or an enterprise; members lists the users of the mutated rows
// (all removed when the edge is cleared).
func (s *Service) revokeOnUsersEdge(members func(ctx context.Context, c *ent.Client, ids []int) ([]int, error)) ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			um, ok := m.(usersEdge)
			if !ok {
				return next.Mutate(ctx, m)
			}
			users := append(um.UsersIDs(), um.RemovedUsersIDs()...)
			if um.UsersCleared() && m.Op().Is(ent.OpUpdate|ent.OpUpdateOne) {
				ids, err := um.IDs(system(ctx))
				if err != nil {
					return nil, err
				}
				more, err := members(system(ctx), um.Client(), ids)
				if err != nil {
					return nil, err
				}
				users = append(users, more...)
			}
			v, err := next.Mutate(ctx, m)
			if err != nil || len(users) == 0 {
				return v, err
			}
			return v, s.revokeUsers(ctx, um.Client(), users)
		})
	}
}

func districtMembers(ctx context.Context, c *ent.Client, ids []int) ([]int, error) {
	return c.District.Query().Where(district.IDIn(ids...)).QueryUsers().IDs(ctx)
}

func enterpriseMembers(ctx context.Context, c *ent.Client, ids []int) ([]int, error) {
	return c.Enterprise.Query().Where(enterprise.IDIn(ids...)).QueryUsers().IDs(ctx)
}

// Watch returns a channel that receives a signal whenever a session of the
// user may have ended on this replica, and a function to stop watching.
// Connections that outlive a request (WebSockets) re-check their session
// when signalled, and every SessionRecheck for revocations by other
// replicas.
func (s *Service) Watch(userID int) (<-chan struct{}, func()) {
	ch := make(chan struct{}, 1)
	s.watchMu.Lock()
	if s.watchers[userID] == nil {
		s.watchers[userID] = map[chan struct{}]struct{}{}
	}
	s.watchers[userID][ch] = struct{}{}
	s.watchMu.Unlock()
	return ch, func() {
		s.watchMu.Lock()
		delete(s.watchers[userID], ch)
		if len(s.watchers[userID]) == 0 {
			delete(s.watchers, userID)
		}
		s.watchMu.Unlock()
	}
}

func (s *Service) signal(userID int) {
	s.watchMu.Lock()
	defer s.watchMu.Unlock()
	for ch := range s.watchers[userID] {
		select {
		case ch <- struct{}{}:
		default: // a check is already due
		}
	}
}
