package extract

import "testing"

// Text escaped for a feed but with no tags (an RSS description, an API
// summary) reads as its characters; quotes and spans still index the
// text as given (run checks them). A bare "&" stays as it is.
func TestRMCharRefsWithoutTags(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Hezbollah&#8217;s losses since October 2023 have exceeded 4,000 fighters, Israeli officials said.", want: [][]string{
			{"casualties", "Hezbollah/military", "[4000..·]", "more_than", "src=Israeli officials"}}},
		{text: "Hezbollah&rsquo;s losses since October 2023 have exceeded 4,000 fighters, Israeli officials said.", want: [][]string{
			{"casualties", "Hezbollah/military", "[4000..·]", "more_than"}}},
		{text: "Hezbollah&#x2019;s losses since October 2023 have exceeded 4,000 fighters, Israeli officials said.", want: [][]string{
			{"casualties", "Hezbollah/military", "[4000..·]", "more_than"}}},
		{text: "Russian casualties were 1,100&ndash;1,300 in May.", want: [][]string{
			{"casualties", "Russia/military", "[1100..1300]", "range", "2025-05-01→2025-05-31"}}},
		{text: "Russian casualties were 1,100&#8211;1,300 in May.", want: [][]string{
			{"casualties", "Russia/military", "[1100..1300]", "range"}}},
		{text: "Russian casualties were 1,100&ndash;1,300 in May, Ukraine&#8217;s General Staff said.", want: [][]string{
			{"casualties", "Russia/military", "[1100..1300]", "range"}}},
		// A stray "&" is no reference: the text is read as it is.
		{text: "AT&T and R&D staff said 12 Israeli soldiers were killed in Gaza this week.", want: [][]string{
			{"killed", "Israel/military", "[12..12]"}}},
		{text: "Russian casualties were 1,100-1,300 in May & June.", want: [][]string{
			{"casualties", "Russia/military", "[1100..1300]", "range"}}},
		// Wrapped in markup, the HTML path decodes as before.
		{text: "<p>Russian casualties were 1,100&ndash;1,300 in May.</p>", want: [][]string{
			{"casualties", "Russia/military", "[1100..1300]", "range"}}},
	})
}

func TestRMHasCharRef(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Hezbollah&#8217;s", true},
		{"1,100&ndash;1,300", true},
		{"a &amp; b", true},
		{"AT&T", false},
		{"R&D; Q&A", false},
		{"& &; &#; &nosuchref;", false},
		{"AT&T then &eacute;", true},
		{"no ampersand", false},
	} {
		if got := hasCharRef([]byte(tc.in)); got != tc.want {
			t.Errorf("hasCharRef(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
