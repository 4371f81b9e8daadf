#!/usr/bin/env bash
# Acceptance checks for issue 3 ("What it must read") of `attrition extract`.
# usage: scripts/issue3-checks.sh /path/to/attrition-binary
# Each check feeds its own passage to `extract --format json` and tests the
# resulting claims with jq. Work files go to a temporary folder.
#
#   go build -o /tmp/attrition ./cmd/attrition && scripts/issue3-checks.sh /tmp/attrition
set -u
BIN=${1:?usage: issue3-checks.sh BINARY}
PUB=2025-06-12
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
GS="General Staff of the Armed Forces of Ukraine"
command -v jq >/dev/null || { echo "jq is required" >&2; exit 2; }
pass=0; fail=0; n=0

# jq helpers, prepended to every expression
PRE='
def has(f): any(.[]; f);
def num(x): .low == x and .high == x and .best == x;
def near(a; b): ((a - b) | fabs) < 0.0051;
def prob(lo; hi): .probability != null and near(.probability[0]; lo) and near(.probability[1]; hi);
def fl(x): ((.flags // []) | index([x])) != null;
def per(s; e): .period_start == s and .period_end == e;
def d(x): x | strptime("%Y-%m-%d") | mktime;
def days: ((d(.period_end) - d(.period_start)) / 86400);
def vals: [.low, .high, .best] | map(select(. != null));
'

show_claims() {  # compact view of the claims for a FAIL report
  jq -c '.[] | {actor,population,category,status,per,low,high,best,bound,approx,period_start,period_end,likelihood,probability,source,quote,span,flags}' "$1" 2>/dev/null | sed 's/^/      /'
}

result() {  # result OK ITEM DESC DIR
  if [ "$1" = ok ]; then
    pass=$((pass+1)); echo "PASS $2: $3"
  else
    fail=$((fail+1)); echo "FAIL $2: $3"
    local d=$4
    [ -s "$d/in.txt" ] && echo "    passage: $(head -c 600 "$d/in.txt" | tr '\n' ' ')"
    [ -f "$d/args" ] && [ -s "$d/args" ] && echo "    args: $(cat "$d/args")"
    [ -f "$d/expr" ] && echo "    expected (jq): $(tr '\n' ' ' < "$d/expr")"
    [ -f "$d/jq.txt" ] && echo "    jq output: $(tr '\n' ' ' < "$d/jq.txt")"
    [ -f "$d/rc" ] && [ "$(cat "$d/rc")" != 0 ] && echo "    exit: $(cat "$d/rc"); stderr: $(head -c 300 "$d/err.txt")"
    [ -f "$d/out.json" ] && { echo "    claims:"; show_claims "$d/out.json"; }
  fi
}

# check ITEM DESC TEXT JQ-EXPR [extra extract flags...]
#   env PUB overrides the published date for one check.
check() {
  local item=$1 desc=$2 text=$3 expr=$4; shift 4
  n=$((n+1)); local d="$WORK/c$n"; mkdir -p "$d"
  printf '%s' "$text" > "$d/in.txt"
  printf '%s' "$expr" > "$d/expr"
  printf '%s ' --published "$PUB" "$@" > "$d/args"
  "$BIN" extract --format json --published "$PUB" "$@" < "$d/in.txt" > "$d/out.json" 2> "$d/err.txt"
  echo $? > "$d/rc"
  # jq 1.6 exits 0 with -e on empty input, so compare the printed result instead
  jq --arg in "$text" "$PRE if type != \"array\" then error(\"output is not a JSON array\") else . end | . as \$c | $expr" \
    "$d/out.json" > "$d/jq.txt" 2>&1
  if [ "$(cat "$d/rc")" = 0 ] && [ "$(cat "$d/jq.txt")" = true ]; then
    result ok "$item" "$desc" "$d"
  else
    result bad "$item" "$desc" "$d"
  fi
}

# "no claim" check: output must be an empty array
none() { check "$1" "$2" "$3" 'length == 0' "${@:4}"; }

echo "attrition extract checks against $BIN (published $PUB unless stated)"

########################################################################
# Numbers
########################################################################
check numbers "1,000,000 with comma separators" \
  "Ukraine's defence ministry says Russian personnel losses stand at 1,000,000 since the invasion." \
  'has(num(1000000))'
check numbers "1 000 000 (spaces) and 1.000.000 (dots, unambiguous)" \
  $'Kyiv puts the number of Russian casualties at 1 000 000 since February 2022.\n\nThe ministry noted that 1.000.000 Ukrainian soldiers have been killed or wounded, Russian state media claimed.' \
  'has(num(1000000) and .category == "casualties" and .actor == "Russia") and has(num(1000000) and .category == "casualties" and .actor == "Ukraine")'
check numbers "1.2 million and 1.2m" \
  $'Western officials believe Russia has suffered 1.2 million casualties in the war.\n\nMoscow claims Ukrainian casualties have reached 1.4m.' \
  'has(num(1200000) and .category == "casualties") and has(num(1400000) and .category == "casualties")'
check numbers "40k and 1,5 thousand" \
  $'Some 40k Ukrainian troops have been killed, a pro-Russian blogger claimed.\n\nRussian troops lost 1,5 thousand soldiers killed or wounded over the past day, Kyiv said.' \
  'has(num(40000) and .category == "killed" and .approx == true) and has(num(1500) and .category == "casualties")'
check numbers "number words: two hundred and fifty thousand; one million" \
  "Around two hundred and fifty thousand Russian soldiers have been killed or are missing. In all, one million Russian soldiers have been killed or wounded." \
  'has(num(250000) and .category == "killed_or_missing") and has(num(1000000) and .category == "casualties")'
check numbers "a quarter of a million; half a million" \
  $'A quarter of a million Russian troops have been killed since the war began, Western officials estimate.\n\nUkraine has suffered half a million casualties, according to US officials.' \
  'has(num(250000) and .category == "killed" and .actor == "Russia") and has(num(500000) and .category == "casualties" and .actor == "Ukraine")'
check numbers "a dozen = 12" \
  "A dozen civilians were killed when a missile struck a bus station in Kharkiv on Tuesday." \
  'has(num(12) and .category == "killed")'
check numbers "dozens -> at least 12; hundreds -> at least 100" \
  $'Dozens of people were killed in an Israeli air strike on a school in Gaza City, health officials said.\n\nHundreds of Wagner fighters were killed in the failed assault on the village.' \
  'has(.low == 12 and .high == null and .bound == "at_least" and .category == "killed") and has(.low == 100 and .high == null and .bound == "at_least" and .category == "killed")'
check numbers "thousands -> at least 1,000; tens of thousands -> at least 10,000" \
  $'Thousands of civilians have been killed in El Fasher since the siege began, aid groups say.\n\nTens of thousands of Russian soldiers have been wounded in the fighting for Avdiivka.' \
  'has(.low != null and .low >= 1000 and .low < 10000 and .high == null and .bound == "at_least" and .category == "killed") and has(.low != null and .low >= 10000 and .low < 100000 and .high == null and .bound == "at_least" and .category == "wounded")'
check numbers "fraction of a figure, consistent: a fifth of the total (200,000)" \
  "Russia has suffered about 1,000,000 casualties since the invasion, British officials said. A fifth of the total (200,000) were sustained in the last six months." \
  'has(num(1000000) and .category == "casualties") and has(num(200000) and .category == "casualties" and .actor == "Russia" and (fl("arithmetic_mismatch") | not))'
check numbers "fraction of a figure, inconsistent -> arithmetic_mismatch" \
  "Russia has suffered about 1,000,000 casualties since the invasion, British officials said. A fifth of the total (300,000) were sustained in the last six months." \
  'has((vals | index([300000]) != null) and fl("arithmetic_mismatch"))'
check numbers "percentage of a figure: about 40% of them" \
  "Ukrainian officials said Russia lost 10,000 soldiers killed or wounded near Pokrovsk in May; about 40% of them were killed." \
  'has(num(10000) and .category == "casualties") and has(.category == "killed" and .low == 4000 and .high == 4000)'

########################################################################
# Shapes
########################################################################
check shapes "between X and Y -> range, best null" \
  "Russia's permanent losses are currently between 400,000 and 500,000 personnel, the assessment says." \
  'has(.low == 400000 and .high == 500000 and .best == null and .bound == "range" and .category == "permanent_losses")'
check shapes "X–Y (en dash) -> range" \
  "Israeli strikes killed 30–40 people in Rafah on Sunday, according to local medics." \
  'has(.low == 30 and .high == 40 and .best == null and .bound == "range" and .category == "killed")'
check shapes "X to Y -> range" \
  "Sudanese army officers said 3,000 to 5,000 RSF fighters were killed in the battle for the city." \
  'has(.low == 3000 and .high == 5000 and .best == null and .bound == "range" and .category == "killed")'
check shapes "from X to Y -> range" \
  "Estimates of Ukrainian military deaths range from 60,000 to 100,000." \
  'has(.low == 60000 and .high == 100000 and .best == null and .bound == "range" and .category == "killed")'
check shapes "more than / over -> more_than, open high" \
  $'More than 700,000 Russian soldiers have been killed or wounded since the invasion.\n\nOver 50,000 Palestinians in Gaza have been killed, the health ministry says.' \
  'has(.low == 700000 and .high == null and .bound == "more_than" and .category == "casualties") and has(.low == 50000 and .high == null and .bound == "more_than" and .category == "killed")'
check shapes "at least -> at_least; fewer than -> fewer_than" \
  $'At least 35 people were killed in the missile strike on Sumy, regional officials said.\n\nFewer than 100 Israeli soldiers were killed in the ground operation, the army said.' \
  'has(.low == 35 and .high == null and .bound == "at_least" and .category == "killed") and has(.low == null and .high == 100 and .bound == "fewer_than" and .category == "killed")'
check shapes "up to / as many as -> at_most, open low" \
  $'Up to 5,000 Ukrainian soldiers were captured during the retreat from the town.\n\nAs many as 2,000 Wagner fighters died in the assault, a former commander said.' \
  'has(.low == null and .high == 5000 and .bound == "at_most" and .category == "captured") and has(.low == null and .high == 2000 and .bound == "at_most" and .category == "killed")'
NEAR=$'Nearly 600,000 Russian troops have been killed or wounded.\n\nAlmost 10,000 Ukrainian civilians have been killed, the UN says.\n\nIsraeli military deaths are approaching 900.'
check shapes "nearly / almost / approaching -> upper bound (at_most or fewer_than), open low" \
  "$NEAR" \
  '[600000, 10000, 900] | all(.[]; . as $x | $c | has(.low == null and .high == $x and (.bound == "at_most" or .bound == "fewer_than")))'
check shapes "nearly / almost / approaching are hedges -> approx true (claims.md)" \
  "$NEAR" \
  '[600000, 10000, 900] | all(.[]; . as $x | $c | has(.high == $x and .approx == true))'
check shapes "approximately / around / about -> point, approx true" \
  $'Russia has suffered approximately 790,000 casualties, Western officials said.\n\nAround 43,000 Ukrainian soldiers have been killed, the president said.\n\nAbout 1,200 RSF fighters were captured, the Sudanese army said.' \
  '[790000, 43000, 1200] | all(.[]; . as $x | $c | has(num($x) and .bound == "point" and .approx == true))'
check shapes "some / roughly / an estimated -> point, approx true; a plain figure -> approx false" \
  $'Some 3,400 Hamas fighters were killed in the offensive, the army claimed.\n\nRoughly 15,000 Russian soldiers are missing, relatives groups say.\n\nAn estimated 150,000 people have been killed in Sudan, US envoys said.\n\nRussia lost 1,180 soldiers in the past day, Ukraine\'s General Staff said.' \
  '([3400, 15000, 150000] | all(.[]; . as $x | $c | has(num($x) and .bound == "point" and .approx == true))) and has(num(1180) and .approx == false)'

########################################################################
# Categories
########################################################################
check categories "killed / dead / deaths / fatalities / lost their lives -> killed" \
  $'Seven soldiers were killed in the ambush near Toretsk.\n\nThe health ministry in Gaza said 120 people were dead after the overnight strikes.\n\nThe UN has recorded 12,000 civilian deaths in Ukraine.\n\nACLED counted 1,300 fatalities in Sudan in May.\n\nSome 850 Israeli soldiers have lost their lives since October 2023.' \
  '[7, 120, 12000, 1300, 850] | all(.[]; . as $x | $c | has(num($x) and .category == "killed"))'
check categories "wounded / injured -> wounded; missing -> missing" \
  $'Forty-five people were injured in the attack on Odesa.\n\nThe army said 2,300 Israeli soldiers have been wounded in Gaza.\n\nAbout 15,000 Ukrainian soldiers are officially listed as missing.' \
  'has(num(45) and .category == "wounded") and has(num(2300) and .category == "wounded") and has(num(15000) and .category == "missing" and .actor == "Ukraine")'
check categories "captured / prisoners -> captured, actor = the captured side" \
  $'Ukrainian forces captured 300 Russian soldiers in the Kursk region.\n\nSome 6,000 Ukrainian soldiers are being held as prisoners in Russia.' \
  'has(num(300) and .category == "captured" and .actor == "Russia") and has(num(6000) and .category == "captured" and .actor == "Ukraine")'
check categories "casualties / killed or wounded / lost N troops / losses of personnel -> casualties" \
  $'Russia has suffered 45,000 casualties in Kursk, Kyiv says.\n\nAbout 900 Ukrainian troops were killed or wounded in the week.\n\nRussia lost 1,180 troops in the past day.\n\nRussian losses of personnel in May totalled 35,000, the ministry reported.' \
  '[45000, 900, 1180, 35000] | all(.[]; . as $x | $c | has(num($x) and .category == "casualties"))'
check categories "killed or missing -> killed_or_missing; permanent / irrecoverable -> permanent_losses" \
  $'Kyiv estimates that 150,000 Russian soldiers are killed or missing.\n\nIrrecoverable losses of the Russian army stand at 300,000, the analysts say.\n\nUkraine\'s permanent losses are estimated at 120,000.' \
  'has(num(150000) and .category == "killed_or_missing") and has(num(300000) and .category == "permanent_losses") and has(num(120000) and .category == "permanent_losses")'
check categories "equipment by type with status (destroyed/damaged/abandoned/captured)" \
  "Oryx has visually confirmed the loss of 3,900 Russian tanks, of which 3,000 were destroyed, 150 damaged, 200 abandoned and 550 captured." \
  'has(num(3000) and .category == "equipment:tanks" and .status == "destroyed") and has(num(150) and .category == "equipment:tanks" and .status == "damaged") and has(num(200) and .category == "equipment:tanks" and .status == "abandoned") and has(num(550) and .category == "equipment:tanks" and .status == "captured") and (has(.category == "captured") | not)'
LIST="The total combat losses of the enemy from 24.02.22 to 12.06.25 were approximately: personnel about 990,000, tanks 10,901, armoured fighting vehicles 22,710, artillery systems 28,501, MLRS 1,401, air defence systems 1,179, aircraft 416, helicopters 337, UAVs 38,012, cruise missiles 3,252, warships and boats 28, submarines 1, vehicles and fuel tanks 50,123, special equipment 3,899."
check categories "long equipment list (General Staff style): every type and value" \
  "$LIST" \
  '[["casualties",990000],["equipment:tanks",10901],["equipment:armoured_vehicles",22710],["equipment:artillery",28501],["equipment:mlrs",1401],["equipment:air_defence",1179],["equipment:aircraft",416],["equipment:helicopters",337],["equipment:drones",38012],["equipment:missiles",3252],["equipment:ships",28],["equipment:submarines",1],["equipment:vehicles",50123],["equipment:special_equipment",3899]] | map(. as [$k,$x] | select(($c | has(.category == $k and num($x))) | not)) | if length == 0 then true else ("missing: " + tojson + "\n" | halt_error) end' \
  --source "$GS"
check categories "long list in prose: '..., and one submarine'" \
  "Since the invasion, Russia has lost 3,100 tanks, 6,050 armoured fighting vehicles, 412 helicopters and one submarine, according to the ministry." \
  'has(num(3100) and .category == "equipment:tanks") and has(num(6050) and .category == "equipment:armoured_vehicles") and has(num(412) and .category == "equipment:helicopters") and has(num(1) and .category == "equipment:submarines") and all(.[]; .actor == "Russia")'
check categories "average rate: '1,262 a day in May' -> per day over May" \
  "Russian casualties averaged 1,262 a day in May, according to British defence intelligence." \
  'has(num(1262) and .category == "casualties" and .per == "day" and per("2025-05-01"; "2025-05-31"))'

########################################################################
# Whose losses
########################################################################
check actor "Russian / Russia's / Moscow's troops -> Russia" \
  $'Russian forces lost 500 soldiers near Kupiansk on Monday.\n\nRussia\'s army has suffered 20,000 casualties in the offensive.\n\nMoscow\'s troops sustained 2,000 casualties near Pokrovsk last week.' \
  '[500, 20000, 2000] | all(.[]; . as $x | $c | has(num($x) and .actor == "Russia"))'
check actor "Ukrainian / Kyiv's forces -> Ukraine" \
  $'Around 5,000 Ukrainian soldiers were killed in the Kursk incursion.\n\nKyiv\'s forces suffered 8,000 casualties in the counteroffensive.' \
  'has(num(5000) and .actor == "Ukraine") and has(num(8000) and .actor == "Ukraine")'
check actor "Wagner -> Wagner (or Russia)" \
  "Wagner lost 20,000 fighters in Bakhmut, its founder said." \
  'has(num(20000) and .actor != null and ((.actor | test("Wagner"; "i")) or .actor == "Russia"))'
check actor "IDF -> Israel; RSF -> Sudan (RSF)" \
  $'The IDF said 400 of its soldiers have been killed in Gaza since the ground operation began.\n\nThe army said 300 RSF fighters were killed near El Fasher.' \
  'has(num(400) and .actor == "Israel") and has(num(300) and .actor == "Sudan (RSF)")'
check actor "Hamas -> Hamas / Palestinians in Gaza, not Israel" \
  "Israel says it has killed 17,000 Hamas fighters." \
  'has(num(17000) and .actor != null and .actor != "Israel" and ((.actor | test("Hamas"; "i")) or .actor == "Palestinians in Gaza"))'
check actor "civilians in Gaza -> Palestinians in Gaza, civilian" \
  "More than 30,000 civilians in Gaza have been killed, a UN agency said." \
  'has(.low == 30000 and .actor == "Palestinians in Gaza" and .population == "civilian")'
check actor "'Of these' carries actor (and period) across sentences" \
  "Russian forces suffered 20,000 casualties in May, Ukrainian officials said. Of these, about 8,000 were killed." \
  'has(num(8000) and .category == "killed" and .actor == "Russia" and per("2025-05-01"; "2025-05-31"))'
check actor "'the enemy' with --source General Staff -> Russia, source GS" \
  "The enemy lost 1,100 personnel over the past day." \
  'has(num(1100) and .actor == "Russia" and .source == "General Staff of the Armed Forces of Ukraine")' --source "$GS"

########################################################################
# Periods (published 2025-06-12)
########################################################################
check periods "since the invasion -> 2022-02-24 .. published" \
  "Russia has lost 980,000 soldiers killed or wounded since the invasion." \
  'has(num(980000) and per("2022-02-24"; "2025-06-12"))'
check periods "in the past day / past 24 hours -> one day at publication" \
  $'Ukrainian forces killed 420 Russian soldiers in the past day, the ministry said.\n\nOver the past 24 hours, 1,050 Russian soldiers were killed or wounded.' \
  '[420, 1050] | all(.[]; . as $x | $c | has(num($x) and .period_start != null and .period_start >= "2025-06-11" and .period_end <= "2025-06-12" and .period_end >= .period_start))'
check periods "in May -> 2025-05-01 .. 2025-05-31" \
  "Russia suffered 38,000 casualties in May, British officials said." \
  'has(num(38000) and per("2025-05-01"; "2025-05-31"))'
check periods "in 2024 / last year -> calendar year 2024" \
  $'Russia suffered 430,000 casualties in 2024, Western officials say.\n\nUkraine said 5,000 of its civilians were killed last year.' \
  'has(num(430000) and per("2024-01-01"; "2024-12-31")) and has(num(5000) and per("2024-01-01"; "2024-12-31"))'
check periods "the last six months -> ~2024-12-12 .. 2025-06-12" \
  "Russia has lost 200,000 soldiers killed or wounded over the last six months." \
  'has(num(200000) and .period_start != null and .period_start >= "2024-12-01" and .period_start <= "2024-12-13" and .period_end >= "2025-05-31" and .period_end <= "2025-06-12")'
check periods "since October -> 2024-10-01 .. published" \
  "Since October, 14,000 RSF fighters have been killed, the army claims." \
  'has(num(14000) and per("2024-10-01"; "2025-06-12"))'
check periods "the 224-day battle -> a 224-day period ending on the stated date" \
  "Wagner lost about 20,000 fighters in the 224-day battle, which ended on 20 May 2023." \
  'has(num(20000) and .period_end == "2023-05-20" and .period_start != null and (days == 223 or days == 224))'

########################################################################
# Estimative language
########################################################################
check estimative "likely -> PHIA [0.55,0.75]; 'have likely reached' inside the verb phrase" \
  $'Russia has likely suffered 150,000 casualties in the offensive, the UK Ministry of Defence said.\n\nUkrainian casualties have likely reached 400,000, British intelligence said.' \
  'has(num(150000) and .likelihood == "likely" and prob(0.55; 0.75)) and has(num(400000) and .likelihood == "likely" and prob(0.55; 0.75))'
check estimative "almost certainly -> PHIA [0.95,1.0]" \
  "Russia almost certainly lost more than 1,000 soldiers in the failed crossing." \
  'has(.low == 1000 and .likelihood == "almost certainly" and prob(0.95; 1.0))'
check estimative "PHIA: highly likely [0.80,0.90], realistic possibility [0.40,0.50]" \
  $'Russia has highly likely lost 4,000 armoured vehicles.\n\nThere is a realistic possibility that 600 Ukrainian troops were captured.' \
  'has(num(4000) and .likelihood == "highly likely" and prob(0.80; 0.90)) and has(num(600) and (.likelihood // "" | test("^(a )?realistic possibility$")) and prob(0.40; 0.50))'
check estimative "probably not -> negation kept as written (not 'probably' [0.55,0.75])" \
  "Ukraine has probably not lost more than 50,000 soldiers killed, the analysts say." \
  'has(.low == 50000 and .likelihood == "probably not" and (prob(0.55; 0.75) | not))'
check estimative "--yardstick kent: probably not -> [0.20,0.40]; almost certainly -> [0.87,0.99]" \
  $'Ukraine has probably not lost more than 50,000 soldiers killed, the analysts say.\n\nRussia almost certainly lost 3,000 tanks in the first year.' \
  'has(.low == 50000 and .likelihood == "probably not" and prob(0.20; 0.40)) and has(num(3000) and .likelihood == "almost certainly" and prob(0.87; 0.99))' \
  --yardstick kent
check estimative "--yardstick icd203: likely -> [0.55,0.80]; very likely -> [0.80,0.95]" \
  $'Russia has likely suffered 150,000 casualties in the offensive.\n\nUkraine very likely lost 2,000 soldiers in the town.' \
  'has(num(150000) and .likelihood == "likely" and prob(0.55; 0.80)) and has(num(2000) and .likelihood == "very likely" and prob(0.80; 0.95))' \
  --yardstick icd203

########################################################################
# Attribution
########################################################################
check attribution "according to X" \
  "At least 12,000 civilians have been killed in Ukraine, according to the UN Human Rights Monitoring Mission." \
  'has(.low == 12000 and .source != null and (.source | test("Human Rights Monitoring Mission")))'
check attribution "X said" \
  "Mediazona said it had confirmed the deaths of 100,000 Russian soldiers by name." \
  'has(.low == 100000 and .source == "Mediazona")'
check attribution "'Source: UK Defence Intelligence' header" \
  $'Source: UK Defence Intelligence\n\nRussian forces have likely suffered around 1,100 casualties a day in May.' \
  'has(num(1100) and .source != null and (.source | test("UK Defence Intelligence|UK Ministry of Defence")))'
check attribution "--source is the document default" \
  "Russia has lost 1,220 soldiers in the past day." \
  'has(num(1220) and .source == "Mediazona")' --source Mediazona
check attribution "explicit attribution wins over --source" \
  "Russia has lost 1,220 soldiers in the past day, according to Ukraine's General Staff." \
  'has(num(1220) and .source == "General Staff of the Armed Forces of Ukraine")' --source Reuters

########################################################################
# Not claims
########################################################################
none not-claims "territory share and area; money" \
  "Russia now occupies about 18% of Ukraine's territory; Ukrainian troops have retaken 1,000 square kilometres this year. Washington has provided \$65 billion in military aid since 2022."
none not-claims "population and refugees" \
  "More than 6 million Ukrainians have fled abroad as refugees, and 3.7 million are internally displaced."
none not-claims "troops deployed or mobilised" \
  "Russia has deployed some 600,000 troops in Ukraine, and Moscow mobilised 300,000 reservists in 2022."
none not-claims "production, stockpiles, prisoner swaps" \
  $'Russia produces about 1,500 tanks a year and still has 4,000 tanks in storage, analysts estimate.\n\nRussia and Ukraine exchanged 390 prisoners each on Friday, the largest swap of the war.'
check not-claims "ages and years are not figures" \
  $'A 45-year-old man and his 12-year-old son were killed in the attack on Kherson.\n\nRussian losses in 2023 were heavier than in 2022, but no figure was given.' \
  'all(.[]; (vals | index([45]) == null and index([12]) == null and index([2023]) == null and index([2022]) == null))'
check not-claims "unit numbers (3rd brigade)" \
  $'The 3rd Assault Brigade repelled 12 attacks near Bakhmut.\n\nThe 47th Mechanised Brigade lost two Leopard tanks.' \
  'all(.[]; (vals | index([3]) == null and index([47]) == null and index([12]) == null)) and has(num(2) and .category == "equipment:tanks" and .actor == "Ukraine")'
none not-claims "projections of future figures" \
  "Russian casualties are expected to reach 1.5 million by the end of 2026, and Russia could lose another 100,000 soldiers this summer, analysts warned."

########################################################################
# Flags
########################################################################
check flags "period_after_publication" \
  "Russia suffered 200,000 casualties in the last six months of 2025, the report says." \
  'has(num(200000) and per("2025-07-01"; "2025-12-31") and fl("period_after_publication"))'
check flags "category_conflict: killed above casualties in one text" \
  "Russia has suffered 50,000 casualties in the Kursk operation, Kyiv says. In the same operation, 70,000 Russian soldiers were killed." \
  'has(fl("category_conflict"))'
check flags "ambiguous_actor when both sides are named" \
  "Russian and Ukrainian forces clashed for days near Pokrovsk; 300 soldiers were killed." \
  'has(num(300) and fl("ambiguous_actor"))'

########################################################################
# Input
########################################################################
HTML='<p><b>35</b>&nbsp;people were killed.</p>'
check input "HTML: claim read, span points into the HTML, quote == input[span]" \
  "$HTML" \
  'has(num(35) and .category == "killed" and ($in[.span[0]:.span[1]] == .quote) and (.quote | contains("35")))'

# UTF-8: span offsets are bytes; compare with the raw byte slice
n=$((n+1)); d="$WORK/c$n"; mkdir -p "$d"
TXT='Près de Kharkiv — «Ukraine’s General Staff» said Russia lost 1,240 soldiers in the past day.'
printf '%s' "$TXT" > "$d/in.txt"
"$BIN" extract --format json --published "$PUB" < "$d/in.txt" > "$d/out.json" 2> "$d/err.txt"; echo $? > "$d/rc"
ok=bad
if [ "$(cat "$d/rc")" = 0 ]; then
  read -r s e q < <(jq -r '[.[] | select(.low == 1240)][0] | "\(.span[0]) \(.span[1]) \(.quote|@base64)"' "$d/out.json" 2>/dev/null)
  if [ -n "${s:-}" ] && [ "$s" != null ]; then
    slice=$(tail -c +$((s+1)) "$d/in.txt" | head -c $((e-s)) | base64 -w0)
    echo "byte slice=$(tail -c +$((s+1)) "$d/in.txt" | head -c $((e-s)))" > "$d/jq.txt"
    [ "$slice" = "$q" ] && ok=ok
  else echo "no claim with 1,240" > "$d/jq.txt"; fi
fi
result $ok input "UTF-8 text: span is in bytes and quote == bytes[span]" "$d"

n=$((n+1)); d="$WORK/c$n"; mkdir -p "$d"
printf 'Russia lost 100 soldiers.\xff\xfe\n' > "$d/in.txt"
"$BIN" extract --format json --published "$PUB" < "$d/in.txt" > "$d/out.json" 2> "$d/err.txt"; rc=$?; echo $rc > "$d/rc"
if [ $rc -ne 0 ] && grep -qi 'utf-\?8' "$d/err.txt" && grep -q '^attrition: ' "$d/err.txt"; then ok=ok; else ok=bad; echo "rc=$rc stderr=$(cat "$d/err.txt")" > "$d/jq.txt"; fi
result $ok input "invalid UTF-8 (FF FE): non-zero exit, 'attrition: …UTF-8…' error" "$d"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
