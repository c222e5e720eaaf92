package files

import (
	"time"

	exif "github.com/dsoprea/go-exif/v3"

	"greencheck/api/clock"
)

// exifPrefix is how much of a JPEG is kept to read its EXIF block from (it
// sits in the APP1 segment at the start of the file).
const exifPrefix = 256 << 10

// takenAt is a photo's capture time from its EXIF DateTimeOriginal — the
// camera's local time, placed by OffsetTimeOriginal when the camera records
// it, else read in Asia/Shanghai — or nil when there is none or it is not
// plausible (before 2000, or more than a day ahead of now). Evidence of a
// warning's measures is judged by it.
func takenAt(jpeg []byte, now time.Time) *time.Time {
	raw, err := exif.SearchAndExtractExif(jpeg)
	if err != nil {
		return nil
	}
	tags, _, err := exif.GetFlatExifData(raw, nil)
	if err != nil {
		return nil
	}
	var when, offset string
	for _, t := range tags {
		switch t.TagName {
		case "DateTimeOriginal":
			when, _ = t.Value.(string)
		case "OffsetTimeOriginal":
			offset, _ = t.Value.(string)
		}
	}
	if when == "" {
		return nil
	}
	var t time.Time
	if offset != "" {
		t, err = time.Parse("2006:01:02 15:04:05-07:00", when+offset)
	}
	if offset == "" || err != nil {
		t, err = time.ParseInLocation("2006:01:02 15:04:05", when, clock.Shanghai)
	}
	if err != nil || t.Year() < 2000 || t.After(now.Add(24*time.Hour)) {
		return nil
	}
	t = t.UTC()
	return &t
}
