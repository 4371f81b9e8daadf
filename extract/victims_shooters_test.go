package extract

import "testing"

// TestShooterNotLoser: the side whose forces shot the weapons down did
// not lose them, whatever its forces are called.
func TestShooterNotLoser(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The Russian Aerospace Forces shot down 3 aircraft.", want: [][]string{{"equipment:aircraft Ukraine/"}}},
		{text: "Russia's Aerospace Forces destroyed 2 MiG-29 aircraft.", want: [][]string{{"equipment:aircraft Ukraine/"}}},
		{text: "Russian aerospace forces shot down 12 drones.", want: [][]string{{"equipment:drones Ukraine/"}}},
		{text: "The Ukrainian Air Force shot down 3 aircraft.", want: [][]string{{"equipment:aircraft Russia/"}}},
		{text: "Russian air defence shot down 2 MiG-29 aircraft.", want: [][]string{{"equipment:aircraft Ukraine/"}}},
		// Their own losses stay theirs.
		{text: "The Russian Aerospace Forces lost 2 Su-34 aircraft.", want: [][]string{{"equipment:aircraft Russia/"}}},
		{text: "Russian Aerospace Forces have lost 2 Su-34 aircraft.", want: [][]string{{"equipment:aircraft Russia/"}}},
	})
}

// TestHouthiEnemy: the Houthis' "enemy" (the Yemeni Armed Forces are
// their forces) is the United States or Israel when the text names
// them, else no one; never the Houthis or Yemen.
func TestHouthiEnemy(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The Yemeni Armed Forces said they shot down 3 enemy aircraft.", want: [][]string{{"equipment:aircraft /", "src=Yemeni Armed Forces"}}},
		{text: "The Yemeni Armed Forces said the enemy lost 3 aircraft.", want: [][]string{{"equipment:aircraft /", "src=Yemeni Armed Forces"}}},
		{text: "The Houthis said the enemy lost 3 aircraft.", want: [][]string{{"equipment:aircraft /", "src=Houthis"}}},
		{text: "The Houthis said they shot down an American MQ-9 drone. The Houthis said the enemy lost 3 aircraft.", want: [][]string{
			{"equipment:drones United States/"}, {"equipment:aircraft United States/"}}},
		{text: "Houthi military spokesman Yahya Saree said the enemy lost 3 aircraft in strikes on Israel.", want: [][]string{{"equipment:aircraft Israel/"}}},
		// The coalition's and the government's enemy stays the Houthis.
		{text: "The Saudi-led coalition said it killed 90 Houthi fighters around Marib.", want: [][]string{{"killed Houthis/military"}}},
	})
}
