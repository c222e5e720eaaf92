package graph

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/vektah/gqlparser/v2/ast"

	"greencheck/api/apperr"
	"greencheck/ent"
	"greencheck/ent/answer"
	"greencheck/ent/apikey"
	"greencheck/ent/attachment"
	"greencheck/ent/attendance"
	"greencheck/ent/auditentry"
	"greencheck/ent/checklistitem"
	"greencheck/ent/checklisttemplate"
	"greencheck/ent/district"
	"greencheck/ent/eiaapproval"
	"greencheck/ent/emissionplan"
	"greencheck/ent/enterprise"
	"greencheck/ent/expert"
	"greencheck/ent/exportjob"
	"greencheck/ent/extensionrequest"
	"greencheck/ent/facility"
	"greencheck/ent/faqentry"
	"greencheck/ent/finding"
	"greencheck/ent/inspectiontask"
	"greencheck/ent/notification"
	"greencheck/ent/permit"
	"greencheck/ent/persistedquery"
	"greencheck/ent/question"
	"greencheck/ent/rectification"
	"greencheck/ent/reply"
	"greencheck/ent/savedreport"
	"greencheck/ent/selfcheck"
	"greencheck/ent/training"
	"greencheck/ent/trainingmaterial"
	"greencheck/ent/user"
	"greencheck/ent/visit"
	"greencheck/ent/warning"
	"greencheck/ent/warningchannel"
	"greencheck/ent/warningnotice"
	"greencheck/ent/webhookdelivery"
)

// nodeTables maps each GraphQL node type to its table (whose range of
// global ids its ids fall in).
var nodeTables = map[string]string{
	"APIKey": apikey.Table, "Answer": answer.Table, "Attachment": attachment.Table,
	"Attendance": attendance.Table, "AuditEntry": auditentry.Table,
	"ChecklistItem": checklistitem.Table, "ChecklistTemplate": checklisttemplate.Table, "FAQEntry": faqentry.Table,
	"District": district.Table, "EIAApproval": eiaapproval.Table, "EmissionPlan": emissionplan.Table,
	"Enterprise": enterprise.Table,
	"Expert":     expert.Table, "ExportJob": exportjob.Table, "ExtensionRequest": extensionrequest.Table, "Facility": facility.Table,
	"Finding": finding.Table, "InspectionTask": inspectiontask.Table,
	"Notification": notification.Table, "Permit": permit.Table, "PersistedQuery": persistedquery.Table, "Question": question.Table,
	"Rectification": rectification.Table, "Reply": reply.Table, "SavedReport": savedreport.Table, "SelfCheck": selfcheck.Table,
	"Training": training.Table, "TrainingMaterial": trainingmaterial.Table, "User": user.Table, "Visit": visit.Table, "Warning": warning.Table,
	"WarningNotice": warningnotice.Table, "WarningChannel": warningchannel.Table, "WebhookDelivery": webhookdelivery.Table,
}

