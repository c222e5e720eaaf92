// Package templates is the checklist-template capability (自查清单管理): the
// city edits a draft version, publishes it (a published version is frozen;
// editing starts a new draft), and exchanges templates as JSON or Excel.
package templates

import (
	"context"
	"fmt"
	"greencheck/api/authz"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"greencheck/api/apperr"
	"greencheck/api/audit"
	"greencheck/api/checklist"
	"greencheck/api/db"
	"greencheck/api/input"
	"greencheck/ent"
	"greencheck/ent/checklistitem"
	"greencheck/ent/checklisttemplate"
	"greencheck/ent/schematype"
)

// Doc is a template as edited and exchanged: the GraphQL
// ChecklistDraftInput and the JSON export format.
type Doc struct {
	Name        string    `json:"name"`
	Description *string   `json:"description,omitempty"`
	Items       []ItemDoc `json:"items"`
}

// ItemDoc is one checklist item (the GraphQL ChecklistItemInput).
type ItemDoc struct {
	Code                string                    `json:"code"`
	Category            checklistitem.Category    `json:"category"`
	QuestionZh          string                    `json:"questionZh"`
	QuestionEn          string                    `json:"questionEn"`
	AnswerType          checklistitem.AnswerType  `json:"answerType"`
	Compliance          schematype.ComplianceRule `json:"compliance"`
	Applicability       schematype.Applicability  `json:"applicability"`
	LegalRefs           []schematype.LegalRef     `json:"legalRefs,omitempty"`
	FindingLabelZh      string                    `json:"findingLabelZh"`
	FindingLabelEn      string                    `json:"findingLabelEn"`
	Severity            checklistitem.Severity    `json:"severity"`
	DefaultDeadlineDays int                       `json:"defaultDeadlineDays"`
	GuidanceZh          []string                  `json:"guidanceZh"`
	GuidanceEn          []string                  `json:"guidanceEn,omitempty"`
}

// Service edits, publishes and exchanges checklist templates.
type Service struct {
	client *ent.Client
	Now    func() time.Time
}

// New returns the template service.
func New(client *ent.Client) *Service { return &Service{client: client, Now: time.Now} }

// mayEdit refuses, before any work (a workbook is parsed only for those who
// may import it), a viewer the checklist rules would refuse anyway.
func (s *Service) mayEdit(ctx context.Context) error {
	return authz.RequireCapability(ctx, s.client, authz.EditChecklists)
}

// Export returns a template and its items as a Doc.
func (s *Service) Export(ctx context.Context, id int) (*ent.ChecklistTemplate, *Doc, error) {
	c := db.Client(ctx, s.client) // within the caller's transaction, if any
	t, err := c.ChecklistTemplate.Get(ctx, id)
	if err != nil {
		return nil, nil, err
	}
	items, err := c.ChecklistItem.Query().Where(checklistitem.TemplateID(id)).
		Order(ent.Asc(checklistitem.FieldSortOrder)).All(ctx)
	if err != nil {
		return nil, nil, err
	}
	d := &Doc{Name: t.Name, Description: &t.Description, Items: make([]ItemDoc, len(items))}
	for i, it := range items {
		d.Items[i] = ItemDoc{Code: it.Code, Category: it.Category, QuestionZh: it.QuestionZh, QuestionEn: it.QuestionEn,
			AnswerType: it.AnswerType, Compliance: it.Compliance, Applicability: it.Applicability, LegalRefs: it.LegalRefs,
			FindingLabelZh: it.FindingLabelZh, FindingLabelEn: it.FindingLabelEn, Severity: it.Severity,
			DefaultDeadlineDays: it.DefaultDeadlineDays, GuidanceZh: it.GuidanceZh, GuidanceEn: it.GuidanceEn}
	}
	return t, d, nil
}

// Draft starts a new version from a template, copying its items. If a
// draft of that name already exists it is returned (a retry, or someone
// already editing): there is one draft per template name at a time.
func (s *Service) Draft(ctx context.Context, fromID int) (*ent.ChecklistTemplate, error) {
	if err := s.mayEdit(ctx); err != nil {
		return nil, err
	}
	_, doc, err := s.Export(ctx, fromID)
	if err != nil {
		return nil, err
	}
	return s.create(ctx, *doc, "template.draft")
}

