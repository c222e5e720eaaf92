package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"

	"greencheck/api/apitest"
	"greencheck/api/db/dbtest"
	"greencheck/api/partner"
)

var asiaShanghai = func() *time.Location {
	l, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		panic(err)
	}
	return l
}()

// partnerRes is a partner's answer with its headers (Retry-After).
type partnerRes struct {
	apitest.Response
	Header     http.Header
	Extensions struct {
		Cost struct {
			Requested int
			Actual    *int
			Limit     int
			Bucket    struct{ Capacity, Remaining, RefillPerSecond int }
		}
	} `json:"extensions"`
}

// partnerDo sends a query to /query as a partner dashboard does: the key in
// header ("Authorization" as a Bearer token, or "X-API-Key").
func partnerDo(t *testing.T, env *apitest.Env, header, secret string, body map[string]any) *partnerRes {
	t.Helper()
	raw, _ := json.Marshal(body)
	req, _ := http.NewRequest(http.MethodPost, env.Server.URL+"/query", bytes.NewReader(raw))
	req.Header.Set("Content-Type", "application/json")
	withKey(req, header, secret)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	out := &partnerRes{Header: res.Header}
	if err := json.Unmarshal(b, out); err != nil {
		t.Fatalf("response %d is not JSON: %s", res.StatusCode, b)
	}
	out.Status, out.Raw = res.StatusCode, b
	return out
}

// withKey puts a partner's key on req in header: "Authorization" (as a
// Bearer token) or "X-API-Key".
func withKey(req *http.Request, header, secret string) {
	if header == "Authorization" {
		secret = "Bearer " + secret
	}
	req.Header.Set(header, secret)
}

// createKey creates a partner key as the city and returns its id and secret.
func createKey(t *testing.T, env *apitest.Env, input map[string]any) (id, secret string) {
	t.Helper()
	var out struct {
		CreateAPIKey struct {
			Secret string
			APIKey struct{ ID, Prefix, Status string }
		}
	}
	env.Query(t, "admin", `mutation($in: CreateAPIKeyInput!){createAPIKey(input: $in){secret apiKey{id prefix status}}}`,
		map[string]any{"in": input}).Decode(t, &out)
	k := out.CreateAPIKey
	if !partner.IsSecret(k.Secret) || !strings.HasPrefix(k.Secret, k.APIKey.Prefix) || k.APIKey.Status != "ACTIVE" {
		t.Fatalf("createAPIKey answered %+v", k)
	}
	return k.APIKey.ID, k.Secret
}

const partnerEnterprises = `{enterprises(first: 10){totalCount edges{node{name district{nameZh} contacts{name phone email}}}}}`

