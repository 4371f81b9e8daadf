package importer

import (
	"bytes"
	"encoding/json"
)

// Detect names the dataset format of a file from its first bytes (a few
// kilobytes are plenty), or returns false when it is none of the
// datasets: claim files in the claims.md form are for the caller to
// recognise. It lets "--format auto" accept the datasets too.
func Detect(head []byte) (string, bool) {
	head, _ = stripBOM(head)
	t := bytes.TrimSpace(head)
	if len(t) == 0 {
		return "", false
	}
	if t[0] == '[' {
		dec := json.NewDecoder(bytes.NewReader(t))
		if _, err := dec.Token(); err != nil {
			return "", false
		}
		var first map[string]json.RawMessage
		if err := dec.Decode(&first); err != nil {
			return "", false
		}
		row := &jsonRow{fields: first, keys: map[string]string{}}
		for k := range first {
			row.keys[normKey(k)] = k
		}
		if _, ok := row.keys["date"]; ok && detectGenstaff([]*jsonRow{row}, "") != layoutUnknown {
			return "genstaff-json", true
		}
		if _, ok := row.keys["equipment_oryx"]; ok {
			return "genstaff-json", true
		}
		return "", false
	}
	line, _, _ := bytes.Cut(t, []byte("\n"))
	recs, err := readCSV(line)
	if err != nil || len(recs) == 0 {
		return "", false
	}
	h := headerIndex(recs[0].Fields)
	switch {
	case h.has("equipment_type", "date_recorded", "type_total"), h.has("system", "status", "date_recorded"):
		return "oryx-csv", true
	case h.has("estimate_low", "estimate_high", "estimate", "type", "country"),
		h.has("month", "year", "cumulative casualties"),
		h.has("year", "week", "ed", "edhigh", "edlow"),
		h.has("date", "ed_high", "ed_low"):
		return "economist-csv", true
	case h.has("date", "personnel") && (h.has("personnel*") || h.has("day")),
		h.has("date", "day", "tank"), h.has("date", "day", "apc"):
		return "genstaff-json", true
	}
	return "", false
}
