package extract

import "testing"

// A bare "the health ministry" is the ministry of the side its own
// sentence is about, not the one a sentence before named for another.
func TestQLMinistryOfSentenceSide(t *testing.T) {
	const gaza = "More than 23,000 Palestinians were killed in Gaza in 2024, the health ministry said. "
	checkQESources(t, "2025-06-12", []qeSource{
		{"Gaza: More than 23,000 Palestinians were killed in 2024, the health ministry said. Lebanon: Israeli strikes killed more than 4,000 people in Lebanon, the health ministry said.", 4000, "Lebanon's health ministry"},
		{"Gaza: More than 23,000 Palestinians were killed in 2024, the health ministry said. Lebanon: Israeli strikes killed more than 4,000 people in Lebanon, the health ministry said.", 23000, "Gaza Health Ministry"},
		{gaza + "In Lebanon, more than 4,000 people were killed, according to the health ministry.", 4000, "Lebanon's health ministry"},
		{gaza + "Israeli strikes have killed 4,000 Lebanese, the health ministry said.", 4000, "Lebanon's health ministry"},
		{"Gaza's health ministry said 23,000 Palestinians were killed in 2024. Israeli strikes have killed 4,000 Lebanese, the health ministry said.", 4000, "Lebanon's health ministry"},
		{"Lebanon's health ministry said 4,000 were killed. In Gaza, 50 Palestinians were killed on Monday, the health ministry said.", 50, "Gaza Health Ministry"},
		// The same side's sentence keeps the ministry named before.
		{gaza + "Another 50 were killed in Gaza on Monday, the ministry said.", 50, "Gaza Health Ministry"},
		// A defence ministry counts the enemy's losses: the side the
		// sentence names is no guide to it.
		{"Russia's defence ministry said its forces had repelled attacks. Air defences downed 22 Ukrainian drones overnight, the ministry said.", 22, "Ministry of Defence of the Russian Federation"},
	})
}

// "according to X" set off by commas between a figure and a bare
// noun phrase joined on by "and" speaks for the figure before it alone.
func TestQLAsideAccording(t *testing.T) {
	checkQESources(t, "2025-06-12", []qeSource{
		{"Israel's 12-day war with Iran killed 1,060 Iranians, according to Tehran, and 28 people in Israel.", 28, ""},
		{"Israel's 12-day war with Iran killed 1,060 Iranians, according to Tehran, and 28 people in Israel.", 1060, "Iran"},
		{"Russia has lost 3,000 tanks, according to Oryx, and Ukraine 1,000.", 1000, ""},
		{"The war killed 1,060 Iranians, according to Iran's health ministry, and 28 people in Israel, according to Israeli officials.", 28, "Israeli officials"},
		{"In Israel, 28 people were killed by Iranian missile fire, according to the Prime Minister's Office, and more than 3,200 were treated in hospitals for injuries, Israel's Health Ministry said.", 3200, "Israel's Health Ministry"},
		// A clause of its own after the "and" is still the aside's.
		{"At least 850 Palestinians have been killed in the West Bank since October 2023, according to the UN Office for the Coordination of Humanitarian Affairs, and 32 Israelis have been killed in Palestinian attacks.", 32, "UN OCHA"},
		// An "according to" that opens the sentence is every figure's.
		{"According to the UN, fighting killed 40 soldiers and 12 civilians.", 12, "UN"},
	})
}

// Officials named by who installed or backs them are the speakers; the
// sponsor's adjective alone is no body.
func TestQLInstalledOfficials(t *testing.T) {
	checkQESources(t, "2025-06-12", []qeSource{
		{"Russian-installed officials said 5 people were killed.", 5, "Russian-installed officials"},
		{"Russian-appointed officials said 5 people were killed.", 5, "Russian-appointed officials"},
		{"Moscow-installed authorities in Donetsk said 5 people were killed.", 5, "Moscow-installed authorities"},
		{"Kremlin-backed authorities said 5 people were killed.", 5, "Kremlin-backed authorities"},
		{"Five people were killed, according to Russian-installed officials.", 5, "Russian-installed officials"},
		{"Five people were killed, Russian-backed officials said.", 5, "Russian-backed officials"},
		{"Houthi-run health officials said 5 people were killed.", 5, "Houthi-run health officials"},
		// A country's officials stay as they were.
		{"Russian officials said 5 people were killed.", 5, "Russian officials"},
	})
}

// An office named by the field it serves keeps its whole title: the
// field is no body that speaks through it.
func TestQLLongTitles(t *testing.T) {
	const cmp = "Commissioner for Missing Persons under Special Circumstances"
	checkQESources(t, "2025-06-12", []qeSource{
		{"The " + cmp + " said 60,000 were missing.", 60000, cmp},
		{"Ukraine's " + cmp + " said 60,000 were missing.", 60000, "Ukraine's " + cmp},
		{"60,000 people are missing, according to the " + cmp + ".", 60000, cmp},
		{"The Commissioner for Human Rights of the Verkhovna Rada said 60 civilians were killed.", 60, "Commissioner for Human Rights of the Verkhovna Rada"},
		{"Ukraine's Parliamentary Commissioner for Human Rights said 60 civilians were killed.", 60, "Ukraine's Parliamentary Commissioner for Human Rights"},
		{"The Special Envoy for Syria said 60 civilians were killed.", 60, "Special Envoy for Syria"},
		{"The Ministry for Reintegration of the Temporarily Occupied Territories said 60 civilians were killed.", 60, "Ministry for Reintegration of the Temporarily Occupied Territories"},
		// The head of a body speaks for the body.
		{"The head of the Kharkiv Regional Military Administration said 6 civilians were killed.", 6, "Kharkiv Regional Military Administration"},
	})
}

// A bare "the junta" speaks for the junta of the country the text names
// by name, as "Myanmar's junta" does.
func TestQLBareJunta(t *testing.T) {
	checkQESources(t, "2025-06-12", []qeSource{
		{"Fighting continued in Myanmar's Sagaing region. The junta said 30 rebels were killed.", 30, "Myanmar's junta"},
		{"Fighting continued in Mali. The military junta said 30 rebels were killed.", 30, "Mali's junta"},
		{"Burkina Faso has been hit by attacks. 50 soldiers were killed, the junta said.", 50, "Burkina Faso's junta"},
		{"Myanmar's civil war drags on. The AAPP said 6,000 civilians were killed. The junta said 30 rebels were killed.", 30, "Myanmar's junta"},
		{"Myanmar's civil war drags on. The AAPP said 6,000 civilians were killed. The junta said 30 rebels were killed.", 6000, "Assistance Association for Political Prisoners"},
		{"Niger's junta said 20 soldiers were killed. The regime said 30 more died later.", 30, "Niger's junta"},
		// The word "junta" or a town names no country by itself.
		{"The junta said 15 soldiers were killed in Sagaing.", 15, ""},
	})
}
