// Package clock holds the platform's one time zone: deadlines, dates in
// messages and file names are Changsha's calendar days, wherever the
// server runs.
package clock

import "time"

// Shanghai is China Standard Time (UTC+8, no daylight saving). A fixed
// zone, so the server needs no tzdata.
var Shanghai = time.FixedZone("Asia/Shanghai", 8*3600)

// Day formats t as a Shanghai calendar day, 2006-01-02.
func Day(t time.Time) string { return t.In(Shanghai).Format("2006-01-02") }

// Minute formats t as a Shanghai time to the minute, 2006-01-02 15:04.
func Minute(t time.Time) string { return t.In(Shanghai).Format("2006-01-02 15:04") }

// StartOfDay is the start (00:00 Asia/Shanghai) of the calendar day t falls on.
func StartOfDay(t time.Time) time.Time {
	l := t.In(Shanghai)
	return time.Date(l.Year(), l.Month(), l.Day(), 0, 0, 0, 0, Shanghai)
}
