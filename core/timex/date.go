package timex

import (
	"errors"
	"time"
)

// Date is a calendar day: the number of days since 1 January of year 1,
// so that its zero value is the same "no date" as time.Time's.
//
// Why not time.Time: every date timex, claim and compare handle is a
// whole day, and a time.Time in a value the report writes through
// reflection keeps time's whole formatting and parsing code (its String,
// GoString, MarshalJSON, Parse: about 100 KB of wasm code, 30 KB of the
// download) in the page's wasm. A Date is also 4 bytes against 24, holds
// no pointer for the collector to follow, and compares with < and ==.
// Arithmetic across months goes through time.Date, which is small.
type Date int32

// unixDay0 is the Date of 1 January 1970, the Unix epoch.
const unixDay0 = 719162

// DateOf returns the date of year y, month m, day d, normalised as
// time.Date normalises them ("October 32" is November 1).
func DateOf(y int, m time.Month, d int) Date {
	return Date(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix()/86400 + unixDay0)
}

// DateFrom returns t's calendar day where t was stated: a time at 23:00
// at UTC-5 is that day, not the next one in UTC.
func DateFrom(t time.Time) Date {
	y, m, d := t.Date()
	return DateOf(y, m, d)
}

// Time returns midnight UTC at the start of d.
func (d Date) Time() time.Time { return time.Date(1, 1, 1+int(d), 0, 0, 0, 0, time.UTC) }

// IsZero reports whether d is the zero Date, "no date".
func (d Date) IsZero() bool { return d == 0 }

// Date returns d's year, month and day in the proleptic Gregorian
// calendar, as time.Time's Date does. It counts in 400-year eras from 1
// March, so a leap day ends its year (Hinnant's days-to-civil), rather
// than building a time.Time: compare asks a fact's year for every pair of
// facts it weighs, and time's path costs about eight times as much.
func (d Date) Date() (int, time.Month, int) {
	z := int64(d) - unixDay0 + 719468 // days since 0000-03-01
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097                                  // day of the era, 0 to 146096
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // year of the era
	doy := doe - (365*yoe + yoe/4 - yoe/100)               // day of the year from 1 March
	mp := (5*doy + 2) / 153                                // month from March, 0 to 11
	day := doy - (153*mp+2)/5 + 1
	m, y := mp+3, yoe+era*400
	if m > 12 {
		m, y = m-12, y+1
	}
	return int(y), time.Month(m), int(day)
}

// Year returns d's year.
func (d Date) Year() int {
	y, _, _ := d.Date()
	return y
}

// Month returns d's month.
func (d Date) Month() time.Month {
	_, m, _ := d.Date()
	return m
}

// Weekday returns d's day of the week; day 0 was a Monday.
func (d Date) Weekday() time.Weekday { return time.Weekday(((int(d) % 7) + 7 + 1) % 7) }

// AddDate adds years, months and days as time.Time's AddDate does.
func (d Date) AddDate(years, months, days int) Date {
	y, m, dd := d.Date()
	return DateOf(y+years, m+time.Month(months), dd+days)
}

// Before reports whether d is earlier than u.
func (d Date) Before(u Date) bool { return d < u }

// After reports whether d is later than u.
func (d Date) After(u Date) bool { return d > u }

// String returns d as YYYY-MM-DD, the dates of the report.
func (d Date) String() string { return string(d.appendISO(make([]byte, 0, 10))) }

// appendISO appends d as YYYY-MM-DD, as time's "2006-01-02" layout does.
func (d Date) appendISO(b []byte) []byte {
	y, m, dd := d.Date()
	if y < 0 {
		b, y = append(b, '-'), -y
	}
	b = appendPad(b, y, 4)
	b = append(b, '-')
	b = appendPad(b, int(m), 2)
	b = append(b, '-')
	return appendPad(b, dd, 2)
}

// appendPad appends v in decimal, with zeros before it to width digits.
func appendPad(b []byte, v, width int) []byte {
	var buf [20]byte
	i := len(buf)
	for v >= 10 || width > 1 {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
		width--
	}
	i--
	buf[i] = byte('0' + v)
	return append(b, buf[i:]...)
}

// errJSONYear is time.Time's MarshalJSON refusal, kept so that a Date
// writes exactly what the time.Time it replaced wrote.
var errJSONYear = errors.New("Time.MarshalJSON: year outside of range [0,9999]")

// AppendJSON appends d as time.Time's MarshalJSON writes midnight UTC:
// "2024-11-27T00:00:00Z".
func (d Date) AppendJSON(b []byte) ([]byte, error) {
	if y := d.Year(); y < 0 || y > 9999 {
		return b, errJSONYear
	}
	b = append(b, '"')
	b = d.appendISO(b)
	return append(b, "T00:00:00Z\""...), nil
}

// MarshalJSON is AppendJSON into a new slice.
func (d Date) MarshalJSON() ([]byte, error) { return d.AppendJSON(make([]byte, 0, 22)) }

// Unix returns the seconds from the Unix epoch to midnight UTC at the
// start of d, for orderings that also place years without a day.
func (d Date) Unix() int64 { return int64(d-unixDay0) * 86400 }
