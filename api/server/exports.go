package server

// Exports: files an administrator downloads (the ledger, checklists).

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"greencheck/api/clock"
	"greencheck/api/exchange"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"greencheck/api/admin"
	"greencheck/api/apperr"
	"greencheck/api/input"
	"greencheck/api/ledger"
	"greencheck/api/templates"
	"greencheck/api/viewer"
	"greencheck/ent"
	"greencheck/ent/finding"
)

// exportLedger answers GET /exports/ledger.xlsx?status=RECTIFYING,SUBMITTED
// &severity=HIGH&districtID=…&taskID=…&enterpriseID=…&overdue=1&open=1&q=…
// with the viewer's
// rectification ledger (整改台账) as a workbook.
func exportLedger(client *ent.Client) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if viewer.FromContext(r.Context()) == nil {
			unauthenticated(w, r, apperr.New(apperr.Unauthenticated, string(apperr.Unauthenticated)))
			return
		}
		f, err := ledgerFilter(r.URL.Query())
		if err != nil {
			writeError(w, r, http.StatusBadRequest, err)
			return
		}
		var buf bytes.Buffer
		n, werr := ledger.WriteXLSX(r.Context(), client, f, &buf)
		if werr != nil {
			fail(w, r, werr, http.StatusInternalServerError)
			return
		}
		w.Header().Set("X-Ledger-Rows", strconv.Itoa(n))
		attachment(w, "整改台账-"+time.Now().In(clock.Shanghai).Format("20060102")+".xlsx", xlsxType, buf.Bytes())
	})
}

func ledgerFilter(q url.Values) (ledger.Filter, *apperr.Error) {
	var f ledger.Filter
	for _, name := range []string{"status", "severity"} {
		if strings.Count(q.Get(name), ",") >= maxListParam {
			return f, apperr.Input(name, "input.too_many", name, maxListParam)
		}
	}
	for _, s := range splitList(q.Get("status")) {
		st := finding.Status(s)
		if finding.StatusValidator(st) != nil {
			return f, apperr.Input("status", "input.invalid", "status")
		}
		if !slices.Contains(f.Status, st) {
			f.Status = append(f.Status, st)
		}
	}
	for _, s := range splitList(q.Get("severity")) {
		sv := finding.Severity(s)
		if finding.SeverityValidator(sv) != nil {
			return f, apperr.Input("severity", "input.invalid", "severity")
		}
		if !slices.Contains(f.Severity, sv) {
			f.Severity = append(f.Severity, sv)
		}
	}
	for name, dst := range map[string]**int{"districtID": &f.DistrictID, "taskID": &f.TaskID, "enterpriseID": &f.EnterpriseID} {
		if v := q.Get(name); v != "" {
			id, err := strconv.Atoi(v)
			if err != nil || id <= 0 {
				return f, apperr.Input(name, "input.invalid", name)
			}
			*dst = &id
		}
	}
	switch q.Get("overdue") {
	case "", "0", "false":
	case "1", "true":
		f.Overdue = true
	default:
		return f, apperr.Input("overdue", "input.invalid", "overdue")
	}
	switch q.Get("open") {
	case "":
	case "1", "true":
		f.Open = ptrTo(true)
	case "0", "false":
		f.Open = ptrTo(false)
	default:
		return f, apperr.Input("open", "input.invalid", "open")
	}
	if name := input.Text(q.Get("q")); name != "" {
		if key := input.Check(name); key != "" {
			return f, apperr.Input("q", key, "q")
		}
		if n := input.MaxLen("Enterprise", "name"); input.Runes(name) > n {
			return f, apperr.Input("q", "input.too_long", "q", n)
		}
		f.Enterprise = name
	}
	return f, nil
}