// TestPartnerThroughTheAPI: a partner dashboard on an API key alone, as the
// README's worked example goes — the key by either header, the district's
// rows only, contacts masked, scopes refused with their name, read-only,
// /query only, extensions.cost on every answer, 429 with Retry-After when
// the bucket is empty, usage per day for the city, persisted-only mode,
// rotation's overlap and revocation from the next request.
func TestPartnerThroughTheAPI(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.NewDemo(t, dia)
		furong := furongID(t, env)

		// Only the city creates keys.
		if res := env.Query(t, "furong", `mutation($d: ID!){createAPIKey(input: {name: "x", districtIDs: [$d], scopes: [ENTERPRISES]}){secret}}`,
			map[string]any{"d": furong}); res.Code() != "FORBIDDEN" {
			t.Fatalf("a district administrator created a key: %s", res.Raw)
		}
		// Bad input names its field.
		res := env.Query(t, "admin", `mutation($d: ID!){createAPIKey(input: {name: "x", districtIDs: [$d], scopes: [ENTERPRISES], budget: 5}){secret}}`,
			map[string]any{"d": furong})
		if res.Code() != "BAD_USER_INPUT" || res.Errors[0].Extensions["field"] != "budget" {
			t.Fatalf("budget 5: %s", res.Raw)
		}

		id, secret := createKey(t, env, map[string]any{"name": "芙蓉区指挥中心", "districtIDs": []string{furong},
			"scopes": []string{"ENTERPRISES", "SELF_CHECKS"}, "budget": 5000, "refillPerSecond": 1})

		// The key by either header: the same rows, 芙蓉区's only, contacts masked.
		var answers [2]string
		for i, h := range []string{"Authorization", "X-API-Key"} {
			r := partnerDo(t, env, h, secret, map[string]any{"query": partnerEnterprises})
			var e struct {
				Enterprises struct {
					TotalCount int
					Edges      []struct {
						Node struct {
							Name     string
							District struct{ NameZh string }
							Contacts []struct {
								Name  string
								Phone *string
								Email *string
							}
						}
					}
				}
			}
			r.Decode(t, &e)
			answers[i] = string(r.Data)
			if e.Enterprises.TotalCount == 0 || len(e.Enterprises.Edges) == 0 {
				t.Fatalf("%s: no enterprises: %s", h, r.Raw)
			}
			contacts := 0
			for _, edge := range e.Enterprises.Edges {
				if edge.Node.District.NameZh != "芙蓉区" {
					t.Fatalf("%s: a key of 芙蓉区 read %s of %s", h, edge.Node.Name, edge.Node.District.NameZh)
				}
				for _, c := range edge.Node.Contacts {
					contacts++
					if !strings.HasSuffix(c.Name, "*") || (c.Email != nil && *c.Email != "") || (c.Phone != nil && *c.Phone != "" && !strings.Contains(*c.Phone, "****")) {
						t.Fatalf("%s: a contact unmasked: %+v", h, c)
					}
				}
			}
			if contacts == 0 {
				t.Fatalf("%s: no contacts to check the masking on: %s", h, r.Raw)
			}
			c := r.Extensions.Cost
			// limit: the most a request of the key may cost — its bucket, under the request limit.
			if c.Requested <= 0 || c.Actual == nil || *c.Actual <= 0 || *c.Actual > c.Requested || c.Limit != 5000 ||
				c.Bucket.Capacity != 5000 || c.Bucket.RefillPerSecond != 1 || c.Bucket.Remaining >= 5000 {
				t.Fatalf("%s: extensions.cost %+v", h, c)
			}
		}
		if answers[0] != answers[1] {
			t.Fatalf("the two headers read differently:\n%s\n%s", answers[0], answers[1])
		}
		var city struct{ Enterprises struct{ TotalCount int } }
		env.Query(t, "furong", `{enterprises(first: 1){totalCount}}`, nil).Decode(t, &city)
		var mine struct{ Enterprises struct{ TotalCount int } }
		partnerDo(t, env, "X-API-Key", secret, map[string]any{"query": `{enterprises(first: 1){totalCount}}`}).Decode(t, &mine)
		if mine.Enterprises.TotalCount != city.Enterprises.TotalCount {
			t.Fatalf("the key counts %d enterprises, furong %d", mine.Enterprises.TotalCount, city.Enterprises.TotalCount)
		}

		// A report is read in the key's scope: furong's figures.
		q3 := map[string]any{"in": map[string]any{"measures": []string{"FINDINGS", "RECTIFICATION_RATE"}, "dimensions": []string{"DISTRICT"}}}
		var want, got reportRes
		env.Query(t, "furong", reportQ, q3).Decode(t, &want)
		partnerDo(t, env, "Authorization", secret, map[string]any{"query": reportQ, "variables": q3}).Decode(t, &got)
		if len(got.Report.Rows) != 1 || len(want.Report.Rows) != 1 || *got.Report.Rows[0].Values[0] != *want.Report.Rows[0].Values[0] {
			t.Fatalf("the key's report %+v, furong's %+v", got.Report.Rows, want.Report.Rows)
		}

		// The city's shared reports, read and watched in the key's scope: a
		// wall screen subscribes over the WebSocket with the key.
		var saved struct {
			SavedReports struct {
				Edges []struct {
					Node struct {
						ID, Name string
						Shared   bool
					}
				}
			}
		}
		partnerDo(t, env, "X-API-Key", secret, map[string]any{"query": `{savedReports(first: 50){edges{node{id name shared}}}}`}).Decode(t, &saved)
		shared := ""
		for _, e := range saved.SavedReports.Edges {
			if !e.Node.Shared {
				t.Fatalf("the key reads an unshared report: %+v", e.Node)
			}
			if e.Node.Name == "全市整改进度（按区县）" {
				shared = e.Node.ID
			}
		}
		if shared == "" {
			t.Fatalf("the city's shared report is not among the key's: %+v", saved)
		}
		ws, err := dialWS(t, env, "")
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		read := wsReader(t, ctx, ws)
		if err := wsjson.Write(ctx, ws, wsMsg{Type: "connection_init", Payload: map[string]any{"X-API-Key": secret}}); err != nil {
			t.Fatal(err)
		}
		if m := read(); m.Type != "connection_ack" {
			t.Fatalf("after connection_init with the key: %+v", m)
		}
		if err := wsjson.Write(ctx, ws, wsMsg{ID: "1", Type: "subscribe", Payload: map[string]any{
			"query": `subscription($id: ID!){reportUpdated(id: $id){rows{dimensions{label} values}}}`, "variables": map[string]any{"id": shared}}}); err != nil {
			t.Fatal(err)
		}
		m := read()
		data, _ := m.Payload["data"].(map[string]any)
		watched, _ := data["reportUpdated"].(map[string]any)
		rows, _ := watched["rows"].([]any)
		if m.Type != "next" || len(rows) != 1 || !strings.Contains(toJSON(rows[0]), "芙蓉区") {
			t.Fatalf("the shared report watched with the key: %+v", m)
		}
		_ = ws.Close(websocket.StatusNormalClosure, "")
		cancel()

		// Revoked, its sockets end at once (not at the next recheck, 30 s).
		wsID, wsSecret := createKey(t, env, map[string]any{"name": "大屏", "districtIDs": []string{furong}, "scopes": []string{"SELF_CHECKS"}})
		ws, err = dialWS(t, env, "")
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel = context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		read = wsReader(t, ctx, ws)
		if err := wsjson.Write(ctx, ws, wsMsg{Type: "connection_init", Payload: map[string]any{"Authorization": "Bearer " + wsSecret}}); err != nil {
			t.Fatal(err)
		}
		if m := read(); m.Type != "connection_ack" {
			t.Fatalf("after connection_init: %+v", m)
		}
		if err := wsjson.Write(ctx, ws, wsMsg{ID: "1", Type: "subscribe", Payload: map[string]any{
			"query": `subscription($id: ID!){reportUpdated(id: $id, everySeconds: 3600){rows{values}}}`, "variables": map[string]any{"id": shared}}}); err != nil {
			t.Fatal(err)
		}
		if m := read(); m.Type != "next" {
			t.Fatalf("the watched report: %+v", m)
		}
		revoked := time.Now()
		env.Query(t, "admin", `mutation($id: ID!){revokeAPIKey(id: $id){status}}`, map[string]any{"id": wsID}).Decode(t, &struct{}{})
		quick, stop := context.WithTimeout(context.Background(), 5*time.Second)
		var after wsMsg
		err = wsjson.Read(quick, ws, &after)
		stop()
		if websocket.CloseStatus(err) != 4401 {
			t.Fatalf("after the revocation the socket answered %+v, %v", after, err)
		}
		t.Logf("a revoked key's socket closed %v after the revocation began", time.Since(revoked).Round(time.Millisecond))

		// Out of its scopes: refused naming the scope; a filter across an
		// edge into one matches nothing; personal data (users) never.
		for q, code := range map[string]string{
			`{warnings(first: 1){totalCount}}`:         "FORBIDDEN",
			`{trainings(first: 1){totalCount}}`:        "FORBIDDEN",
			`{users(first: 1){edges{node{username}}}}`: "FORBIDDEN",
			`{apiKeys(first: 1){totalCount}}`:          "FORBIDDEN",
		} {
			r := partnerDo(t, env, "Authorization", secret, map[string]any{"query": q})
			if r.Code() != code {
				t.Fatalf("%s: %s", q, r.Raw)
			}
		}
		var hw struct{ Enterprises struct{ TotalCount int } }
		partnerDo(t, env, "Authorization", secret, map[string]any{
			"query": `{enterprises(first: 1, where: {hasWarningNotices: true}){totalCount}}`}).Decode(t, &hw)
		var fw struct{ Enterprises struct{ TotalCount int } }
		env.Query(t, "furong", `{enterprises(first: 1, where: {hasWarningNotices: true}){totalCount}}`, nil).Decode(t, &fw)
		if hw.Enterprises.TotalCount != 0 || fw.Enterprises.TotalCount == 0 {
			t.Fatalf("a filter across warning notices matched %d enterprises without the WARNINGS scope (furong: %d)",
				hw.Enterprises.TotalCount, fw.Enterprises.TotalCount)
		}

		// Read-only: every mutation but registering its own queries is
		// refused before it runs, however it is spelled; subscriptions
		// that need a user too.
		for _, q := range []string{
			`mutation{markAllNotificationsRead}`,
			`mutation{... on Mutation {markAllNotificationsRead}}`,
			`mutation{saveReport(input: {name: "x", report: {measures: [FINDINGS]}}){id}}`,
		} {
			if r := partnerDo(t, env, "Authorization", secret, map[string]any{"query": q}); r.Code() != "FORBIDDEN" || r.Extensions.Cost.Bucket.Capacity == 0 {
				t.Fatalf("%s: %s", q, r.Raw)
			}
		}
		// Every answer carries extensions.cost, a refusal before the
		// document ran too.
		if r := partnerDo(t, env, "Authorization", secret, map[string]any{"query": `{enterprises(first: 1){nope}}`}); r.Code() != "GRAPHQL_VALIDATION_FAILED" || r.Extensions.Cost.Bucket.Capacity != 5000 {
			t.Fatalf("a document that does not validate: %s", r.Raw)
		}
		for _, body := range []map[string]any{nil, {"query": 1}, {"query": "{"}} { // a body of null, a member of the wrong type, a syntax error
			if r := partnerDo(t, env, "Authorization", secret, body); r.Code() != "BAD_REQUEST" || r.Extensions.Cost.Bucket.Capacity != 5000 {
				t.Fatalf("%v: %s", body, r.Raw)
			}
		}
		// A report revealing enterprises' attributes needs ENTERPRISES as
		// reading them does; by district it needs what findings need.
		_, scSecret := createKey(t, env, map[string]any{"name": "只读问题", "districtIDs": []string{furong}, "scopes": []string{"SELF_CHECKS"}, "budget": 100000, "refillPerSecond": 10000})
		for _, dim := range []string{"PERFORMANCE_GRADE", "INDUSTRY_CLASS", "KEY_SUPERVISED", "PERMIT_TIER", "AIR_RELATED"} {
			in := map[string]any{"in": map[string]any{"measures": []string{"FINDINGS"}, "dimensions": []string{dim}}}
			if r := partnerDo(t, env, "X-API-Key", scSecret, map[string]any{"query": reportQ, "variables": in}); r.Code() != "FORBIDDEN" {
				t.Fatalf("SELF_CHECKS alone grouped findings by %s: %s", dim, r.Raw)
			}
		}
		for dim, value := range map[string]string{"PERFORMANCE_GRADE": "A", "KEY_SUPERVISED": "true", "AIR_RELATED": "false"} {
			in := map[string]any{"in": map[string]any{"measures": []string{"FINDINGS"}, "filters": []map[string]any{{"dimension": dim, "values": []string{value}}}}}
			if r := partnerDo(t, env, "X-API-Key", scSecret, map[string]any{"query": reportQ, "variables": in}); r.Code() != "FORBIDDEN" {
				t.Fatalf("SELF_CHECKS alone filtered findings by %s: %s", dim, r.Raw)
			}
		}
		if r := partnerDo(t, env, "X-API-Key", scSecret, map[string]any{"query": `{findingsByIndustry(limit: 5){code findings}}`}); r.Code() != "FORBIDDEN" {
			t.Fatalf("SELF_CHECKS alone read findings by industry: %s", r.Raw)
		}
		var byDistrict reportRes
		partnerDo(t, env, "X-API-Key", scSecret, map[string]any{"query": reportQ, "variables": q3}).Decode(t, &byDistrict)
		if len(byDistrict.Report.Rows) != 1 {
			t.Fatalf("SELF_CHECKS by district: %+v", byDistrict.Report.Rows)
		}

		// Read-only, and /query only.
		r := partnerDo(t, env, "Authorization", secret, map[string]any{
			"query":     `mutation($d: ID!){createAPIKey(input: {name: "mine", districtIDs: [$d], scopes: [ENTERPRISES]}){secret}}`,
			"variables": map[string]any{"d": furong}})
		if r.Code() != "FORBIDDEN" {
			t.Fatalf("a partner created a key: %s", r.Raw)
		}
		for _, h := range []string{"Authorization", "X-API-Key"} {
			req, _ := http.NewRequest(http.MethodGet, env.Server.URL+"/exports/ledger.xlsx", nil)
			withKey(req, h, secret)
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(res.Body)
			res.Body.Close()
			if res.StatusCode != http.StatusForbidden || !strings.Contains(string(body), "FORBIDDEN") {
				t.Fatalf("%s on an export: %d %s", h, res.StatusCode, body)
			}
		}

		// The bucket empties: 429, Retry-After, extensions.retryAfter, the
		// bucket's state; the city sees the day's requests and refusals.
		var limited *partnerRes
		answered := 0
		for range 200 {
			r := partnerDo(t, env, "Authorization", secret, map[string]any{"query": partnerEnterprises})
			if r.Code() == "RATE_LIMITED" {
				limited = r
				break
			}
			if len(r.Errors) > 0 {
				t.Fatalf("before the bucket emptied: %s", r.Raw)
			}
			answered++
		}
		if limited == nil {
			t.Fatal("200 requests never emptied a bucket of 5,000 points refilled by 1 a second")
		}
		if limited.Status != http.StatusTooManyRequests || limited.Header.Get("Retry-After") == "" ||
			limited.Errors[0].Extensions["retryAfter"] == nil || limited.Extensions.Cost.Bucket.Capacity != 5000 {
			t.Fatalf("an empty bucket answered %d %v %s", limited.Status, limited.Header, limited.Raw)
		}
		if !strings.Contains(limited.Errors[0].Message, "秒") {
			t.Fatalf("RATE_LIMITED says nothing of when to retry: %s", limited.Errors[0].Message)
		}
		var usage struct {
			APIKeyUsage []struct {
				Day                     string
				Requests, Cost, Refused int
			}
		}
		env.Query(t, "admin", `query($id: ID!){apiKeyUsage(apiKeyId: $id, days: 7){day requests cost refused}}`,
			map[string]any{"id": id}).Decode(t, &usage)
		if n := len(usage.APIKeyUsage); n != 7 {
			t.Fatalf("7 days of usage: %d", n)
		}
		today := usage.APIKeyUsage[6]
		if today.Day != time.Now().In(asiaShanghai).Format("2006-01-02") || today.Requests < answered || today.Refused < 1 || today.Cost <= 0 {
			t.Fatalf("today's usage %+v after %d answered", today, answered)
		}
		if env.Query(t, "furong", `query($id: ID!){apiKeyUsage(apiKeyId: $id){day}}`, map[string]any{"id": id}).Code() != "FORBIDDEN" {
			t.Fatal("a district administrator read a key's usage")
		}

		// A key with PERSONAL_DATA reads the people furong reads and the
		// contacts unmasked; without it the calls made about a warning
		// notice are masked too (the note dropped).
		_, pdSecret := createKey(t, env, map[string]any{"name": "个人信息", "districtIDs": []string{furong},
			"scopes": []string{"ENTERPRISES", "PERSONAL_DATA"}, "budget": 100000, "refillPerSecond": 10000})
		var people, furongPeople struct{ Users struct{ TotalCount int } }
		partnerDo(t, env, "X-API-Key", pdSecret, map[string]any{"query": `{users(first: 1){totalCount}}`}).Decode(t, &people)
		env.Query(t, "furong", `{users(first: 1){totalCount}}`, nil).Decode(t, &furongPeople)
		if people.Users.TotalCount == 0 || people.Users.TotalCount != furongPeople.Users.TotalCount {
			t.Fatalf("PERSONAL_DATA reads %d people, furong %d", people.Users.TotalCount, furongPeople.Users.TotalCount)
		}
		if r := partnerDo(t, env, "X-API-Key", pdSecret, map[string]any{"query": `{enterprises(first: 20){edges{node{contacts{name phone}}}}}`}); strings.Contains(string(r.Raw), "****") {
			t.Fatalf("PERSONAL_DATA masked: %s", r.Raw)
		}
		var all struct {
			Districts struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
		env.Query(t, "admin", `{districts(first: 50){edges{node{id}}}}`, nil).Decode(t, &all)
		var ids []string
		for _, e := range all.Districts.Edges {
			ids = append(ids, e.Node.ID)
		}
		_, warnSecret := createKey(t, env, map[string]any{"name": "预警", "districtIDs": ids, "scopes": []string{"WARNINGS"}, "budget": 100000, "refillPerSecond": 10000})
		// A call on the call list of a warning just published, as 芙蓉区's
		// administrator records one.
		publish(t, env)
		var unacked struct {
			WarningNotices struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
		env.Query(t, "furong", `{warningNotices(first: 1, where: {acknowledgedAtIsNil: true}){edges{node{id}}}}`, nil).Decode(t, &unacked)
		if len(unacked.WarningNotices.Edges) == 0 {
			t.Fatal("no unacknowledged notice in 芙蓉区 to call about")
		}
		env.Query(t, "furong", `mutation($n: ID!){recordWarningCall(input: {noticeID: $n, outcome: "NO_ANSWER", contact: "王小明", phone: "13812345678",
			note: "王小明手机13812345678无人接听"}){id}}`, map[string]any{"n": unacked.WarningNotices.Edges[0].Node.ID}).Decode(t, &struct{}{})
		made := 0
		for after := any(nil); ; {
			var calls struct {
				WarningNotices struct {
					PageInfo struct {
						HasNextPage bool
						EndCursor   string
					}
					Edges []struct {
						Node struct {
							Calls []struct{ Contact, Phone, Note *string }
						}
					}
				}
			}
			partnerDo(t, env, "X-API-Key", warnSecret, map[string]any{"query": `query($after: Cursor){warningNotices(first: 100, after: $after){
				pageInfo{hasNextPage endCursor} edges{node{calls{contact phone note}}}}}`, "variables": map[string]any{"after": after}}).Decode(t, &calls)
			for _, e := range calls.WarningNotices.Edges {
				for _, c := range e.Node.Calls {
					made++
					if (c.Contact != nil && *c.Contact != "" && !strings.HasSuffix(*c.Contact, "*")) || (c.Phone != nil && *c.Phone != "" && !strings.Contains(*c.Phone, "*")) || (c.Note != nil && *c.Note != "") {
						t.Fatalf("a call unmasked: %v %v %v", c.Contact, c.Phone, c.Note)
					}
				}
			}
			if !calls.WarningNotices.PageInfo.HasNextPage {
				break
			}
			after = calls.WarningNotices.PageInfo.EndCursor
		}
		if made == 0 {
			t.Fatal("no call recorded in the demo city to check the masking on")
		}

		// Only a key goes in X-API-Key; a key of another case or a bare
		// prefix is a bad key, not a bad session.
		for _, bad := range []string{"Bearer " + secret, strings.ToUpper(secret[:4]) + secret[4:], "gck_"} {
			r := partnerDo(t, env, "X-API-Key", bad, map[string]any{"query": `{__typename}`})
			if r.Status != http.StatusUnauthorized || !strings.Contains(r.Errors[0].Message, "接口密钥") {
				t.Fatalf("X-API-Key %q: %d %s", bad, r.Status, r.Raw)
			}
		}

		// Persisted-only: the registered query by its hash; no text.
		id2, secret2 := createKey(t, env, map[string]any{"name": "大屏", "districtIDs": []string{furong},
			"scopes": []string{"ENTERPRISES"}, "persistedOnly": true})
		var reg struct{ RegisterPersistedQuery struct{ Sha256 string } }
		env.Query(t, "admin", `mutation($k: ID!, $q: String!){registerPersistedQuery(apiKeyId: $k, query: $q, name: "count"){sha256}}`,
			map[string]any{"k": id2, "q": `{enterprises(first: 1){totalCount}}`}).Decode(t, &reg)
		if reg.RegisterPersistedQuery.Sha256 != partner.QueryHash(`{enterprises(first: 1){totalCount}}`) {
			t.Fatalf("registered as %q", reg.RegisterPersistedQuery.Sha256)
		}
		// Only what a key may run is registered: no mutation, nothing the
		// schema does not know (BAD_USER_INPUT at query, line and column).
		for q, msg := range map[string]string{
			"query{districts(first:1){totalCount}}\nmutation{logout}": "第 2 行第 1 列是变更",
			`{enterprises(first: 1){nope}}`:                           "查询与接口的结构不符（第 1 行第 24 列）",
		} {
			r := env.Query(t, "admin", `mutation($k: ID!, $q: String!){registerPersistedQuery(apiKeyId: $k, query: $q){sha256}}`, map[string]any{"k": id2, "q": q})
			if r.Code() != "BAD_USER_INPUT" || r.Errors[0].Extensions["field"] != "query" || !strings.Contains(r.Errors[0].Message, msg) {
				t.Fatalf("registered %q: %s", q, r.Raw)
			}
		}
		var byHash struct{ Enterprises struct{ TotalCount int } }
		partnerDo(t, env, "X-API-Key", secret2, map[string]any{"extensions": map[string]any{
			"persistedQuery": map[string]any{"version": 1, "sha256Hash": reg.RegisterPersistedQuery.Sha256}}}).Decode(t, &byHash)
		if byHash.Enterprises.TotalCount != city.Enterprises.TotalCount {
			t.Fatalf("by its hash: %d", byHash.Enterprises.TotalCount)
		}
		if r := partnerDo(t, env, "X-API-Key", secret2, map[string]any{"query": `{enterprises(first: 1){totalCount}}`}); r.Code() != "FORBIDDEN" {
			t.Fatalf("a persisted-only key ran a text: %s", r.Raw)
		}
		if r := partnerDo(t, env, "X-API-Key", secret2, map[string]any{"extensions": map[string]any{
			"persistedQuery": map[string]any{"version": 1, "sha256Hash": strings.Repeat("ab", 32)}}}); r.Code() != "PERSISTED_QUERY_NOT_FOUND" {
			t.Fatalf("an unknown hash: %s", r.Raw)
		}

		// Rotation: both secrets work within the overlap; revocation ends both.
		var rot struct{ RotateAPIKey struct{ Secret string } }
		env.Query(t, "admin", `mutation($id: ID!){rotateAPIKey(id: $id, overlapMinutes: 5){secret}}`, map[string]any{"id": id2}).Decode(t, &rot)
		for _, s := range []string{secret2, rot.RotateAPIKey.Secret} {
			if r := partnerDo(t, env, "Authorization", s, map[string]any{"extensions": map[string]any{
				"persistedQuery": map[string]any{"version": 1, "sha256Hash": reg.RegisterPersistedQuery.Sha256}}}); len(r.Errors) > 0 {
				t.Fatalf("within the overlap: %s", r.Raw)
			}
		}
		env.Query(t, "admin", `mutation($id: ID!){revokeAPIKey(id: $id){status}}`, map[string]any{"id": id2}).Decode(t, &struct{}{})
		for _, s := range []string{secret2, rot.RotateAPIKey.Secret} {
			r := partnerDo(t, env, "Authorization", s, map[string]any{"query": `{__typename}`})
			if r.Status != http.StatusUnauthorized || r.Code() != "UNAUTHENTICATED" {
				t.Fatalf("a revoked key: %d %s", r.Status, r.Raw)
			}
		}
		if r := partnerDo(t, env, "Authorization", "gck_"+strings.Repeat("x", 32), map[string]any{"query": `{__typename}`}); r.Code() != "UNAUTHENTICATED" {
			t.Fatalf("an unknown key: %s", r.Raw)
		}
	})
}

