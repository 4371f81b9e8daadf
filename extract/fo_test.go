package extract

import "testing"

// A bare "the ministry" of a strike's toll of people is no defence
// ministry: the actor stays the side struck. Named as a defence
// ministry, or of soldiers and weapons, it still is one.
func TestBareMinistryOfPeople(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russian missiles struck Odesa. Twelve people were killed, the ministry said.", want: [][]string{
			{"killed Ukraine/all", "[12..12]", "src="},
		}},
		{text: "Russian drones hit Kharkiv overnight. Five civilians, including two children, were killed, the ministry said.", want: [][]string{
			{"killed Ukraine/civilian", "[5..5]", "src="},
			{"killed Ukraine/civilian", "[2..2]", "src="},
		}},
		{text: "Russian missiles struck Odesa. At least 12 people were killed, according to the ministry.", want: [][]string{
			{"killed Ukraine/all", "[12..·]", "src="},
		}},
		{text: "Russian air defences shot down 96 Ukrainian drones overnight, the ministry said.", want: [][]string{
			{"equipment:drones", "[96..96]", "src=Ministry of Defence of the Russian Federation"},
		}},
	})
}

// A bare item of a list after a semicolon is of the side the list
// opened with, not of the speaker named after it; a clause with a verb
// of its own is not an item.
func TestSemicolonListItemSide(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russian KIA: 400; WIA: 700 in the past day, Ukrainian sources said.", want: [][]string{
			{"killed Russia/military", "[400..400]"},
			{"wounded Russia/military", "[700..700]"},
		}},
		{text: "Russian losses over the past day: 400 killed; 700 wounded; 12 tanks, Ukrainian officials said.", want: [][]string{
			{"killed Russia/military", "[400..400]"},
			{"wounded Russia/military", "[700..700]"},
			{"equipment:tanks Russia/", "[12..12]"},
		}},
		{text: "Russian forces lost 400 soldiers near Pokrovsk; 12 people were killed in Kharkiv, Ukrainian officials said.", want: [][]string{
			{"casualties Russia/military", "[400..400]"},
			{"killed Ukraine/all", "[12..12]"},
		}},
	})
}

// "The attackers" and "the defenders" are the sides of the attack told
// in the sentence or the one before: the attacker and its enemy. With
// no attack told, they take no side from it.
func TestAttackersDefenders(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russian forces attacked Ukrainian positions near Pokrovsk. The attackers lost about 40 men, a brigade spokesman said.", want: [][]string{
			{"casualties Russia/military", "[40..40]"},
		}},
		{text: "Russian forces attacked near Pokrovsk; the defenders lost 12 soldiers, Russian bloggers said.", want: [][]string{
			{"casualties Ukraine/military", "[12..12]"},
		}},
		{text: "Russian troops stormed Ukrainian positions near Pokrovsk on Monday. About 40 of the attackers were killed, the brigade said.", want: [][]string{
			{"killed Russia/military", "[40..40]"},
		}},
		{text: "Russia launched an assault on Chasiv Yar. The defenders lost 30 men, the brigade said.", want: [][]string{
			{"casualties Ukraine/military", "[30..30]"},
		}},
		{text: "Ukrainian forces attacked Russian positions near Kursk. The attackers lost about 40 men, a Russian blogger said.", want: [][]string{
			{"casualties Ukraine/military", "[40..40]"},
		}},
	})
}
