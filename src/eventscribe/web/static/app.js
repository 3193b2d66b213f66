// eventscribe page: plain JS and hand-drawn SVG, no libraries, nothing from outside this server.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const QUAD_COLOURS = ["#7fb3e0", "#1f6fb5", "#f0a07a", "#c0392b"];
const BLOC_COLOURS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
  "#bcbd22", "#17becf"];
const PAGE = 20;
let searchOffset = 0;

function el(tag, attrs = {}, text = "") {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text) node.textContent = text;
  return node;
}

function svg(tag, attrs = {}, text = "") {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text) node.textContent = text;
  return node;
}

async function api(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== "" && v !== null && v !== undefined) query.set(k, v);
  const response = await fetch(`/api/${path}${query.toString() ? "?" + query : ""}`);
  const body = await response.json();
  if (!response.ok) throw new Error(body.message || response.statusText);
  return body;
}

function formValues(form) {
  const values = {};
  for (const [k, v] of new FormData(form).entries()) values[k] = String(v).trim();
  return values;
}

function showError(target, error) {
  target.replaceChildren(el("p", { class: "error" }, String(error.message || error)));
}

// ---- events ----

async function search() {
  const form = document.getElementById("search-form");
  const status = document.getElementById("search-status");
  const body = document.querySelector("#events-table tbody");
  try {
    const page = await api("events", { ...formValues(form), limit: PAGE, offset: searchOffset });
    body.replaceChildren(...page.items.map(eventRow));
    const last = Math.min(searchOffset + page.items.length, page.total);
    status.textContent = `${page.total} events; showing ${page.total ? searchOffset + 1 : 0}–${last}`;
    document.getElementById("prev-page").disabled = searchOffset === 0;
    document.getElementById("next-page").disabled = last >= page.total;
  } catch (error) {
    status.textContent = "";
    body.replaceChildren();
    showError(status, error);
  }
}

function eventRow(event) {
  const row = el("tr", { "data-event-id": event.event_id, class: "event-row" });
  row.append(
    el("td", {}, event.date || ""),
    el("td", {}, event.source ? event.source.code : ""),
    el("td", { title: event.cameo.name }, `${event.cameo.code} ${event.cameo.name}`),
    el("td", {}, event.target ? event.target.code : ""),
    el("td", { class: "sentence", title: event.sentence }, event.sentence),
  );
  row.addEventListener("click", () => {
    document.querySelectorAll("tr.selected").forEach((r) => r.classList.remove("selected"));
    row.classList.add("selected");
    openEvent(event.event_id);
  });
  return row;
}

// ---- article with highlighted evidence ----

async function openEvent(eventId) {
  const view = document.getElementById("article-view");
  try {
    const event = await api(`events/${encodeURIComponent(eventId)}`);
    // Imported events (ICEWS, GDELT) come without an article: show their sentence alone.
    const article = event.has_article
      ? await api(`articles/${encodeURIComponent(event.article_id)}`)
      : { id: event.article_id, title: event.article_id, text: event.sentence, events: [], alone: true };
    renderArticle(view, article, event);
  } catch (error) {
    showError(view, error);
  }
}

function renderArticle(view, article, selected) {
  view.classList.remove("muted");
  const heading = el("h3", {}, article.title || article.id);
  const meta = el("p", { class: "muted" }, [article.date, article.source, article.id].filter(Boolean).join(" · "));
  const text = el("div", { class: "article-text" });
  const span = article.alone
    ? { start: 0, end: article.text.length, trigger_start: null, trigger_end: null }
    : selected.evidence;
  const others = article.events.filter((e) => e.event_id !== selected.event_id).map((e) => e.evidence);
  text.append(...highlighted(article.text, span, others));
  const caption = el("p", { class: "muted" },
    `${selected.source ? selected.source.code : "?"} → ${selected.cameo.code} ${selected.cameo.name} → ` +
    `${selected.target ? selected.target.code : "?"} (${selected.date || "undated"})`);
  view.replaceChildren(heading, meta, caption, text);
  const mark = view.querySelector("mark.evidence");
  if (mark) mark.scrollIntoView({ block: "nearest" });
}

function highlighted(text, span, others) {
  const start = Math.max(0, Math.min(span.start, text.length));
  const end = Math.max(start, Math.min(span.end, text.length));
  const nodes = plainWithOthers(text, 0, start, others);
  const mark = el("mark", { class: "evidence", "data-start": start, "data-end": end });
  const ts = span.trigger_start, te = span.trigger_end;
  if (ts !== null && te !== null && ts >= start && te <= end && te > ts) {
    mark.append(text.slice(start, ts), el("strong", { class: "trigger" }, text.slice(ts, te)), text.slice(te, end));
  } else {
    mark.textContent = text.slice(start, end);
  }
  nodes.push(mark, ...plainWithOthers(text, end, text.length, others));
  return nodes;
}

