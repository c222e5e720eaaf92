// Package uscc validates the unified social credit code (统一社会信用代码,
// GB 32100-2015): 18 characters whose last is a check character.
package uscc

import (
	"errors"
	"strings"
)

// alphabet is the code's character set: digits and letters without I, O, S, V, Z.
const alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"

var weights = [17]int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}

// Errors returned by Validate.
var (
	ErrLength    = errors.New("credit code must have 18 characters")
	ErrCharacter = errors.New("credit code has a character outside its alphabet")
	ErrCheck     = errors.New("credit code check character does not match")
)

// CheckChar returns the check character for the first 17 characters of a code.
func CheckChar(first17 string) (byte, error) {
	if len(first17) != 17 {
		return 0, ErrLength
	}
	sum := 0
	for i := 0; i < 17; i++ {
		n := strings.IndexByte(alphabet, first17[i])
		if n < 0 {
			return 0, ErrCharacter
		}
		sum += n * weights[i]
	}
	return alphabet[(31-sum%31)%31], nil
}

// Validate reports whether code is a well-formed credit code.
func Validate(code string) error {
	if len(code) != 18 {
		return ErrLength
	}
	c, err := CheckChar(code[:17])
	if err != nil {
		return err
	}
	if strings.IndexByte(alphabet, code[17]) < 0 {
		return ErrCharacter
	}
	if code[17] != c {
		return ErrCheck
	}
	return nil
}
