package schema

import (
	"regexp"

	"greencheck/api/viewer"
)

var (
	codeRE     = regexp.MustCompile(`^\d{6}$`)
	industryRE = regexp.MustCompile(`^\d{4}$`)
	usernameRE = regexp.MustCompile(`^[a-z0-9_.-]{3,32}$`)
	sha256RE   = regexp.MustCompile(`^[0-9a-f]{64}$`)
)

type viewerRole = viewer.Role

const (
	districtAdmin  = viewer.RoleDistrictAdmin
	expertRole     = viewer.RoleExpert
	enterpriseRole = viewer.RoleEnterprise
)
