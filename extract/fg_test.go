package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/attrition-project/attrition"
)

// fgClaim is one expected claim of fgCases: "-" in a field leaves it
// unchecked.
type fgClaim struct {
	actor, population, category string
	low                         float64
	per                         string
}

func (w fgClaim) String() string {
	return fmt.Sprintf("%s/%s/%s/%g/%s", w.actor, w.population, w.category, w.low, w.per)
}

func fgGot(c attrition.Claim) fgClaim {
	g := fgClaim{actor: c.Actor, population: c.Population, category: c.Category, per: c.Per}
	if c.Low != nil {
		g.low = *c.Low
	}
	return g
}

// fgCheck runs each text and compares its claims, in order, with the
// expected ones.
func fgCheck(t *testing.T, cases []struct {
	text string
	want []fgClaim
}) {
	t.Helper()
	for _, tc := range cases {
		cs := run(t, tc.text, "2025-06-12", "")
		var got []string
		for _, c := range cs {
			got = append(got, fgGot(c).String())
		}
		ok := len(cs) == len(tc.want)
		for i := 0; ok && i < len(cs); i++ {
			g, w := fgGot(cs[i]), tc.want[i]
			if w.actor != "-" && g.actor != w.actor || w.population != "-" && g.population != w.population ||
				g.category != w.category || g.low != w.low || w.per != "-" && g.per != w.per {
				ok = false
			}
		}
		if !ok {
			var ws []string
			for _, w := range tc.want {
				ws = append(ws, w.String())
			}
			t.Errorf("%q:\n got  %s\n want %s", tc.text, strings.Join(got, " | "), strings.Join(ws, " | "))
		}
	}
}

type fgCase = struct {
	text string
	want []fgClaim
}

// Machines by their names and OSINT's shorthand for them are equipment,
// not people ("lost 2 Pantsir-S1" is no casualty count).
func TestFgEquipmentModels(t *testing.T) {
	ru, ua := "Russia", "Ukraine"
	eqc := func(actor, kind string, n float64) fgClaim {
		return fgClaim{actor: actor, population: "", category: "equipment:" + kind, low: n, per: "-"}
	}
	fgCheck(t, []fgCase{
		{"Russia lost 2 Pantsir-S1 and 1 Buk-M2 near Kherson yesterday.", []fgClaim{eqc(ru, "air_defence", 2), eqc(ru, "air_defence", 1)}},
		{"Russia lost 3 Msta-S near Kherson yesterday.", []fgClaim{eqc(ru, "artillery", 3)}},
		{"Russia lost 1 Tor-M2 near Kherson yesterday.", []fgClaim{eqc(ru, "air_defence", 1)}},
		{"Ukraine lost 2 HIMARS and 1 Patriot launcher yesterday, Russian MoD claims.", []fgClaim{eqc(ua, "mlrs", 2), eqc(ua, "air_defence", 1)}},
		{"Russian forces lost 2 HMMWVs and 3 M113s near Kupiansk.", []fgClaim{eqc(ru, "vehicles", 2), eqc(ru, "armoured_vehicles", 3)}},
		{"Russian forces lost 1 BMP and 2 MT-LBs near Pokrovsk yesterday.", []fgClaim{eqc(ru, "armoured_vehicles", 1), eqc(ru, "armoured_vehicles", 2)}},
		{"Ukraine lost 4 Bradley, 2 Leopard 2A6 and 3 Stryker near Pokrovsk, the Russian MoD claimed.", []fgClaim{eqc(ua, "armoured_vehicles", 4), eqc(ua, "tanks", 2), eqc(ua, "armoured_vehicles", 3)}},
		{"Russia lost 2 Grad, 1 Tornado-S and 3 Orlan-10 near Bakhmut yesterday.", []fgClaim{eqc(ru, "mlrs", 2), eqc(ru, "mlrs", 1), eqc(ru, "drones", 3)}},
		{"Russia lost 2 T-90M and 1 S-300 near Kherson yesterday.", []fgClaim{eqc(ru, "tanks", 2), eqc(ru, "air_defence", 1)}},
		{"Russian forces lost 2 T-90M tanks and 3 BMP-3 IFVs near Pokrovsk yesterday.", []fgClaim{eqc(ru, "tanks", 2), eqc(ru, "armoured_vehicles", 3)}},
		{"Russian forces lost 3 tanks and 42 arty systems yesterday.", []fgClaim{eqc(ru, "tanks", 3), eqc(ru, "artillery", 42)}},
		{"The Orcs lost 42 arty systems yesterday.", []fgClaim{eqc(ru, "artillery", 42)}},
		{"Russia lost 2 EW systems near Kherson yesterday.", []fgClaim{eqc(ru, "other", 2)}},
		{"Russian forces lost 2x T-90M tanks and 3x BMP-3 IFVs near Pokrovsk yesterday.", []fgClaim{eqc(ru, "tanks", 2), eqc(ru, "armoured_vehicles", 3)}},
		{"Ukraine lost 3x Leopard 2A6 near Pokrovsk yesterday.", []fgClaim{eqc(ua, "tanks", 3)}},
		{"Russian forces lost two T-72B3s and a BMP-2 near Pokrovsk yesterday.", []fgClaim{eqc(ru, "tanks", 2), eqc(ru, "armoured_vehicles", 1)}},
		// A model's name before its noun is the noun's: missiles,
		// rockets, shells.
		{"Ukraine fired 12 HIMARS rockets and 4 Patriot missiles at Russian positions.", nil},
		{"Air defence shot down 3 Shahed drones overnight.", []fgClaim{eqc("-", "drones", 3)}},
		// A factor is no count.
		{"Russia lost 3x more tanks than Ukraine.", nil},
		// A name that is no machine's.
		{"Russia lost 2 Grad-era veterans in the attack.", []fgClaim{{"Russia", "-", "casualties", 2, "-"}}},
	})
}

