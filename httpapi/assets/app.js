// The dashboard: pick a side and a category, see the fused estimate, its
// charts and the claims behind it. Every text from the ledger goes in
// through textContent, never as HTML.
"use strict";

const $ = (id) => document.getElementById(id);
const fmt = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });

async function api(path) {
  const res = await fetch(path);
  const body = await res.json();
  if (body.error) throw new Error(body.error.message);
  return body.data;
}

function option(value, text) {
  const o = document.createElement("option");
  o.value = value;
  o.textContent = text;
  return o;
}

function figure(c) {
  const n = (v) => (v === null ? "" : fmt.format(v));
  const pre = c.approx ? "~" : "";
  switch (c.bound) {
    case "range": return `${n(c.low)}–${n(c.high)}`;
    case "at_least": return `≥ ${n(c.low)}`;
    case "more_than": return `> ${n(c.low)}`;
    case "at_most": return `≤ ${n(c.high)}`;
    case "fewer_than": return `< ${n(c.high)}`;
    default: return pre + n(c.best);
  }
}

function cell(tr, text, cls) {
  const td = document.createElement("td");
  td.textContent = text;
  if (cls) td.className = cls;
  tr.appendChild(td);
  return td;
}

let series = [];

function params() {
  return new URLSearchParams({ actor: $("actor").value, category: $("category").value });
}

function fillCategories() {
  const sel = $("category");
  const keep = sel.value;
  sel.replaceChildren();
  for (const s of series.filter((s) => s.actor === $("actor").value)) {
    sel.appendChild(option(s.category, `${s.category} (${s.claims} claims, ${s.sources} sources)`));
  }
  if ([...sel.options].some((o) => o.value === keep)) sel.value = keep;
}

async function show() {
  const p = params();
  $("status").textContent = "";
  $("report-link").href = "/api/v1/report?" + new URLSearchParams({ actor: $("actor").value });
  const cur = series.find((s) => s.actor === $("actor").value && s.category === $("category").value);
  // Biases need two sources to compare; do not ask for what cannot be drawn.
  $("bias").closest("figure").hidden = !cur || cur.sources < 2;
  const kinds = cur && cur.sources >= 2 ? ["fan", "rate", "bias"] : ["fan", "rate"];
  for (const kind of kinds) {
    // A chart the ledger cannot support (one source has no bias chart)
    // answers 404: hide its frame rather than show a broken image.
    const img = $(kind);
    const fig = img.closest("figure");
    fig.hidden = false;
    img.onerror = () => { fig.hidden = true; };
    img.src = `/api/v1/charts/${kind}.svg?${p}`;
  }
  try {
    const [est, claims] = await Promise.all([
      api(`/api/v1/estimate?${p}&step=week`),
      api(`/api/v1/claims?${p}&limit=300`),
    ]);
    const last = est.series[est.series.length - 1];
    const sum = $("summary");
    sum.replaceChildren();
    if (last) {
      const b = document.createElement("strong");
      b.textContent = fmt.format(last.median);
      sum.append(`${est.actor}, ${est.category}, ${last.date}: median `, b,
        `, 90% interval ${fmt.format(last.lo90)}–${fmt.format(last.hi90)}; about ${fmt.format(last.rate_median)} a day; ${est.claim_ids.length} claims used.`);
    }
    const body = $("claims").tBodies[0];
    body.replaceChildren();
    for (const c of claims.slice().reverse()) {
      const tr = document.createElement("tr");
      cell(tr, c.period_end || c.document.published);
      const src = cell(tr, c.source || "");
      if (/^https?:\/\//.test(c.document.url)) {
        const a = document.createElement("a");
        a.href = c.document.url;
        a.rel = "noopener noreferrer";
        a.textContent = " ↗";
        src.appendChild(a);
      }
      cell(tr, figure(c) + (c.per ? ` per ${c.per}` : ""), "num");
      cell(tr, c.likelihood || "");
      cell(tr, c.quote);
      cell(tr, (c.flags || []).join(", "));
      body.appendChild(tr);
    }
  } catch (e) {
    $("status").textContent = e.message;
  }
}

async function init() {
  try {
    series = await api("/api/v1/series");
  } catch (e) {
    $("status").textContent = e.message;
    return;
  }
  if (series.length === 0) {
    $("status").textContent = "The ledger is empty: ingest claims first.";
    return;
  }
  // The side with the most claims first: the one a reader most likely
  // came for.
  const counts = new Map();
  for (const s of series) counts.set(s.actor, (counts.get(s.actor) || 0) + s.claims);
  const actors = [...counts.keys()].sort((a, b) => counts.get(b) - counts.get(a) || a.localeCompare(b));
  for (const a of actors) $("actor").appendChild(option(a, a));
  $("actor").addEventListener("change", () => { fillCategories(); show(); });
  $("category").addEventListener("change", show);
  fillCategories();
  show();
}

init();
