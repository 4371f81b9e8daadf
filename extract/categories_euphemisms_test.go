package extract

import "testing"

// State media's stronger words for killing people ("annihilated", "wiped
// out", "exterminated", and "destroyed" of armed people) count them as
// "eliminated" does: casualties; of things they stay no claim.
func TestKillingEuphemisms(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The heroic soldiers annihilated more than 300 enemy troops.", want: [][]string{{"casualties", "/military", "[300..·]", "more_than"}}},
		{text: "Russian troops wiped out more than 300 Ukrainian troops.", want: [][]string{{"casualties", "Ukraine/military", "[300..·]", "more_than"}}},
		{text: "Israeli forces wiped out 40 militants in the village.", want: [][]string{{"casualties", "Hamas/military", "[40..40]"}}},
		{text: "The Houthis said they annihilated 20 American soldiers.", want: [][]string{{"casualties", "United States/military", "[20..20]"}}},
		{text: "The brigade reports: 40 occupiers destroyed near Kharkiv.", want: [][]string{{"casualties", "Russia/military", "[40..40]"}}},
		{text: "The brigade reports: 40 occupiers were destroyed near Kharkiv.", want: [][]string{{"casualties", "Russia/military", "[40..40]"}}},
		{text: "Up to 40 Ukrainian servicemen were destroyed.", want: [][]string{{"casualties", "Ukraine/military", "[·..40]", "at_most"}}},
		{text: "Russian forces destroyed a tank and 40 Ukrainian servicemen.", want: [][]string{
			{"equipment:tanks", "Ukraine/", "[1..1]"},
			{"casualties", "Ukraine/military", "[40..40]"},
		}},
		{text: "Russian forces destroyed two tanks and 40 Ukrainian servicemen.", want: [][]string{
			{"equipment:tanks", "Ukraine/", "[2..2]"},
			{"casualties", "Ukraine/military", "[40..40]"},
		}},
		{text: "Russian forces destroyed 40 Ukrainian servicemen and a tank.", want: [][]string{
			{"casualties", "Ukraine/military", "[40..40]"},
			{"equipment:tanks", "Ukraine/", "[1..1]"},
		}},
		{text: "The strike destroyed up to 40 nationalists and four vehicles.", want: [][]string{
			{"casualties", "/military", "[·..40]", "at_most"},
			{"equipment:vehicles", "[4..4]"},
		}},
		// Things, not people.
		{text: "The strike wiped out 3 enemy positions.", want: nil},
		{text: "The drones annihilated 5 enemy dugouts.", want: nil},
		{text: "The floods wiped out 300 homes.", want: nil},
		{text: "40 homes were destroyed.", want: nil},
		{text: "Russian forces destroyed a tank and 40 houses.", want: [][]string{{"equipment:tanks", "[1..1]"}}},
		{text: "40 occupiers' tanks were destroyed.", want: [][]string{{"equipment:tanks", "Russia/", "[40..40]"}}},
		{text: "Nationalists won 40 seats in parliament.", want: nil},
	})
}

// A projection whose condition comes first ("If the aggression
// continues, the death toll could exceed 100,000") is no claim, as with
// the condition after it; a condition on a toll already counted is.
func TestConditionBeforeProjection(t *testing.T) {
	runCases(t, []claimCase{
		{text: "If the aggression continues, the death toll could exceed 100,000, the ministry warned.", want: nil},
		{text: "The ministry warned that if the aggression continues, the death toll could exceed 100,000.", want: nil},
		{text: "If the fighting goes on, losses may surpass 5,000 a month.", want: nil},
		{text: "The death toll could exceed 100,000 if the aggression continues, the ministry warned.", want: nil},
		{text: "The death toll has exceeded 100,000, the ministry said, asking if the world was watching.", want: [][]string{{"killed", "[100000..·]", "more_than"}}},
		{text: "If confirmed, the strike killed 40 soldiers.", want: [][]string{{"killed", "/military", "[40..40]"}}},
	})
}

// Armed groups' notices of their dead: fighters "who ascended as
// martyrs" or "ascended to heaven" were killed.
func TestAscendedAsMartyrs(t *testing.T) {
	hez := [][]string{{"killed", "Hezbollah/military", "[3..3]"}}
	runCases(t, []claimCase{
		{text: "Hezbollah mourned three fighters who ascended as martyrs.", want: hez},
		{text: "Hezbollah mourned three fighters who ascended to heaven.", want: hez},
		{text: "Hezbollah said three of its fighters ascended as martyrs.", want: hez},
		{text: "Hezbollah mourned three fighters who were martyred.", want: hez},
		{text: "The cleric ascended to heaven 40 years ago.", want: nil},
	})
}

// TestBlewUp: "blew up" / "blown up" destroy the machines they name, as
// "destroyed" does (the short form has no status, so it is checked
// here); a thing that is no machine gives nothing.
func TestBlewUp(t *testing.T) {
	for _, tc := range []struct {
		text, category, actor string
		n                     float64
	}{
		{"Hamas said its fighters blew up two Merkava tanks in Beit Hanoun.", "equipment:tanks", "Israel", 2},
		{"Ukrainian forces blew up a bridge and two Russian tanks near Kherson.", "equipment:tanks", "Russia", 2},
		{"Saboteurs blew up 3 Russian fuel trucks.", "equipment:vehicles", "Russia", 3},
		{"Ukrainian mines have blown up three Russian tanks near Vuhledar.", "equipment:tanks", "Russia", 3},
	} {
		cs := run(t, tc.text, "2025-06-12", "")
		if len(cs) != 1 || cs[0].Category != tc.category || cs[0].Actor != tc.actor || cs[0].Low == nil || *cs[0].Low != tc.n || cs[0].Status != "destroyed" {
			t.Errorf("%q: got %d claims %+v, want one %s of %s, %v, destroyed", tc.text, len(cs), cs, tc.category, tc.actor, tc.n)
		}
	}
	if cs := run(t, "Partisans blew up a railway bridge near Melitopol.", "2025-06-12", ""); len(cs) != 0 {
		t.Errorf("a bridge blown up: got %+v, want no claim", cs)
	}
}