// Create starts a new, empty checklist as draft version 1.
func (s *Service) Create(ctx context.Context, name string, description *string) (*ent.ChecklistTemplate, error) {
	if err := s.mayEdit(ctx); err != nil {
		return nil, err
	}
	name = strings.TrimSpace(name)
	if name == "" || input.Runes(name) > 200 {
		return nil, apperr.Input("name", "input.required", "name")
	}
	n, err := db.Client(ctx, s.client).ChecklistTemplate.Query().Where(checklisttemplate.Name(name)).Count(ctx)
	if err != nil {
		return nil, err
	}
	if n > 0 {
		return nil, apperr.Input("name", "template.name_taken")
	}
	return s.create(ctx, Doc{Name: name, Description: description}, "template.create")
}

// checkApplicability names the first invalid member of an applicability
// rule, or "".
func checkApplicability(a schematype.Applicability) string {
	for _, f := range a.Flags {
		if !slices.Contains(flags, f) {
			return "flags"
		}
	}
	for _, t := range a.PermitTiers {
		if !slices.Contains(tiers, t) {
			return "permitTiers"
		}
	}
	for _, p := range a.IndustryPrefixes {
		if !checklist.IndustryPrefixOK(p) {
			return "industryPrefixes"
		}
	}
	return ""
}

// ImportFile imports an uploaded template file (JSON or an Excel workbook
// of at most MaxFileBytes): the caller's right to edit checklists is
// checked before a byte of the file is read.
func (s *Service) ImportFile(ctx context.Context, file io.Reader, name string) (*ent.ChecklistTemplate, error) {
	if err := s.mayEdit(ctx); err != nil {
		return nil, err
	}
	data, err := io.ReadAll(io.LimitReader(file, MaxFileBytes+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxFileBytes {
		return nil, apperr.Input("file", "files.too_large", name, MaxFileBytes>>20)
	}
	doc, err := Decode(data)
	if err != nil {
		return nil, err
	}
	return s.Import(ctx, doc)
}

// Import creates a new draft from an exchanged document (JSON or Excel,
// decoded).
func (s *Service) Import(ctx context.Context, doc Doc) (*ent.ChecklistTemplate, error) {
	if err := s.mayEdit(ctx); err != nil {
		return nil, err
	}
	if err := validate(&doc); err != nil {
		return nil, err
	}
	return s.create(ctx, doc, "template.import")
}

func (s *Service) create(ctx context.Context, doc Doc, action string) (*ent.ChecklistTemplate, error) {
	var out *ent.ChecklistTemplate
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		existing, err := tx.ChecklistTemplate.Query().Where(checklisttemplate.Name(doc.Name),
			checklisttemplate.StatusEQ(checklisttemplate.StatusDRAFT)).First(ctx)
		if err == nil {
			if action == "template.import" {
				return apperr.New(apperr.Conflict, "template.draft_exists")
			}
			out = existing
			return nil
		}
		if !ent.IsNotFound(err) {
			return err
		}
		latest, err := tx.ChecklistTemplate.Query().Where(checklisttemplate.Name(doc.Name)).
			Order(ent.Desc(checklisttemplate.FieldVersion)).First(ctx)
		version := 1
		if err == nil {
			version = latest.Version + 1
		} else if !ent.IsNotFound(err) {
			return err
		}
		q := tx.ChecklistTemplate.Create().SetName(doc.Name).SetVersion(version)
		if doc.Description != nil {
			q.SetDescription(*doc.Description)
		}
		if out, err = q.Save(ctx); err != nil {
			return err
		}
		if err := storeItems(ctx, tx, out.ID, doc.Items); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Entry{Action: action, SubjectType: "ChecklistTemplate", SubjectID: out.ID,
			To: fmt.Sprintf("%s v%d (%d items)", doc.Name, version, len(doc.Items))})
	})
	return out, err
}

