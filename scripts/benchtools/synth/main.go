// Command synth fills an empty database with a synthetic city for
// benchmarks at province scale: N enterprises over the real districts and
// M findings shaped like the demo's (uneven statuses, ~96.7 % closed in a
// mature campaign, a year of dates), plus a city administrator `admin` and
// a district administrator per district (password `greencheck`) to sign in
// as. The database is DATABASE_URL (PostgreSQL) or, without it, the SQLite
// file under -data.
//
//	go run ./scripts/benchtools/synth -enterprises 50000 -findings 500000
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"time"

	"entgo.io/ent/privacy"

	"greencheck/api/auth"
	"greencheck/api/db"
	"greencheck/api/demo"
	"greencheck/ent/district"
)

func main() {
	enterprises := flag.Int("enterprises", 50_000, "enterprises")
	findings := flag.Int("findings", 500_000, "findings")
	data := flag.String("data", "data-synth", "the SQLite data directory when DATABASE_URL is empty")
	flag.Parse()
	ctx := context.Background()
	start := time.Now()
	d, err := db.Open(ctx, os.Getenv("DATABASE_URL"), *data)
	if err != nil {
		log.Fatal(err)
	}
	defer d.Close()
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	if n, err := d.Client.Enterprise.Query().Count(sys); err != nil || n > 0 {
		log.Fatalf("synth: the database is not empty (%d enterprises, %v)", n, err)
	}
	if err := demo.Synthetic(ctx, d.Client, *enterprises, *findings, time.Now()); err != nil {
		log.Fatal(err)
	}
	// The triggers kept the finding tallies while loading; merged now, as
	// the server's job would.
	if err := db.CompactTallies(ctx, d.SQL, d.Dialect); err != nil {
		log.Fatal(err)
	}
	hash, err := auth.HashPassword(demo.Password)
	if err != nil {
		log.Fatal(err)
	}
	if _, err := d.Client.User.Create().SetUsername("admin").SetDisplayName("市局管理员").
		SetPasswordHash(hash).SetRole("CITY_ADMIN").Save(sys); err != nil {
		log.Fatal(err)
	}
	ds, err := d.Client.District.Query().Order(district.ByCode()).All(sys)
	if err != nil {
		log.Fatal(err)
	}
	for i, di := range ds {
		if _, err := d.Client.User.Create().SetUsername(fmt.Sprintf("district%02d", i+1)).
			SetDisplayName(di.NameZh + "分局管理员").SetPasswordHash(hash).SetRole("DISTRICT_ADMIN").
			AddDistrictIDs(di.ID).Save(sys); err != nil {
			log.Fatal(err)
		}
	}
	fmt.Printf("synth: %d enterprises, %d findings, users admin and district01…%02d (password %s) in %s\n",
		*enterprises, *findings, len(ds), demo.Password, time.Since(start).Round(time.Millisecond))
}
