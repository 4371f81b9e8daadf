package extract

import "testing"

// Text escaped for a feed but with no tags (an RSS description, an API
// summary) reads as its characters; quotes and spans still index the
// text as given (run checks them). A bare "&" stays as it is.
func TestCharRefsWithoutTags(t *testing.T) {
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

func TestHasCharRef(t *testing.T) {
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

// The dead and wounded a count of civilian casualties is broken into
// are civilians too, whether or not the text named a side; parts of
// a whole of no kind, or with people of their own, keep theirs.
func TestCivilianBreakdown(t *testing.T) {
	runCases(t, []claimCase{
		{text: "AOAV recorded 4,560 civilian casualties from explosive weapons in May. Of these, 3,210 were killed.", want: [][]string{
			{"casualties", "/civilian", "[4560..4560]"},
			{"killed", "/civilian", "[3210..3210]", "2025-05-01→2025-05-31"}}},
		{text: "AOAV recorded 4,560 civilian casualties from explosive weapons in May. Among them, 3,210 were killed.", want: [][]string{
			{"casualties", "/civilian"}, {"killed", "/civilian", "[3210..3210]"}}},
		{text: "AOAV recorded 4,560 civilian casualties from explosive weapons in May, including 3,210 killed.", want: [][]string{
			{"casualties", "/civilian"}, {"killed", "/civilian", "[3210..3210]"}}},
		{text: "AOAV recorded 4,560 civilian casualties from explosive weapons in May, of whom 3,210 were killed.", want: [][]string{
			{"casualties", "/civilian"}, {"killed", "/civilian", "[3210..3210]"}}},
		{text: "AOAV recorded 4,560 civilian casualties from explosive weapons in May: 3,210 killed and 1,350 injured.", want: [][]string{
			{"casualties", "/civilian"}, {"killed", "/civilian", "[3210..3210]"}, {"wounded", "/civilian", "[1350..1350]"}}},
		{text: "The total number of civilian casualties verified by OHCHR since 24 February 2022 now stands at 44,291, including 12,910 killed.", want: [][]string{
			{"casualties", "/civilian", "[44291..44291]"}, {"killed", "/civilian", "[12910..12910]", "2022-02-24→2025-06-12"}}},
		{text: "Civilian casualties in Ukraine averaged 6 killed and 28 injured per day in June 2024.", want: [][]string{
			{"killed", "Ukraine/civilian", "[6..6]/day", "2024-06-01→2024-06-30"},
			{"wounded", "Ukraine/civilian", "[28..28]/day"}}},
		{text: "Civilian casualties in Ukraine totalled 600 killed and 2,800 injured in June 2024.", want: [][]string{
			{"killed", "Ukraine/civilian", "[600..600]"}, {"wounded", "Ukraine/civilian", "[2800..2800]"}}},
		{text: "Civilian casualties in Ukraine in May were 600 killed and 2,800 injured.", want: [][]string{
			{"killed", "Ukraine/civilian", "[600..600]"}, {"wounded", "Ukraine/civilian", "[2800..2800]"}}},
		{text: "Ukrainian civilian casualties averaged 6 killed and 28 injured per day in June 2024.", want: [][]string{
			{"killed", "Ukraine/civilian"}, {"wounded", "Ukraine/civilian"}}},
		// Nearby claims that stay as they were.
		{text: "AOAV recorded 4,560 casualties from explosive weapons in May. Of these, 3,210 were killed.", want: [][]string{
			{"casualties", "[4560..4560]"}, {"killed", "/all", "[3210..3210]"}}},
		{text: "Russian military casualties reached 1,000,000. Of these, 250,000 were killed.", want: [][]string{
			{"casualties", "Russia/military"}, {"killed", "Russia/military", "[250000..250000]"}}},
		{text: "Civilian casualties rose as 40 soldiers were killed.", want: [][]string{
			{"killed", "/military", "[40..40]"}}},
	})
}

// Deaths a monitor is still checking are no toll it published; a toll
// told with a note that it was not checked stays.
func TestUnverifiedBacklog(t *testing.T) {
	verified := []string{"killed", "Ukraine/civilian", "[36..36]", "2025-05-01→2025-05-31"}
	runCases(t, []claimCase{
		{text: "OHCHR verified 36 civilian deaths in Ukraine in May; a further 58 reported deaths are still being corroborated.", want: [][]string{verified}},
		{text: "OHCHR verified 36 civilian deaths in Ukraine in May, and 58 more deaths are being verified.", want: [][]string{verified}},
		{text: "OHCHR verified 36 civilian deaths in Ukraine in May; another 58 deaths have yet to be verified.", want: [][]string{verified}},
		{text: "OHCHR verified 36 civilian deaths in Ukraine in May, with 58 further deaths pending verification.", want: [][]string{verified}},
		{text: "OHCHR verified 36 civilian deaths in Ukraine in May; reports of 58 more deaths are awaiting confirmation.", want: [][]string{verified}},
		{text: "The Gaza health ministry said 50 people were killed, a figure that could not be independently verified.", want: [][]string{
			{"killed", "Palestinians in Gaza/all", "[50..50]"}}},
		{text: "The ministry said 50 people were killed; the figure is yet to be verified.", want: [][]string{
			{"killed", "/all", "[50..50]"}}},
	})
}
