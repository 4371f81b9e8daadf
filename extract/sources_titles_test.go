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

// A title that names a body after its report's noun ("Summary of …",
// "Daily report of …", "Statement by …", "Update from …") names the
// text's source, as "Gaza Ministry of Health: daily report" does.
func TestReportOfBodyTitle(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Summary of the Russian Defence Ministry (as of 11 June 2025)\nAir defence means shot down 167 fixed-wing UAVs.", pub: "2025-06-11", want: [][]string{
			{"equipment:drones Ukraine/", "[167..167]", "src=Ministry of Defence of the Russian Federation"}}},
		{text: "Summary of the Russian Defence Ministry\nAir defence means shot down 167 fixed-wing UAVs.", pub: "2025-06-11", want: [][]string{
			{"equipment:drones Ukraine/", "[167..167]", "src=Ministry of Defence of the Russian Federation"}}},
		{text: "<h2>Daily report of the Ministry of Health in Gaza</h2><p>Killed in the last 24 hours: 45</p>", want: [][]string{
			{"killed Palestinians in Gaza/", "[45..45]", "src=Gaza Health Ministry"}}},
		{text: "<h2>Gaza Ministry of Health: daily report</h2><p>Killed in the last 24 hours: 45</p>", want: [][]string{
			{"killed Palestinians in Gaza/", "[45..45]", "src=Gaza Health Ministry"}}},
		{text: "Statement by the General Staff of the Armed Forces of Ukraine\nRussia lost 1,120 troops in the past day.", want: [][]string{
			{"casualties Russia/military", "[1120..1120]", "src=General Staff of the Armed Forces of Ukraine"}}},
		{text: "Statement by the Russian Defence Ministry on the results of strikes. Air defence means shot down 167 fixed-wing UAVs.", want: [][]string{
			{"equipment:drones Ukraine/", "[167..167]", "src=Ministry of Defence of the Russian Federation"}}},
		{text: "Update from the IDF\n3 soldiers were killed in southern Gaza.", want: [][]string{
			{"killed Israel/military", "[3..3]", "src=Israel Defense Forces"}}},
		// A title of no body the registry knows names no source; nor
		// does a body named further into the line's own sentence.
		{text: "Summary of the day\nRussia lost 1,120 troops in the past day.", want: [][]string{{"[1120..1120]", "src="}}},
		{text: "Report of heavy fighting near the Russian border as Russia lost 1,120 troops in the past day.", want: [][]string{{"[1120..1120]", "src="}}},
	})
}

// A pull quote's cite, the name alone after the closing mark, is who
// said it, as "…,” Volodymyr Zelensky said." is.
func TestPullQuoteCite(t *testing.T) {
	want := [][]string{{"casualties Ukraine/military", "[46000..46000]", "2022-02-24→2025-06-12", "src=Volodymyr Zelensky"}}
	runCases(t, []claimCase{
		{text: "<blockquote><p>&ldquo;We have lost 46,000 soldiers,&rdquo;</p><cite>Volodymyr Zelensky</cite></blockquote>", want: want},
		{text: "“We have lost 46,000 soldiers,” Volodymyr Zelensky", want: want},
		{text: "“We have lost 46,000 soldiers.” — Volodymyr Zelensky", want: want},
		{text: "“We have lost 46,000 soldiers,” Volodymyr Zelensky said.", want: want},
		// A quoted title before lower-case words is no cite.
		{text: "Russia lost 1,120 troops, said the “daily losses” report.", want: [][]string{{"[1120..1120]", "src="}}},
	})
}
