package server_test

import (
	"fmt"
	"sync"
	"testing"

	"greencheck/api/apitest"
	"greencheck/api/auth"
	"greencheck/api/db/dbtest"
)

// TestAPasswordResetDuringASignInEndsThatSignIn: a reset that lands while a
// sign-in with the old password is being verified leaves no session behind
// (the sign-in re-reads the user under a row lock before opening one).
func TestAPasswordResetDuringASignInEndsThatSignIn(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.NewDemo(t, dia)
		id := newAccount(t, env, "race_"+dia[:2], "EXPERT", "Race12345")
		admin := env.Token(t, "admin")
		reset := true
		env.Auth.CheckPassword = func(hash, password string) bool {
			ok := auth.CheckPassword(hash, password)
			if reset && password == "Race12345" {
				reset = false
				// The administrator resets the password while this sign-in is verified.
				r := env.Do(t, apitest.Request{Query: `mutation($id:ID!){resetUserPassword(input:{id:$id}){temporaryPassword}}`,
					Variables: map[string]any{"id": itoa(id)}, Token: admin})
				if len(r.Errors) > 0 {
					t.Errorf("reset: %s", r.Raw)
				}
			}
			return ok
		}
		defer func() { env.Auth.CheckPassword = auth.CheckPassword }()
		s, res := login(t, env, "race_"+dia[:2], "Race12345")
		if reset {
			t.Fatal("the reset did not run during the sign-in")
		}
		if s != nil && s.AccessToken != "" && signedIn(t, env, s.AccessToken) {
			t.Errorf("a session opened with the old password survived the reset: %s", res.Raw)
		}
		if s != nil && s.RefreshToken != "" {
			r := env.Do(t, apitest.Request{Query: `mutation($t:String!){refreshToken(input:{refreshToken:$t}){accessToken}}`,
				Variables: map[string]any{"t": s.RefreshToken}})
			if r.Code() != "UNAUTHENTICATED" {
				t.Errorf("its refresh token still works: %s", r.Raw)
			}
		}
	})
}

// TestChangePasswordGuessesAreThrottled: verifying the current password in
// changePassword is a sign-in attempt — a stolen access token cannot be
// used to guess the password freely.
func TestChangePasswordGuessesAreThrottled(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.NewDemo(t, dia)
		newAccount(t, env, "guess_"+dia[:2], "EXPERT", "Guess12345")
		s, res := login(t, env, "guess_"+dia[:2], "Guess12345")
		if s == nil {
			t.Fatalf("login: %s", res.Raw)
		}
		var mu sync.Mutex
		verified := 0
		env.Auth.CheckPassword = func(hash, password string) bool {
			mu.Lock()
			verified++
			mu.Unlock()
			return auth.CheckPassword(hash, password)
		}
		defer func() { env.Auth.CheckPassword = auth.CheckPassword }()
		var wg sync.WaitGroup
		limited := 0
		for i := 0; i < 20; i++ {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				r := env.Do(t, apitest.Request{Query: `mutation($p:String!){changePassword(input:{currentPassword:$p,newPassword:"Owned12345"})}`,
					Variables: map[string]any{"p": fmt.Sprintf("wrong%03d", i)}, Token: s.AccessToken})
				if r.Code() == "RATE_LIMITED" {
					mu.Lock()
					limited++
					mu.Unlock()
				}
			}(i)
		}
		wg.Wait()
		if verified > 5 || limited < 15 {
			t.Errorf("20 guesses: %d verified, %d refused as RATE_LIMITED", verified, limited)
		}
	})
}