// idOverrides names the node type of ID positions the schema's own shape
// does not tell: "Owner.argument" or "InputType.field" → node type.
var idOverrides = map[string]string{
	"Mutation.delegateReview.expertID":           "User", // the expert's account (Finding.delegate)
	"Mutation.deactivateUser.id":                 "User",
	"Mutation.draftChecklistTemplate.fromID":     "ChecklistTemplate",
	"DecideExtensionInput.id":                    "ExtensionRequest",
	"ResetUserPasswordInput.id":                  "User",
	"ReviewRectificationInput.id":                "Rectification",
	"SubmitSelfCheckInput.id":                    "SelfCheck",
	"SaveWarningDraftInput.id":                   "Warning",
	"SaveWarningChannelInput.id":                 "WarningChannel",
	"ReportWarningMeasuresInput.noticeID":        "WarningNotice",
	"RecordWarningCallInput.noticeID":            "WarningNotice",
	"RecordWarningSpotCheckInput.noticeID":       "WarningNotice",
	"RecordWarningSpotCheckInput.photoIDs":       "Attachment",
	"RecordVisitInput.id":                        "Visit",
	"RecordVisitInput.photoIDs":                  "Attachment",
	"PlanVisitInput.teamIDs":                     "User",
	"Mutation.setTrainingReplay.id":              "Training",
	"Mutation.addTrainingMaterials.trainingID":   "Training",
	"Mutation.removeTrainingMaterial.id":         "TrainingMaterial",
	"Mutation.deleteSavedReport.id":              "SavedReport",
	"SaveReportInput.id":                         "SavedReport",
	"Subscription.reportUpdated.id":              "SavedReport",
	"Subscription.exportJobUpdated.id":           "ExportJob",
	"Mutation.updateAPIKey.id":                   "APIKey",
	"Mutation.rotateAPIKey.id":                   "APIKey",
	"Mutation.revokeAPIKey.id":                   "APIKey",
	"Mutation.registerPersistedQuery.apiKeyId":   "APIKey",
	"Mutation.unregisterPersistedQuery.apiKeyId": "APIKey",
	"Query.apiKeyUsage.apiKeyId":                 "APIKey",
	"CreateAPIKeyInput.districtIDs":              "District",
	"UpdateAPIKeyInput.districtIDs":              "District",
}

// anyNode marks a position that takes an id of any type (node, nodes).
const anyNode = "*"

// idPositions knows, for every argument and input field of type ID in the
// schema, which node type it names.
type idPositions struct {
	byPosition map[string]string // "Owner.name" → node type or anyNode
}

// filterSuffixes are the operators entgql adds to an id field in a filter.
var filterSuffixes = []string{"NotIn", "NEQ", "GTE", "LTE", "In", "GT", "LT"}

// newIDPositions resolves every ID position of s: an argument of a root
// field (Query.node.id), or a field of an input type (FindingWhereInput.
// enterpriseIDIn). The rules, in order: an override; id of XWhereInput,
// CreateXInput or UpdateXInput is X; id of a root field is the type it
// returns (a payload's node); fooID is the type of field foo (or foos) of
// the input's own type X, else of a node type named Foo, else of every
// node type's field foo when they all agree.
func newIDPositions(s *ast.Schema) (*idPositions, error) {
	p := &idPositions{byPosition: map[string]string{}}
	var unresolved []string
	resolve := func(owner, ownType, name string) {
		key := owner + "." + name
		if t, ok := idOverrides[key]; ok {
			p.byPosition[key] = t
			return
		}
		if t := p.resolve(s, owner, ownType, name); t != "" {
			p.byPosition[key] = t
			return
		}
		unresolved = append(unresolved, key)
	}
	for _, root := range []*ast.Definition{s.Query, s.Mutation, s.Subscription} {
		if root == nil {
			continue
		}
		for _, f := range root.Fields {
			for _, a := range f.Arguments {
				if a.Type.Name() == "ID" {
					resolve(root.Name+"."+f.Name, returnedNode(s, f.Type.Name()), a.Name)
				}
			}
		}
	}
	for _, d := range s.Types {
		if d.Kind != ast.InputObject {
			continue
		}
		own := inputOwner(s, d.Name)
		for _, f := range d.Fields {
			if f.Type.Name() == "ID" {
				resolve(d.Name, own, f.Name)
			}
		}
	}
	// Arguments of non-root fields (none take ids today; a new one must be
	// resolved too).
	for _, d := range s.Types {
		if d.Kind != ast.Object || d == s.Query || d == s.Mutation || d == s.Subscription {
			continue
		}
		for _, f := range d.Fields {
			for _, a := range f.Arguments {
				if a.Type.Name() == "ID" {
					resolve(d.Name+"."+f.Name, d.Name, a.Name)
				}
			}
		}
	}
	if len(unresolved) > 0 {
		sort.Strings(unresolved)
		return p, fmt.Errorf("graph: the node type of these ID positions is unknown; add them to idOverrides: %s",
			strings.Join(unresolved, ", "))
	}
	return p, nil
}

