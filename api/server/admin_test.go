package server_test

import (
	"testing"

	"greencheck/api/apitest"
	"greencheck/api/db/dbtest"
	"greencheck/api/uscc"
	"greencheck/ent/auditentry"
)

func creditCode(t *testing.T, prefix string) string {
	t.Helper()
	c, err := uscc.CheckChar(prefix)
	if err != nil {
		t.Fatal(err)
	}
	return prefix + string(c)
}

func TestAdministrationWithinScope(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.Demo(t, dia)
		f := load(t, env)
		code := creditCode(t, "91430102MA4T"+map[string]string{"sqlite3": "00001", "postgres": "00002"}[dia])
		in := map[string]any{"name": "长沙星沙测试机械有限公司", "creditCode": code, "districtID": itoa(f.furong.ID),
			"industryCode": "3514", "industryName": "建筑工程用机械制造", "permitTier": "KEY", "vocUser": true,
			"contacts": []map[string]any{{"name": "张三", "role": "环保负责人", "phone": "13800000000"}}}
		createQ := `mutation($in:CreateEnterpriseInput!){createEnterprise(input:$in){enterprise{id name district{code}}}}`

		// yuelu may not register an enterprise in 芙蓉区; expert may not write at all.
		if res := env.Query(t, "yuelu", createQ, map[string]any{"in": in}); res.Code() != "FORBIDDEN" {
			t.Errorf("yuelu creating in 芙蓉区: %s", res.Raw)
		}
		if res := env.Query(t, "expert", createQ, map[string]any{"in": in}); res.Code() != "FORBIDDEN" {
			t.Errorf("expert creating: %s", res.Raw)
		}
		var created struct {
			CreateEnterprise struct{ Enterprise struct{ ID, Name string } }
		}
		env.Query(t, "furong", createQ, map[string]any{"in": in}).Decode(t, &created)
		eid := created.CreateEnterprise.Enterprise.ID
		// The same credit code again is a conflict.
		if res := env.Query(t, "furong", createQ, map[string]any{"in": in}); res.Code() != "CONFLICT" {
			t.Errorf("duplicate credit code: %s", res.Raw)
		}
		// Permit, facility and EIA approval, then a bad permit date order.
		steps := []struct {
			q  string
			in map[string]any
		}{
			{`mutation($in:CreatePermitInput!){createPermit(input:$in){permit{id number}}}`, map[string]any{"enterpriseID": eid,
				"number": code + "001P", "tier": "KEY", "issuedOn": "2024-01-01T00:00:00Z", "validUntil": "2029-01-01T00:00:00Z", "outlets": []string{"DA001"}}},
			{`mutation($in:CreateFacilityInput!){createFacility(input:$in){facility{id}}}`, map[string]any{"enterpriseID": eid,
				"code": "TA001", "name": "喷涂废气治理设施", "kind": "CONTROL_FACILITY", "technology": "活性炭吸附+催化燃烧"}},
			{`mutation($in:CreateEIAApprovalInput!){createEIAApproval(input:$in){eiaApproval{id}}}`, map[string]any{"enterpriseID": eid,
				"projectName": "整机涂装线建设项目", "documentNumber": "长环评〔2023〕8号", "reportType": "REPORT", "approvedOn": "2023-03-01T00:00:00Z"}},
		}
		for _, s := range steps {
			if res := env.Query(t, "furong", s.q, map[string]any{"in": s.in}); len(res.Errors) > 0 {
				t.Fatalf("%s: %s", s.q[:30], res.Raw)
			}
			// Not for yuelu.
			if res := env.Query(t, "yuelu", s.q, map[string]any{"in": s.in}); res.Code() != "FORBIDDEN" {
				t.Errorf("yuelu %s: %s", s.q[:30], res.Raw)
			}
		}
		res := env.Query(t, "furong", steps[0].q, map[string]any{"in": map[string]any{"enterpriseID": eid, "number": "X",
			"tier": "KEY", "issuedOn": "2024-01-01T00:00:00Z", "validUntil": "2023-01-01T00:00:00Z"}})
		if res.Code() != "BAD_USER_INPUT" || res.Errors[0].Extensions["field"] != "validUntil" {
			t.Errorf("permit dates: %s", res.Raw)
		}
		// The enterprise's own user may change its contacts, nothing else.
		uid := createUser(t, env, "furong", "qy_"+dia[:2], "ENTERPRISE", "Qiye12345")
		_ = uid
		// (createUser attaches users to qiye's enterprise.)
		qiyeID := itoa(f.qiyeEnt.ID)
		tok, err := env.Login("qy_"+dia[:2], "Qiye12345")
		if err != nil {
			t.Fatal(err)
		}
		res = env.Do(t, apitest.Request{Token: tok, Query: `mutation($id:ID!){updateEnterprise(input:{id:$id, name:"改名"}){enterprise{id}}}`,
			Variables: map[string]any{"id": qiyeID}})
		if res.Code() != "FORBIDDEN" {
			t.Errorf("enterprise user renaming its enterprise: %s", res.Raw)
		}
		res = env.Do(t, apitest.Request{Token: tok, Query: `mutation($id:ID!){updateEnterpriseContacts(input:{enterpriseID:$id, contacts:[{name:"李四",phone:"13900000000"}]}){enterprise{contacts{name}}}}`,
			Variables: map[string]any{"id": qiyeID}})
		if len(res.Errors) > 0 {
			t.Errorf("enterprise user updating contacts: %s", res.Raw)
		}
		res = env.Do(t, apitest.Request{Token: tok, Query: `mutation($id:ID!){updateEnterpriseContacts(input:{enterpriseID:$id, contacts:[{name:"李四"}]}){enterprise{id}}}`,
			Variables: map[string]any{"id": itoa(f.furongEnt.ID)}})
		if res.Code() != "NOT_FOUND" {
			t.Errorf("enterprise user updating another enterprise: %s", res.Raw)
		}
		// A mistake is named on its contact's field (the SPA's form field).
		res = env.Do(t, apitest.Request{Token: tok, Query: `mutation($id:ID!){updateEnterpriseContacts(input:{enterpriseID:$id, contacts:[{name:"李四"},{name:"王五",phone:"电话"}]}){enterprise{id}}}`,
			Variables: map[string]any{"id": qiyeID}})
		if res.Code() != "BAD_USER_INPUT" || res.Errors[0].Extensions["field"] != "contacts.1.phone" {
			t.Errorf("a contact's bad phone: %s", res.Raw)
		}
		// Every change is audited.
		n, err := env.DB.Client.AuditEntry.Query().Where(auditentry.ActionIn("enterprise.create", "permit.create",
			"facility.create", "eia_approval.create", "user.create", "enterprise.contacts")).Count(sys)
		if err != nil || n < 6 {
			t.Errorf("audit entries = %d (%v)", n, err)
		}
	})
}

