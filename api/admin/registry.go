package admin

import (
	"context"

	"greencheck/api/apperr"
	"greencheck/api/audit"
	"greencheck/api/db"
	"greencheck/api/input"
	"greencheck/ent"
)

// CreatePermit records a discharge permit or registration receipt.
func (s *Service) CreatePermit(ctx context.Context, in CreatePermitInput) (*ent.Permit, error) {
	var c check
	c.required("number", in.Number, input.MaxLen("Permit", "number"))
	if !in.ValidUntil.After(in.IssuedOn) {
		c.add(apperr.Input("validUntil", "input.date_order"))
	}
	if c.err != nil {
		return nil, c.err
	}
	var p *ent.Permit
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		var err error
		p, err = tx.Permit.Create().SetEnterpriseID(in.EnterpriseID).SetNumber(in.Number).SetTier(in.Tier).
			SetIssuedOn(utc(in.IssuedOn)).SetValidUntil(utc(in.ValidUntil)).SetNillableStatus(in.Status).
			SetOutlets(in.Outlets).Save(ctx)
		if err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Entry{Action: "permit.create", SubjectType: "Permit",
			SubjectID: p.ID, EnterpriseID: &p.EnterpriseID, To: p})
	})
	return p, err
}

// UpdatePermit changes a permit.
func (s *Service) UpdatePermit(ctx context.Context, in UpdatePermitInput) (*ent.Permit, error) {
	var c check
	if in.Number != nil {
		c.required("number", *in.Number, input.MaxLen("Permit", "number"))
	}
	if c.err != nil {
		return nil, c.err
	}
	var p *ent.Permit
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		old, err := tx.Permit.Get(ctx, in.ID)
		if err != nil {
			return err
		}
		issued, until := old.IssuedOn, old.ValidUntil
		if in.IssuedOn != nil {
			issued = *in.IssuedOn
		}
		if in.ValidUntil != nil {
			until = *in.ValidUntil
		}
		if !until.After(issued) {
			return apperr.Input("validUntil", "input.date_order")
		}
		q := tx.Permit.UpdateOne(old).SetNillableNumber(in.Number).SetNillableTier(in.Tier).
			SetNillableIssuedOn(utcp(in.IssuedOn)).SetNillableValidUntil(utcp(in.ValidUntil)).
			SetNillableStatus(in.Status)
		if in.Outlets != nil {
			q.SetOutlets(in.Outlets)
		}
		if p, err = q.Save(ctx); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Entry{Action: "permit.update", SubjectType: "Permit",
			SubjectID: p.ID, EnterpriseID: &p.EnterpriseID, From: old, To: p})
	})
	return p, err
}

// CreateFacility records a production line or control facility.
func (s *Service) CreateFacility(ctx context.Context, in CreateFacilityInput) (*ent.Facility, error) {
	var c check
	c.required("code", in.Code, input.MaxLen("Facility", "code"))
	c.required("name", in.Name, input.MaxLen("Facility", "name"))
	c.optional("technology", in.Technology, input.MaxLen("Facility", "technology"))
	if in.Capacity != nil && *in.Capacity < 0 {
		c.add(apperr.Input("capacity", "input.invalid", "capacity"))
	}
	if c.err != nil {
		return nil, c.err
	}
	var f *ent.Facility
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		var err error
		f, err = tx.Facility.Create().SetEnterpriseID(in.EnterpriseID).SetCode(in.Code).SetName(in.Name).
			SetKind(in.Kind).SetNillableCapacity(in.Capacity).SetNillableCapacityUnit(in.CapacityUnit).
			SetNillableTechnology(in.Technology).SetNillableStatus(in.Status).Save(ctx)
		if err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Entry{Action: "facility.create", SubjectType: "Facility",
			SubjectID: f.ID, EnterpriseID: &f.EnterpriseID, To: f})
	})
	return f, err
}