// TestPartnerBudgetAcrossReplicas: two server processes over one
// PostgreSQL database spend one key's bucket together — what both answer
// never costs more than the bucket held plus its refill, and the day's
// usage counts both replicas' requests.
func TestPartnerBudgetAcrossReplicas(t *testing.T) {
	url := dbtest.PostgresURL(t)
	a := apitest.Process(t, url)
	b := apitest.Process(t, url)
	furong := furongID(t, a)
	id, secret := createKey(t, a, map[string]any{"name": "两个副本", "districtIDs": []string{furong},
		"scopes": []string{"ENTERPRISES"}, "budget": 300, "refillPerSecond": 1})

	start := time.Now()
	var (
		mu                        sync.Mutex
		answered, refused, actual int
		wg                        sync.WaitGroup
	)
	for w := range 8 {
		env := a
		if w%2 == 1 {
			env = b
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 15 {
				r := partnerDo(t, env, "X-API-Key", secret, map[string]any{"query": `{enterprises(first: 2){totalCount edges{node{name}}}}`})
				mu.Lock()
				switch {
				case r.Code() == "RATE_LIMITED":
					refused++
				case len(r.Errors) == 0 && r.Extensions.Cost.Actual != nil:
					answered++
					actual += *r.Extensions.Cost.Actual
				default:
					t.Errorf("replica answered %d %s", r.Status, r.Raw)
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	// Every request is charged its requested cost before it runs and
	// refunded down to its actual cost after: what was answered cannot
	// exceed the bucket plus what it regained meanwhile.
	ceiling := 300 + int(elapsed.Seconds()+1)*1
	t.Logf("2 replicas, 120 requests in %v: %d answered costing %d points (ceiling %d), %d refused", elapsed.Round(time.Millisecond), answered, actual, ceiling, refused)
	if actual > ceiling {
		t.Fatalf("the replicas spent %d points of a bucket holding at most %d", actual, ceiling)
	}
	if refused == 0 || answered == 0 {
		t.Fatalf("answered %d, refused %d: the bucket should have emptied", answered, refused)
	}
	var usage struct {
		APIKeyUsage []struct{ Requests, Cost, Refused int }
	}
	b.Query(t, "admin", `query($id: ID!){apiKeyUsage(apiKeyId: $id, days: 1){requests cost refused}}`,
		map[string]any{"id": id}).Decode(t, &usage)
	if u := usage.APIKeyUsage[0]; u.Requests != answered || u.Refused != refused || u.Cost != actual {
		t.Fatalf("usage %+v; the replicas answered %d costing %d and refused %d", u, answered, actual, refused)
	}
}
