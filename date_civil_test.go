package attrition

import (
	"testing"
	"time"
)

// NewDate builds a calendar day without time.Date; every day, valid or not,
// must come out as time.Date makes it.
func TestNewDateFastPath(t *testing.T) {
	slow := func(y int, m time.Month, d int) Date {
		u := time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix()
		return Date(floorDiv(u, 86400) + unixEpochDay)
	}
	for y := 1; y < 3000; y++ {
		for m := time.Month(-1); m <= 14; m++ {
			for d := -1; d <= 33; d++ {
				if a, b := NewDate(y, m, d), slow(y, m, d); a != b {
					t.Fatalf("%d-%d-%d: %d, want %d", y, m, d, a, b)
				}
			}
		}
	}
	for _, y := range []int{-5, 0, 1<<20 - 1, 1 << 20, 400000, 999999} {
		for m := time.January; m <= time.December; m++ {
			for d := 1; d <= 31; d++ {
				if a, b := NewDate(y, m, d), slow(y, m, d); a != b {
					t.Fatalf("%d-%d-%d: %d, want %d", y, m, d, a, b)
				}
			}
		}
	}
}