// SaveDraft replaces a draft's name, description and items.
func (s *Service) SaveDraft(ctx context.Context, id int, doc Doc) (*ent.ChecklistTemplate, error) {
	if err := s.mayEdit(ctx); err != nil {
		return nil, err
	}
	if err := validate(&doc); err != nil {
		return nil, err
	}
	var out *ent.ChecklistTemplate
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		t, err := tx.ChecklistTemplate.Get(ctx, id)
		if err != nil {
			return err
		}
		if t.Status != checklisttemplate.StatusDRAFT {
			return apperr.New(apperr.Conflict, "template.frozen")
		}
		if doc.Name != t.Name {
			n, err := tx.ChecklistTemplate.Query().Where(checklisttemplate.Name(doc.Name)).Count(ctx)
			if err != nil {
				return err
			}
			if n > 0 {
				return apperr.Input("name", "template.name_taken")
			}
		}
		q := tx.ChecklistTemplate.UpdateOne(t).SetName(doc.Name)
		if doc.Description != nil {
			q.SetDescription(*doc.Description)
		}
		if out, err = q.Save(ctx); err != nil {
			return err
		}
		if _, err := tx.ChecklistItem.Delete().Where(checklistitem.TemplateID(t.ID)).Exec(ctx); err != nil {
			return err
		}
		if err := storeItems(ctx, tx, t.ID, doc.Items); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Entry{Action: "template.save", SubjectType: "ChecklistTemplate", SubjectID: t.ID,
			To: fmt.Sprintf("%d items", len(doc.Items))})
	})
	return out, err
}

// Publish freezes a draft; the version it replaces is archived (tasks
// already issued keep their own version). Publishing twice is a retry.
func (s *Service) Publish(ctx context.Context, id int) (*ent.ChecklistTemplate, error) {
	if err := s.mayEdit(ctx); err != nil {
		return nil, err
	}
	var out *ent.ChecklistTemplate
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		t, err := tx.ChecklistTemplate.Get(ctx, id)
		if err != nil {
			return err
		}
		switch t.Status {
		case checklisttemplate.StatusPUBLISHED:
			out = t
			return nil
		case checklisttemplate.StatusARCHIVED:
			return apperr.New(apperr.Conflict, "template.frozen")
		}
		n, err := tx.ChecklistItem.Query().Where(checklistitem.TemplateID(t.ID)).Count(ctx)
		if err != nil {
			return err
		}
		if n == 0 {
			return apperr.Input("items", "template.no_items")
		}
		if err := tx.ChecklistTemplate.Update().Where(checklisttemplate.Name(t.Name),
			checklisttemplate.StatusEQ(checklisttemplate.StatusPUBLISHED)).
			SetStatus(checklisttemplate.StatusARCHIVED).Exec(ctx); err != nil {
			return err
		}
		if out, err = tx.ChecklistTemplate.UpdateOne(t).SetStatus(checklisttemplate.StatusPUBLISHED).
			SetPublishedAt(s.Now().UTC().Truncate(time.Microsecond)).Save(ctx); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Entry{Action: "template.publish", SubjectType: "ChecklistTemplate", SubjectID: t.ID,
			From: "DRAFT", To: "PUBLISHED", Comment: fmt.Sprintf("%s v%d", t.Name, t.Version)})
	})
	return out, err
}

func storeItems(ctx context.Context, tx *ent.Client, templateID int, items []ItemDoc) error {
	bulk := make([]*ent.ChecklistItemCreate, len(items))
	for i, it := range items {
		bulk[i] = tx.ChecklistItem.Create().SetTemplateID(templateID).SetCode(it.Code).SetCategory(it.Category).
			SetSortOrder(i + 1).SetQuestionZh(it.QuestionZh).SetQuestionEn(it.QuestionEn).SetAnswerType(it.AnswerType).
			SetCompliance(it.Compliance).SetApplicability(it.Applicability).SetLegalRefs(it.LegalRefs).
			SetFindingLabelZh(it.FindingLabelZh).SetFindingLabelEn(it.FindingLabelEn).SetSeverity(it.Severity).
			SetDefaultDeadlineDays(it.DefaultDeadlineDays).SetGuidanceZh(it.GuidanceZh).SetGuidanceEn(it.GuidanceEn)
	}
	for lo := 0; lo < len(bulk); lo += 500 {
		if err := tx.ChecklistItem.CreateBulk(bulk[lo:min(lo+500, len(bulk))]...).Exec(ctx); err != nil {
			return err
		}
	}
	return nil
}

var flags = []string{"AIR_RELATED", "KEY_SUPERVISED", "VOC_USER", "HAZARDOUS_WASTE"}
var tiers = []string{"KEY", "SIMPLIFIED", "REGISTRATION", "NONE"}