// UpdateFacility changes a facility.
func (s *Service) UpdateFacility(ctx context.Context, in UpdateFacilityInput) (*ent.Facility, error) {
	var c check
	if in.Code != nil {
		c.required("code", *in.Code, input.MaxLen("Facility", "code"))
	}
	if in.Name != nil {
		c.required("name", *in.Name, input.MaxLen("Facility", "name"))
	}
	c.optional("technology", in.Technology, input.MaxLen("Facility", "technology"))
	if in.Capacity != nil && *in.Capacity < 0 {
		c.add(apperr.Input("capacity", "input.invalid", "capacity"))
	}
	if c.err != nil {
		return nil, c.err
	}
	var f *ent.Facility
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		old, err := tx.Facility.Get(ctx, in.ID)
		if err != nil {
			return err
		}
		f, err = tx.Facility.UpdateOne(old).SetNillableCode(in.Code).SetNillableName(in.Name).
			SetNillableKind(in.Kind).SetNillableCapacity(in.Capacity).SetNillableCapacityUnit(in.CapacityUnit).
			SetNillableTechnology(in.Technology).SetNillableStatus(in.Status).Save(ctx)
		if err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Entry{Action: "facility.update", SubjectType: "Facility",
			SubjectID: f.ID, EnterpriseID: &f.EnterpriseID, From: old, To: f})
	})
	return f, err
}

// CreateEIAApproval records an EIA approval.
func (s *Service) CreateEIAApproval(ctx context.Context, in CreateEIAApprovalInput) (*ent.EIAApproval, error) {
	var c check
	c.required("projectName", in.ProjectName, input.MaxLen("EIAApproval", "projectName"))
	c.required("documentNumber", in.DocumentNumber, input.MaxLen("EIAApproval", "documentNumber"))
	if in.ApprovedCapacity != nil && *in.ApprovedCapacity < 0 {
		c.add(apperr.Input("approvedCapacity", "input.invalid", "approvedCapacity"))
	}
	if in.AcceptanceOn != nil && in.AcceptanceOn.Before(in.ApprovedOn) {
		c.add(apperr.Input("acceptanceOn", "input.invalid", "acceptanceOn"))
	}
	if c.err != nil {
		return nil, c.err
	}
	var a *ent.EIAApproval
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		var err error
		a, err = tx.EIAApproval.Create().SetEnterpriseID(in.EnterpriseID).SetProjectName(in.ProjectName).
			SetDocumentNumber(in.DocumentNumber).SetReportType(in.ReportType).
			SetNillableApprovedCapacity(in.ApprovedCapacity).SetNillableCapacityUnit(in.CapacityUnit).
			SetApprovedOn(utc(in.ApprovedOn)).SetNillableAcceptanceOn(utcp(in.AcceptanceOn)).Save(ctx)
		if err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Entry{Action: "eia_approval.create", SubjectType: "EIAApproval",
			SubjectID: a.ID, EnterpriseID: &a.EnterpriseID, To: a})
	})
	return a, err
}

// UpdateEIAApproval changes an EIA approval.
func (s *Service) UpdateEIAApproval(ctx context.Context, in UpdateEIAApprovalInput) (*ent.EIAApproval, error) {
	var c check
	if in.ProjectName != nil {
		c.required("projectName", *in.ProjectName, input.MaxLen("EIAApproval", "projectName"))
	}
	if in.DocumentNumber != nil {
		c.required("documentNumber", *in.DocumentNumber, input.MaxLen("EIAApproval", "documentNumber"))
	}
	if c.err != nil {
		return nil, c.err
	}
	var a *ent.EIAApproval
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		old, err := tx.EIAApproval.Get(ctx, in.ID)
		if err != nil {
			return err
		}
		a, err = tx.EIAApproval.UpdateOne(old).SetNillableProjectName(in.ProjectName).
			SetNillableDocumentNumber(in.DocumentNumber).SetNillableReportType(in.ReportType).
			SetNillableApprovedCapacity(in.ApprovedCapacity).SetNillableCapacityUnit(in.CapacityUnit).
			SetNillableApprovedOn(utcp(in.ApprovedOn)).SetNillableAcceptanceOn(utcp(in.AcceptanceOn)).Save(ctx)
		if err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Entry{Action: "eia_approval.update", SubjectType: "EIAApproval",
			SubjectID: a.ID, EnterpriseID: &a.EnterpriseID, From: old, To: a})
	})
	return a, err
}
