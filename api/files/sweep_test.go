package files

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"greencheck/api/db"
	"greencheck/api/db/dbtest"
	"greencheck/api/uscc"
	"greencheck/ent/enterprise"
)

// The sweep removes old contents no attachment uses and old staged files;
// it keeps what is used and what is recent (an upload in flight).
func TestSweep(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		d := dbtest.Open(t, dia)
		ctx := db.System(context.Background())
		store, err := NewStore(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		svc := New(d.Client, store)
		put := func(content []byte, age time.Duration) string {
			st, err := store.stage(bytes.NewReader(content))
			if err != nil {
				t.Fatal(err)
			}
			if _, err := store.commit(st); err != nil {
				t.Fatal(err)
			}
			past := time.Now().Add(-age)
			_ = os.Chtimes(store.Path(st.sha256), past, past)
			return st.sha256
		}
		used := put(append(append([]byte{}, png...), 1), 48*time.Hour)
		orphan := put(append(append([]byte{}, png...), 2), 48*time.Hour)
		fresh := put(append(append([]byte{}, png...), 3), time.Minute)
		stale := filepath.Join(store.dir, "tmp", "up-stale")
		_ = os.WriteFile(stale, []byte("x"), 0o600)
		past := time.Now().Add(-48 * time.Hour)
		_ = os.Chtimes(stale, past, past)

		dist := d.Client.District.Create().SetCode("430102").SetNameZh("芙蓉区").SetNameEn("Furong").SetKind("DISTRICT").SaveX(ctx)
		e := d.Client.Enterprise.Create().SetName("测试企业有限公司").SetCreditCode(creditCode(t, "91430102MA4L16JQ9")).SetDistrictID(dist.ID).
			SetIndustryCode("2319").SetIndustryName("包装装潢印刷").SetPermitTier(enterprise.PermitTierSIMPLIFIED).SaveX(ctx)
		d.Client.Attachment.Create().SetEnterpriseID(e.ID).SetSha256(used).SetName("a.png").SetContentType("image/png").SetSize(1).ExecX(ctx)

		n, err := svc.Sweep(ctx, time.Hour)
		if err != nil || n != 2 {
			t.Fatalf("swept %d (%v), want the orphan and the stale upload", n, err)
		}
		if !store.Has(used) || !store.Has(fresh) || store.Has(orphan) {
			t.Errorf("used %v fresh %v orphan %v", store.Has(used), store.Has(fresh), store.Has(orphan))
		}
		if _, err := os.Stat(stale); !os.IsNotExist(err) {
			t.Errorf("the stale upload is still there")
		}
	})
}

func creditCode(t *testing.T, first17 string) string {
	t.Helper()
	c, err := uscc.CheckChar(first17)
	if err != nil {
		t.Fatal(err)
	}
	return first17 + string(c)
}