// Posts' codes and hashtags of the sides name them as the words do; a
// tag after the sentence is its topic.
func TestFgSideCodesAndTags(t *testing.T) {
	fgCheck(t, []fgCase{
		{"RU lost 1,130 troops in the past 24h.", []fgClaim{{"Russia", "military", "casualties", 1130, ""}}},
		{"UA lost 1,130 troops in the past 24h.", []fgClaim{{"Ukraine", "military", "casualties", 1130, ""}}},
		{"Ukraine's General Staff: RU lost 1,130 troops in the past 24h.", []fgClaim{{"Russia", "military", "casualties", 1130, ""}}},
		{"Drone team hit 2 RU T-72s near Pokrovsk.", []fgClaim{{"Russia", "", "equipment:tanks", 2, ""}}},
		{"RU MoD: 112 UA drones shot down overnight.", []fgClaim{{"Ukraine", "", "equipment:drones", 112, ""}}},
		// A domain's or a language's code names no side.
		{"The site mil.gov.ua said 12 soldiers were killed.", []fgClaim{{"", "military", "killed", 12, ""}}},
		{"#Russia lost 1,130 troops in the past 24h.", []fgClaim{{"Russia", "military", "casualties", 1130, ""}}},
		{"#Russian forces lost 1,130 troops in the past 24h.", []fgClaim{{"Russia", "military", "casualties", 1130, ""}}},
		{"12 children killed in #Gaza in the past 24 hours, says UNICEF.", []fgClaim{{"Palestinians in Gaza", "civilian", "killed", 12, ""}}},
		{"Russian missile strike on Kryvyi Rih kills 9. #Russia #Ukraine", []fgClaim{{"Ukraine", "-", "killed", 9, ""}}},
	})
}

// Soldiers' shorthand joined counts the kinds together, and names
// soldiers.
func TestFgKIAShorthand(t *testing.T) {
	fgCheck(t, []fgCase{
		{"Russian forces lost 1,130 troops KIA+WIA in the past 24h.", []fgClaim{{"Russia", "military", "casualties", 1130, ""}}},
		{"Russian forces lost 120 KIA/WIA near Pokrovsk.", []fgClaim{{"Russia", "military", "casualties", 120, ""}}},
		{"Russian forces lost 120 KIA and WIA near Pokrovsk.", []fgClaim{{"Russia", "military", "casualties", 120, ""}}},
		{"Russia has suffered c. 250k KIA/MIA since 2022.", []fgClaim{{"Russia", "military", "killed_or_missing", 250000, ""}}},
		{"Russia lost 16,000 KIA in the Avdiivka sector.", []fgClaim{{"Russia", "military", "killed", 16000, ""}}},
		{"Ukraine: 43,000 KIA since 2022, Zelensky says.", []fgClaim{{"Ukraine", "military", "killed", 43000, ""}}},
		{"Israel: 405 KIA in the Gaza ground op.", []fgClaim{{"Israel", "military", "killed", 405, ""}}},
		{"Ukraine lost 3,000 WIA in May.", []fgClaim{{"Ukraine", "military", "wounded", 3000, ""}}},
		// A machine's designation with a slash stays one.
		{"Two F/A-18 fighters were lost.", []fgClaim{{"-", "", "equipment:aircraft", 2, ""}}},
	})
}

// Posts' slash of a rate: "1,100/day".
func TestFgSlashRates(t *testing.T) {
	fgCheck(t, []fgCase{
		{"Russian casualties averaged 1,100/day in May 2025.", []fgClaim{{"Russia", "military", "casualties", 1100, "day"}}},
		{"Russian casualties averaged 1,100/d in May 2025.", []fgClaim{{"Russia", "military", "casualties", 1100, "day"}}},
		{"Russian casualties averaged 8,000/week in May 2025.", []fgClaim{{"Russia", "military", "casualties", 8000, "week"}}},
		{"Russia lost 30,000/month in the spring of 2025.", []fgClaim{{"Russia", "military", "casualties", 30000, "month"}}},
	})
}