func (p *idPositions) resolve(s *ast.Schema, owner, ownType, name string) string {
	if owner == "Query.node" || owner == "Query.nodes" {
		return anyNode
	}
	base := name
	for _, suf := range filterSuffixes {
		if b, ok := strings.CutSuffix(base, suf); ok && (strings.HasSuffix(b, "ID") || b == "id") {
			base = b
			break
		}
	}
	if base == "id" {
		if _, ok := nodeTables[ownType]; ok {
			return ownType
		}
		return ""
	}
	stem, ok := strings.CutSuffix(base, "IDs")
	if !ok {
		if stem, ok = strings.CutSuffix(base, "ID"); !ok {
			return ""
		}
	}
	fieldType := func(d *ast.Definition) string {
		if d == nil {
			return ""
		}
		for _, n := range []string{stem, stem + "s"} {
			if f := d.Fields.ForName(n); f != nil {
				if _, ok := nodeTables[f.Type.Name()]; ok {
					return f.Type.Name()
				}
			}
		}
		return ""
	}
	if t := fieldType(s.Types[ownType]); t != "" {
		return t
	}
	if named := strings.ToUpper(stem[:1]) + stem[1:]; nodeTables[named] != "" {
		return named
	}
	found := ""
	for n := range nodeTables {
		if t := fieldType(s.Types[n]); t != "" {
			if found != "" && found != t {
				return "" // ambiguous: say it in idOverrides
			}
			found = t
		}
	}
	return found
}

// inputOwner is the node type an input type is about: X of XWhereInput,
// CreateXInput, UpdateXInput.
func inputOwner(s *ast.Schema, input string) string {
	n := strings.TrimSuffix(input, "WhereInput")
	n = strings.TrimPrefix(strings.TrimPrefix(n, "Create"), "Update")
	n = strings.TrimSuffix(n, "Input")
	if _, ok := nodeTables[n]; ok {
		return n
	}
	return ""
}

// returnedNode is the node type a root field returns, directly or as the
// node of its payload (UserPayload.user).
func returnedNode(s *ast.Schema, typ string) string {
	if _, ok := nodeTables[typ]; ok {
		return typ
	}
	if d := s.Types[typ]; d != nil && strings.HasSuffix(typ, "Payload") {
		n := strings.TrimSuffix(typ, "Payload")
		if _, ok := nodeTables[n]; ok {
			return n
		}
	}
	return ""
}

// check decodes an id given at owner.name: a decimal integer, or the
// position's BAD_USER_INPUT; an integer in no type's range (negative, too
// large) NOT_FOUND; an id of another type than the position names
// BAD_USER_INPUT.
func (p *idPositions) check(owner, name string, v any) *apperr.Error {
	var s string
	switch x := v.(type) {
	case string:
		s = x
	case json.Number:
		s = x.String()
	case int64:
		s = strconv.FormatInt(x, 10)
	case int:
		s = strconv.Itoa(x)
	default:
		return apperr.Input(name, "input.id", name)
	}
	digits := strings.TrimPrefix(s, "-")
	if digits == "" || len(digits) > 40 || strings.TrimLeft(digits, "0123456789") != "" ||
		len(digits) > 1 && digits[0] == '0' { // one way to write an id
		return apperr.Input(name, "input.id", name)
	}
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id > 1<<53 {
		return apperr.New(apperr.NotFound, string(apperr.NotFound)).WithField(name)
	}
	table, ok := ent.NodeType(int(id))
	if !ok {
		return apperr.New(apperr.NotFound, string(apperr.NotFound)).WithField(name)
	}
	want := p.byPosition[owner+"."+name]
	if want == "" || want == anyNode {
		return nil
	}
	if nodeTables[want] != table {
		return apperr.Input(name, "input.id_type", name, want)
	}
	return nil
}