function plainWithOthers(text, from, to, others) {
  // Other events' spans in this stretch are underlined (those that fit wholly inside it).
  const inside = others.filter((o) => o.start >= from && o.end <= to && o.end > o.start)
    .sort((x, y) => x.start - y.start);
  const nodes = [];
  let at = from;
  for (const o of inside) {
    if (o.start < at) continue;
    nodes.push(document.createTextNode(text.slice(at, o.start)));
    nodes.push(el("span", { class: "other-evidence" }, text.slice(o.start, o.end)));
    at = o.end;
  }
  nodes.push(document.createTextNode(text.slice(at, to)));
  return nodes;
}

// ---- dyad chart: stacked bars of quad classes, and the Goldstein mean as a line ----

async function drawDyad() {
  const form = document.getElementById("dyad-form");
  const target = document.getElementById("dyad-chart");
  const values = formValues(form);
  values.undirected = form.elements.undirected.checked ? "true" : "false";
  try {
    const points = await api("dyads", values);
    target.replaceChildren(dyadSvg(points, `${values.a} – ${values.b}`));
  } catch (error) {
    showError(target, error);
  }
}

function dyadSvg(points, title) {
  const W = 640, H = 260, L = 40, R = 36, T = 22, B = 36;
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": `dyad ${title}` });
  chart.append(svg("text", { x: L, y: 14, "font-size": 12, "font-weight": 600 }, title));
  if (!points.length) {
    chart.append(svg("text", { x: W / 2, y: H / 2, "text-anchor": "middle", class: "empty" }, "no events"));
    return chart;
  }
  const maxCount = Math.max(1, ...points.map((p) => p.events));
  const step = (W - L - R) / points.length;
  const y = (n) => H - B - (n / maxCount) * (H - T - B);
  const g = (v) => T + ((10 - v) / 20) * (H - T - B);
  chart.append(svg("line", { x1: L, y1: H - B, x2: W - R, y2: H - B, stroke: "#888" }));
  chart.append(svg("text", { x: L - 4, y: T + 8, "text-anchor": "end", "font-size": 10 }, maxCount));
  chart.append(svg("text", { x: W - R + 4, y: g(10) + 8, "font-size": 10 }, "+10"));
  chart.append(svg("text", { x: W - R + 4, y: g(-10), "font-size": 10 }, "−10"));
  points.forEach((p, i) => {
    let base = 0;
    [p.quad1, p.quad2, p.quad3, p.quad4].forEach((n, q) => {
      if (!n) return;
      const width = Math.max(1, Math.min(step * 0.8, 48));
      const bar = svg("rect", { x: L + (i + 0.5) * step - width / 2, width,
        y: y(base + n), height: y(base) - y(base + n), fill: QUAD_COLOURS[q], class: `bar quad${q + 1}` });
      bar.append(svg("title", {}, `${p.period}: ${n} quad ${q + 1}`));
      chart.append(bar);
      base += n;
    });
  });
  const means = points.map((p, i) => (p.goldstein_mean === null ? null : [L + (i + 0.5) * step, g(p.goldstein_mean)]))
    .filter(Boolean);
  if (means.length) chart.append(svg("polyline", { points: means.map((xy) => xy.join(",")).join(" "), fill: "none",
    stroke: "#222", "stroke-width": 1.5, class: "goldstein" }));
  for (const [x, yy] of means) chart.append(svg("circle", { cx: x, cy: yy, r: 2, fill: "#222" }));
  const labels = Math.min(points.length, 8);
  for (let k = 0; k < labels; k++) {
    const i = Math.floor((k * points.length) / labels);
    chart.append(svg("text", { x: L + (i + 0.5) * step, y: H - B + 14, "text-anchor": "middle", "font-size": 10 },
      points[i].period));
  }
  return chart;
}

// ---- network: positions from the server's layout, edges by cooperation and conflict ----

async function drawNetwork() {
  const form = document.getElementById("network-form");
  const target = document.getElementById("network-view");
  try {
    const graph = await api("network", { ...formValues(form), max_nodes: 40 });
    target.replaceChildren(networkSvg(graph));
  } catch (error) {
    showError(target, error);
  }
}

