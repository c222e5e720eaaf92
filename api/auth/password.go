package auth

import (
	"unicode"

	"golang.org/x/crypto/bcrypt"

	"greencheck/api/apperr"
)

// PasswordCost is the bcrypt cost of new password hashes.
const PasswordCost = 11

// HashPassword returns the bcrypt hash of password.
func HashPassword(password string) (string, error) {
	h, err := bcrypt.GenerateFromPassword([]byte(password), PasswordCost)
	return string(h), err
}

// CheckPassword reports whether password matches hash.
func CheckPassword(hash, password string) bool {
	return bcrypt.CompareHashAndPassword([]byte(hash), []byte(password)) == nil
}

// dummyHash is compared against when the username does not exist, so that a
// wrong username takes as long as a wrong password.
var dummyHash, _ = bcrypt.GenerateFromPassword([]byte("greencheck-dummy"), PasswordCost)

// PasswordRule is what ValidatePassword asks of a new password, in lang.
func PasswordRule(lang string) string {
	return apperr.Input("", "auth.weak_password").Message(lang)
}

// ValidatePassword checks a new password's strength.
func ValidatePassword(field, password string) error {
	var letter, digit bool
	for _, r := range password {
		letter = letter || unicode.IsLetter(r)
		digit = digit || unicode.IsDigit(r)
	}
	if len(password) > 72 { // bcrypt reads 72 bytes
		return apperr.Input(field, "auth.password_too_long", 72)
	}
	if len(password) < 8 || !letter || !digit {
		return apperr.Input(field, "auth.weak_password")
	}
	return nil
}
