package extract

import "testing"

// sourcesOf runs text and returns each claim's figure and source, in
// order.
func fhSources(t *testing.T, text, published string) map[float64]string {
	t.Helper()
	out := map[float64]string{}
	for _, c := range run(t, text, published, "") {
		if c.Low != nil {
			out[*c.Low] = c.Source
		}
	}
	return out
}

func fhCheck(t *testing.T, text, published string, want map[float64]string) {
	t.Helper()
	got := fhSources(t, text, published)
	for v, s := range want {
		g, ok := got[v]
		if !ok {
			t.Errorf("%q: no claim of %v (got %v)", text, v, got)
			continue
		}
		if g != s {
			t.Errorf("%q: %v's source = %q, want %q", text, v, g, s)
		}
	}
}

// TestFHPostLabels: a post's label names the source after what opens
// the post (an emoji, a flash word); a place or a heading word does not.
func TestFHPostLabels(t *testing.T) {
	for _, tc := range []struct {
		text, pub string
		want      map[float64]string
	}{
		{"BREAKING. IDF: 2 soldiers killed in southern Gaza today.", "", map[float64]string{2: "Israel Defense Forces"}},
		{"BREAKING: IDF: 2 soldiers killed in southern Gaza today.", "", map[float64]string{2: "Israel Defense Forces"}},
		{"Update. OCHA: 12 civilians killed in Gaza in the past 24 hours.", "", map[float64]string{12: "UN OCHA"}},
		{"BREAKING: Per the Russian MoD, Ukraine lost 1,445 troops in the past day.", "", map[float64]string{1445: "Ministry of Defence of the Russian Federation"}},
		{"❗️ Per the Russian MoD, Ukraine lost 1,445 troops in the past day.", "", map[float64]string{1445: "Ministry of Defence of the Russian Federation"}},
		{"🚨 BREAKING: Per the Russian MoD, Ukraine lost 1,445 troops in the past day.", "", map[float64]string{1445: "Ministry of Defence of the Russian Federation"}},
		{"🚨 Iran Health Ministry: 224 killed in Israeli strikes since Friday.", "2025-06-16", map[float64]string{224: "Iran Health Ministry"}},
		{"UNICEF: 12 children killed in Gaza in the past 24 hours.", "", map[float64]string{12: "UNICEF"}},
		{"UNRWA: 12 children killed in Gaza in the past 24 hours.", "", map[float64]string{12: "UNRWA"}},
		{"Update. MDA: 3 people killed in Israel in the past 24 hours.", "", map[float64]string{3: "MDA"}},
		// Places and heading words in capitals name no one.
		{"KYIV: 12 people killed in the past day.", "", map[float64]string{12: ""}},
		{"GAZA: 12 people killed in the past day.", "", map[float64]string{12: ""}},
		{"NOTE: 12 people killed in Gaza.", "", map[float64]string{12: ""}},
		{"UPDATE: 12 people killed in Gaza.", "", map[float64]string{12: ""}},
		{"Per day losses: 1,000 Russian troops.", "", map[float64]string{1000: ""}},
	} {
		pub := tc.pub
		if pub == "" {
			pub = "2025-06-12"
		}
		fhCheck(t, tc.text, pub, tc.want)
	}
}

// TestFHCredits: a credit in brackets or a "Data:" line names the
// source; under a heading, of the figures below it.
func TestFHCredits(t *testing.T) {
	for _, tc := range []struct {
		text string
		want map[float64]string
	}{
		{"Casualties (Source: Gaza Health Ministry)\nKilled: 55,104", map[float64]string{55104: "Gaza Health Ministry"}},
		{"At least 40 civilians were killed in Kharkiv last week (source: Ukrainian authorities).", map[float64]string{40: "Ukrainian authorities"}},
		{"At least 40 civilians were killed in Kharkiv last week (Source: ACLED).", map[float64]string{40: "ACLED"}},
		{"Data: ACLED. Burkina Faso recorded 2,300 conflict deaths in the first quarter.", map[float64]string{2300: "ACLED"}},
		{"Source: ACLED. Burkina Faso recorded 2,300 conflict deaths in the first quarter.", map[float64]string{2300: "ACLED"}},
		// "data" that is no credit's label.
		{"The data: 2,300 people were killed in the first quarter.", map[float64]string{2300: ""}},
	} {
		fhCheck(t, tc.text, "2025-06-12", tc.want)
	}
}

// TestFHCapitals: a capital speaks for its government, as "Kyiv said".
func TestFHCapitals(t *testing.T) {
	for _, tc := range []struct {
		text, want string
	}{
		{"Khartoum said 300 RSF fighters were killed.", "Sudanese Armed Forces"},
		{"Port Sudan said 300 RSF fighters were killed.", "Sudanese Armed Forces"},
		{"Islamabad said 30 Indian soldiers were killed.", "Pakistan"},
		{"New Delhi said 300 Pakistani soldiers were killed.", "India"},
		{"300 Pakistani soldiers were killed, New Delhi said.", "India"},
		{"Damascus said 30 rebel fighters were killed.", "Syria"},
		{"Bamako said 30 jihadists were killed.", "Mali"},
		{"Kinshasa said 30 M23 fighters were killed.", "DR Congo"},
		{"Naypyidaw said 30 resistance fighters were killed.", "Myanmar"},
		// A capital where the losses happened is no source.
		{"In Beirut, 30 people were killed, the health ministry said.", "Lebanon's health ministry"},
	} {
		cs := run(t, tc.text, "2025-06-12", "")
		if len(cs) != 1 || cs[0].Source != tc.want {
			var got []string
			for _, c := range cs {
				got = append(got, c.Source)
			}
			t.Errorf("%q: sources %q, want %q", tc.text, got, tc.want)
		}
	}
}