// splitList reads a comma-separated parameter (short enum lists).
func splitList(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

const maxListParam = 20

// exportChecklist answers GET /exports/checklist/{id}?format=json|xlsx
// with a checklist template in the exchange format importChecklistTemplate
// reads back.
func exportChecklist(client *ent.Client, svc *templates.Service) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if viewer.FromContext(r.Context()) == nil {
			unauthenticated(w, r, apperr.New(apperr.Unauthenticated, string(apperr.Unauthenticated)))
			return
		}
		id, err := strconv.Atoi(r.PathValue("id"))
		if err != nil {
			notFound(w, r)
			return
		}
		t, doc, err := svc.Export(r.Context(), id)
		if ent.IsNotFound(err) {
			notFound(w, r)
			return
		}
		if err != nil {
			fail(w, r, err, http.StatusInternalServerError)
			return
		}
		base := fmt.Sprintf("%s-v%d", t.Name, t.Version)
		var buf bytes.Buffer
		switch r.URL.Query().Get("format") {
		case "", "json":
			enc := json.NewEncoder(&buf)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			err = enc.Encode(doc)
			w.Header().Set("Content-Type", "application/json; charset=utf-8")
			base += ".json"
		case "xlsx":
			err = templates.WriteXLSX(doc, &buf)
			w.Header().Set("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
			base += ".xlsx"
		default:
			writeError(w, r, http.StatusBadRequest, apperr.Input("format", "input.invalid", "format"))
			return
		}
		if err != nil {
			fail(w, r, err, http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Disposition", "attachment; filename*=UTF-8''"+url.PathEscape(base))
		w.Header().Set("Cache-Control", "no-store")
		_, _ = w.Write(buf.Bytes())
	})
}

// registryTemplate answers GET /exports/templates/registry.xlsx with the
// bulk registration template (importRegistry) in the caller's language.
func registryTemplate(client *ent.Client) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if viewer.FromContext(r.Context()) == nil {
			unauthenticated(w, r, apperr.New(apperr.Unauthenticated, string(apperr.Unauthenticated)))
			return
		}
		var buf bytes.Buffer
		if err := admin.RegistryTemplate(r.Context(), client, &buf); err != nil {
			fail(w, r, err, http.StatusInternalServerError)
			return
		}
		name := "企业批量导入模板.xlsx"
		if apperr.Lang(r.Context()) == "en" {
			name = "registry-import-template.xlsx"
		}
		attachment(w, name, xlsxType, buf.Bytes())
	})
}

// downloadExport answers GET /exports/jobs/{id} with a finished export's
// file for its owner (404 for anyone else), with ranges (a phone resumes a
// broken download); 409 while it runs, 410 once expired.
func downloadExport(svc *exchange.Service) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if viewer.FromContext(r.Context()) == nil {
			unauthenticated(w, r, apperr.New(apperr.Unauthenticated, string(apperr.Unauthenticated)))
			return
		}
		id, err := strconv.Atoi(r.PathValue("id"))
		if err != nil || id <= 0 {
			notFound(w, r)
			return
		}
		d, err := svc.Open(r.Context(), id)
		switch {
		case ent.IsNotFound(err):
			notFound(w, r)
			return
		case errors.Is(err, exchange.ErrNotReady):
			writeError(w, r, http.StatusConflict, apperr.New(apperr.Conflict, "export.not_ready"))
			return
		case errors.Is(err, exchange.ErrGone):
			writeError(w, r, http.StatusGone, apperr.New(apperr.NotFound, "export.gone"))
			return
		case err != nil:
			fail(w, r, err, http.StatusInternalServerError)
			return
		}
		f, err := os.Open(d.Path)
		if err != nil {
			writeError(w, r, http.StatusGone, apperr.New(apperr.NotFound, "export.gone"))
			return
		}
		defer f.Close()
		h := w.Header()
		h.Set("Content-Type", d.Type)
		h.Set("Content-Disposition", "attachment; filename*=UTF-8''"+url.PathEscape(d.Name))
		h.Set("Cache-Control", "private, no-store")
		http.ServeContent(w, r, "", d.ModTime, f)
	})
}

const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

// attachment sends data as a download named name (any language: RFC 5987).
func attachment(w http.ResponseWriter, name, contentType string, data []byte) {
	h := w.Header()
	h.Set("Content-Type", contentType)
	h.Set("Content-Disposition", "attachment; filename*=UTF-8''"+url.PathEscape(name))
	h.Set("Cache-Control", "no-store")
	_, _ = w.Write(data)
}

func ptrTo[T any](v T) *T { return &v }