func TestUserManagementWithinScope(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.Demo(t, dia)
		f := load(t, env)
		// A district administrator cannot create another administrator.
		res := env.Query(t, "furong", `mutation($in:CreateUserInput!){createUser(input:$in){user{id}}}`,
			map[string]any{"in": map[string]any{"username": "boss_" + dia[:2], "displayName": "x", "password": "Admin12345",
				"role": "DISTRICT_ADMIN", "districtIDs": []string{itoa(f.furong.ID)}}})
		if res.Code() != "FORBIDDEN" {
			t.Errorf("district admin creating an admin: %s", res.Raw)
		}
		// Nor an enterprise user in another district.
		res = env.Query(t, "yuelu", `mutation($in:CreateUserInput!){createUser(input:$in){user{id}}}`,
			map[string]any{"in": map[string]any{"username": "other_" + dia[:2], "displayName": "x", "password": "Admin12345",
				"role": "ENTERPRISE", "enterpriseID": itoa(f.furongEnt.ID)}})
		if res.Code() != "FORBIDDEN" {
			t.Errorf("yuelu creating a 芙蓉区 user: %s", res.Raw)
		}
		name := "temp_" + dia[:2]
		id := createUser(t, env, "furong", name, "ENTERPRISE", "Temp12345x")
		// yuelu cannot touch it; furong can reset and deactivate it.
		if res := env.Query(t, "yuelu", `mutation($id:ID!){deactivateUser(id:$id){user{id}}}`, map[string]any{"id": id}); res.Code() != "NOT_FOUND" {
			t.Errorf("yuelu deactivating a 芙蓉区 user: %s", res.Raw)
		}
		var reset struct {
			ResetUserPassword struct{ TemporaryPassword string }
		}
		env.Query(t, "furong", `mutation($id:ID!){resetUserPassword(input:{id:$id}){temporaryPassword}}`, map[string]any{"id": id}).Decode(t, &reset)
		if _, err := env.Login(name, reset.ResetUserPassword.TemporaryPassword); err != nil {
			t.Errorf("login with the temporary password: %v", err)
		}
		var out struct {
			DeactivateUser struct{ User struct{ Active bool } }
		}
		env.Query(t, "furong", `mutation($id:ID!){deactivateUser(id:$id){user{active}}}`, map[string]any{"id": id}).Decode(t, &out)
		if out.DeactivateUser.User.Active {
			t.Error("still active")
		}
		if _, err := env.Login(name, reset.ResetUserPassword.TemporaryPassword); err == nil {
			t.Error("a deactivated user signed in")
		}
	})
}