function networkSvg(graph) {
  const W = 640, H = 420, M = 30;
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img",
    "aria-label": `network of ${graph.nodes.length} actors`, "data-start": graph.start, "data-end": graph.end });
  if (!graph.nodes.length) {
    chart.append(svg("text", { x: W / 2, y: H / 2, "text-anchor": "middle", class: "empty" }, "no events"));
    return chart;
  }
  const xs = graph.nodes.map((n) => n.x), ys = graph.nodes.map((n) => n.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const px = (x) => M + ((x - x0) / (x1 - x0 || 1)) * (W - 2 * M);
  const py = (y) => M + ((y - y0) / (y1 - y0 || 1)) * (H - 2 * M);
  const at = Object.fromEntries(graph.nodes.map((n) => [n.id, [px(n.x), py(n.y)]]));
  const maxEdge = Math.max(1, ...graph.edges.map((e) => e.events));
  const maxNode = Math.max(1, ...graph.nodes.map((n) => n.events));
  for (const e of graph.edges) {
    const [xa, ya] = at[e.source], [xb, yb] = at[e.target];
    const line = svg("line", { x1: xa, y1: ya, x2: xb, y2: yb, class: "edge",
      stroke: e.cooperation >= e.conflict ? "#2e8b57" : "#c0392b", "stroke-opacity": 0.45,
      "stroke-width": 0.5 + (3.5 * e.events) / maxEdge });
    line.append(svg("title", {}, `${e.source} → ${e.target}: ${e.cooperation} cooperation, ${e.conflict} conflict`));
    chart.append(line);
  }
  for (const n of graph.nodes) {
    const [x, y] = at[n.id];
    const dot = svg("circle", { cx: x, cy: y, r: 4 + 10 * Math.sqrt(n.events / maxNode), class: "node",
      "data-id": n.id, fill: BLOC_COLOURS[n.community % BLOC_COLOURS.length], stroke: "#fff" });
    dot.append(svg("title", {}, `${n.id}: ${n.events} events, bloc ${n.community}, ` +
      `betweenness ${n.betweenness}`));
    chart.append(dot, svg("text", { x: x + 7, y: y - 7, "font-size": 10, class: "label" }, n.id));
  }
  return chart;
}

// ---- shifts ----

async function findShifts() {
  const form = document.getElementById("shifts-form");
  const list = document.getElementById("shifts-list");
  try {
    const shifts = await api("shifts", formValues(form));
    if (!shifts.length) {
      list.replaceChildren(el("li", { class: "muted" }, "no shift found"));
      return;
    }
    list.replaceChildren(...shifts.map(shiftItem));
  } catch (error) {
    showError(list, error);
  }
}

function shiftItem(shift) {
  const item = el("li", { class: "shift" });
  item.append(el("span", { class: shift.direction.replace(" ", "-") }, `${shift.date} ${shift.direction}`),
    document.createTextNode(` ${shift.a}–${shift.b}: balance ${shift.before.toFixed(2)} → ${shift.after.toFixed(2)}`));
  const drivers = el("ul");
  for (const e of shift.events.slice(0, 3)) {
    const link = el("a", { "data-event-id": e.event_id }, `${e.date} ${e.cameo.name}: ${e.sentence.slice(0, 90)}`);
    link.addEventListener("click", () => openEvent(e.event_id));
    const entry = el("li");
    entry.append(link);
    drivers.append(entry);
  }
  item.append(drivers);
  return item;
}

// ---- start ----

async function start() {
  document.getElementById("search-form").addEventListener("submit", (e) => {
    e.preventDefault(); searchOffset = 0; search();
  });
  document.getElementById("prev-page").addEventListener("click", () => {
    searchOffset = Math.max(0, searchOffset - PAGE); search();
  });
  document.getElementById("next-page").addEventListener("click", () => { searchOffset += PAGE; search(); });
  document.getElementById("dyad-form").addEventListener("submit", (e) => { e.preventDefault(); drawDyad(); });
  document.getElementById("network-form").addEventListener("submit", (e) => { e.preventDefault(); drawNetwork(); });
  document.getElementById("shifts-form").addEventListener("submit", (e) => { e.preventDefault(); findShifts(); });
  try {
    const health = await api("health");
    document.getElementById("store-summary").textContent =
      `${health.events} events from ${health.articles} articles`;
  } catch (error) {
    document.getElementById("store-summary").textContent = "the store did not answer";
  }
  await search();
  const first = document.querySelector("#events-table tbody tr");
  // Start the dyad form from the first listed event's actors, so the chart shows something at once.
  if (first) {
    const [source, target] = [first.children[1].textContent, first.children[3].textContent];
    const dyad = document.getElementById("dyad-form");
    if (source && target && !dyad.elements.a.value) {
      dyad.elements.a.value = source.slice(0, 3);
      dyad.elements.b.value = target.slice(0, 3);
      drawDyad();
    }
  }
  drawNetwork();
}

document.addEventListener("DOMContentLoaded", start);