// validate checks a document as the editor and the importers need it:
// every error names the item (by its position and code) and the field.
func validate(d *Doc) error {
	// Every string of the document, the JSON ones (guidance, legal
	// references, compliance, applicability) included: an imported file's
	// strings are not GraphQL arguments, so the checks those get are made
	// here (control and direction characters, blank, 10,000 characters).
	if path, key := input.CheckAll(d); key != "" {
		if rest, ok := strings.CutPrefix(path, "items."); ok {
			n, field, _ := strings.Cut(rest, ".")
			if i, err := strconv.Atoi(n); err == nil && i < len(d.Items) {
				e := apperr.New(apperr.BadUserInput, "template.item_invalid", i+1, d.Items[i].Code, field)
				e.Field = path
				return e
			}
		}
		if key == "input.too_long" {
			return apperr.Input(path, key, path, input.MaxStringRunes)
		}
		return apperr.Input(path, key, path)
	}
	d.Name = strings.TrimSpace(d.Name)
	if d.Name == "" || input.Runes(d.Name) > 200 {
		return apperr.Input("name", "input.required", "name")
	}
	if len(d.Items) == 0 {
		return apperr.Input("items", "template.no_items")
	}
	if len(d.Items) > MaxItems {
		return apperr.Input("items", "template.too_many", MaxItems)
	}
	seen := map[string]bool{}
	for i := range d.Items {
		it := &d.Items[i]
		bad := func(field string) error {
			e := apperr.New(apperr.BadUserInput, "template.item_invalid", i+1, it.Code, field)
			e.Field = fmt.Sprintf("items.%d.%s", i, field)
			return e
		}
		it.Code = strings.TrimSpace(it.Code)
		if it.Code == "" || len(it.Code) > 16 {
			return bad("code")
		}
		if seen[it.Code] {
			return apperr.New(apperr.BadUserInput, "template.code_repeated", it.Code)
		}
		seen[it.Code] = true
		if checklistitem.CategoryValidator(it.Category) != nil {
			return bad("category")
		}
		if checklistitem.AnswerTypeValidator(it.AnswerType) != nil {
			return bad("answerType")
		}
		if checklistitem.SeverityValidator(it.Severity) != nil {
			return bad("severity")
		}
		if strings.TrimSpace(it.QuestionZh) == "" {
			return bad("questionZh")
		}
		if strings.TrimSpace(it.QuestionEn) == "" {
			it.QuestionEn = it.QuestionZh
		}
		if strings.TrimSpace(it.FindingLabelZh) == "" {
			return bad("findingLabelZh")
		}
		if strings.TrimSpace(it.FindingLabelEn) == "" {
			it.FindingLabelEn = it.FindingLabelZh
		}
		if it.DefaultDeadlineDays < 1 || it.DefaultDeadlineDays > 365 {
			return bad("defaultDeadlineDays")
		}
		if len(it.GuidanceZh) == 0 {
			return bad("guidanceZh")
		}
		c := it.Compliance
		switch it.AnswerType {
		case checklistitem.AnswerTypeYES_NO, checklistitem.AnswerTypeYES_NO_NA:
			if c.Expect != "" && c.Expect != "YES" && c.Expect != "NO" {
				return bad("compliance.expect")
			}
		case checklistitem.AnswerTypeNUMBER:
			if c.Min == nil && c.Max == nil || c.Min != nil && c.Max != nil && *c.Min > *c.Max {
				return bad("compliance.min")
			}
		case checklistitem.AnswerTypeDATE:
			if c.WithinMonths == nil && c.AheadDays == nil {
				return bad("compliance.withinMonths")
			}
		case checklistitem.AnswerTypeCHOICE:
			if len(c.Choices) < 2 || len(c.Compliant) == 0 {
				return bad("compliance.choices")
			}
			for _, x := range c.Compliant {
				if !slices.Contains(c.Choices, x) {
					return bad("compliance.compliant")
				}
			}
		}
		if f := checkApplicability(it.Applicability); f != "" {
			return bad("applicability." + f)
		}
		for _, l := range it.LegalRefs {
			if strings.TrimSpace(l.Instrument) == "" {
				return bad("legalRefs")
			}
		}
	}
	return nil
}
