package chart

import "testing"

// BenchmarkFanChart draws a daily series of 1,200 days with its bands and
// six claims, the size of a report's chart before thinning.
func BenchmarkFanChart(b *testing.B) {
	o := TimeOptions{Options: Options{Title: "Russia: casualties"}}
	for b.Loop() {
		FanChart(fixed, marks, o)
	}
}

func BenchmarkBiasChart(b *testing.B) {
	for b.Loop() {
		BiasChart(biases, Options{Title: "Source biases"})
	}
}
