package extract

import "testing"

// pdSourceCase is a passage whose claims should all take one source
// ("" for none).
type pdSourceCase struct {
	text, source string
}

func pdCheckSources(t *testing.T, cases []pdSourceCase) {
	t.Helper()
	for _, tc := range cases {
		cs := run(t, tc.text, "2025-06-12", "")
		if len(cs) == 0 {
			t.Errorf("%q: no claims", tc.text)
			continue
		}
		for _, c := range cs {
			if c.Source != tc.source {
				t.Errorf("%q: %q source %q, want %q", tc.text, c.Quote, c.Source, tc.source)
			}
		}
	}
}

// A credit line names the source of the figures above it even when
// its own line or theirs holds another cue of a source.
func TestPDCreditLineWithOtherCue(t *testing.T) {
	gs := "General Staff of the Armed Forces of Ukraine"
	pdCheckSources(t, []pdSourceCase{
		{"Russian losses rose to 1,000 a day, officials said. Data: Ukraine's General Staff.", gs},
		{"Russian losses rose to 1,000 a day, officials said. Source: Ukraine's General Staff.", gs},
		{"Russian losses rose to 1,000 a day, officials said. Figures: Ukraine's General Staff.", gs},
		{"Russian losses rose to 1,000 a day.\nStatistics: Ukraine's General Staff.", gs},
		{"Russian losses rose to 1,000 a day.\nData: Ukraine's General Staff.", gs},
		// A figure with its own "according to" keeps its source.
		{"Russia lost 900 troops on Monday, according to the UK MoD. Data: Ukraine's General Staff.", "UK Ministry of Defence"},
		// "Figures:" heading a list of figures credits no one.
		{"Figures: 40 killed, 120 wounded in Kharkiv.", ""},
	})
}

// A junta speaks by the country it rules, as "Myanmar's military
// government" does; a bare "the junta", like "the military", names no
// body the registry knows.
func TestPDJuntaSource(t *testing.T) {
	pdCheckSources(t, []pdSourceCase{
		{"Myanmar's junta said 50 rebels were killed.", "Myanmar's junta"},
		{"Niger's junta said 20 soldiers were killed.", "Niger's junta"},
		{"Burkina Faso's junta acknowledged that 52 soldiers were killed near Diapaga.", "Burkina Faso's junta"},
		{"The Malian junta said 15 soldiers were killed.", "Malian junta"},
		{"Mali's military government said 15 soldiers were killed.", "Malian Armed Forces"},
		{"The junta said 15 soldiers were killed in Sagaing.", ""},
	})
}
