package extract

import "testing"

// Weapons downed in the clause after a launch are the launcher's, also
// when the defender speaks after the figure.
func TestDownedAfterLaunchClause(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia launched 479 drones overnight; 277 drones were shot down, the Ukrainian Air Force said.", want: [][]string{{"equipment:drones Russia/", "[277..277]"}}},
		{text: "Russia launched 479 drones overnight; 277 were shot down, the Ukrainian Air Force said.", want: [][]string{{"equipment:drones Russia/", "[277..277]"}}},
		{text: "Russia launched 479 drones and 20 missiles overnight; 277 drones were intercepted, the air force said.", want: [][]string{{"equipment:drones Russia/", "[277..277]"}}},
		{text: "Russia launched 479 drones overnight, and 277 drones were shot down, the Ukrainian Air Force said.", want: [][]string{{"equipment:drones Russia/", "[277..277]"}}},
		{text: "Russia launched 479 drones overnight; air defence downed 277 drones, the Ukrainian Air Force said.", want: [][]string{{"equipment:drones Russia/", "[277..277]"}}},
		// The figure's own side still wins.
		{text: "Russia launched 479 drones overnight; Ukraine lost 3 drones.", want: [][]string{{"equipment:drones Ukraine/", "[3..3]"}}},
	})
}
