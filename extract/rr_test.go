package extract

import "testing"

// A line labelled with a body the registry knows, in the lower-case
// words the reporting uses ("UK intelligence:"), is that body's, not
// the speaker's of the paragraph before, heading or none.
func TestLowerCaseRegistryLabel(t *testing.T) {
	gs := "<p>Russia lost 1,120 troops in the past day, the General Staff said.</p>"
	runCases(t, []claimCase{
		{text: gs + "<h3>Related</h3><p>UK intelligence: Russia suffered 35,000 casualties in May</p>", want: [][]string{
			{"[1120..1120]", "src=General Staff of the Armed Forces of Ukraine"}, {"[35000..35000]", "src=UK Ministry of Defence"}}},
		{text: gs + "<p>UK intelligence: Russia suffered 35,000 casualties in May</p>", want: [][]string{
			{"[1120..1120]", "src=General Staff of the Armed Forces of Ukraine"}, {"[35000..35000]", "src=UK Ministry of Defence"}}},
		{text: gs + "<p>UK Defence Intelligence: Russia suffered 35,000 casualties in May</p>", want: [][]string{
			{"[1120..1120]", "src=General Staff of the Armed Forces of Ukraine"}, {"[35000..35000]", "src=UK Ministry of Defence"}}},
		{text: "Strikes went on overnight. Gaza health ministry: 45 killed in the last 24 hours", want: [][]string{
			{"killed Palestinians in Gaza/", "[45..45]", "src=Gaza Health Ministry"}}},
		{text: "Strikes went on overnight. Israeli military: 3 soldiers killed in Gaza", want: [][]string{
			{"killed Israel/military", "[3..3]", "src=Israel Defense Forces"}}},
		// A label of no body carries on the speaker before.
		{text: gs + "<p>Update: Russia lost 35,000 troops in May</p>", want: [][]string{
			{"[1120..1120]", "src=General Staff of the Armed Forces of Ukraine"}, {"[35000..35000]", "src=General Staff of the Armed Forces of Ukraine"}}},
	})
}
