// The member page of a live workshop session: pick one's name, wait for approval, then score
// one's own subcriteria (individual assessment) and vote blind on the item the facilitator
// opens. Every change carries an id made here and waits in localStorage until the program
// acknowledges it, so nothing is lost while the connection is down.
"use strict";
(function () {
  const S = window.ASSESSA_STRINGS;
  const key = "assessa-live:" + location.pathname;  // the path holds the session secret
  const store = {
    get(name, fallback) {
      try { const v = localStorage.getItem(key + ":" + name); return v === null ? fallback : JSON.parse(v); }
      catch (e) { return fallback; }
    },
    set(name, value) { try { localStorage.setItem(key + ":" + name, JSON.stringify(value)); } catch (e) { /* full or off */ } },
    drop(name) { try { localStorage.removeItem(key + ":" + name); } catch (e) { /* off */ } }
  };

  const state = {
    lang: pickLanguage(),
    token: store.get("token", ""),
    member: null, group: null, framework: null, ratings: {}, progress: null, round: null,
    node: store.get("node", ""), queue: store.get("queue", []), sending: false, events: null,
    closed: false, view: "loading", draftVote: {}
  };

  function pickLanguage() {
    const chosen = localStorage.getItem("assessa-live-lang");
    if (chosen && S[chosen]) return chosen;
    for (const tag of navigator.languages || [navigator.language || "en"]) {
      const base = String(tag).toLowerCase().split("-")[0];
      if (S[base]) return base;
    }
    return "en";
  }
  function t(id, values) {
    let s = (S[state.lang] && S[state.lang][id]) || S.en[id] || id;
    for (const [k, v] of Object.entries(values || {})) s = s.split("{" + k + "}").join(String(v));
    return s;
  }
  function num(x) { return Number(x).toLocaleString(state.lang === "zh" ? "zh-CN" : state.lang, { maximumFractionDigits: 1 }); }

  // ---- Elements ----
  function el(tag, props, children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (k === "text") e.textContent = v;
      else if (k === "on") for (const [ev, f] of Object.entries(v)) e.addEventListener(ev, f);
      else if (k in e && typeof e[k] !== "object") e[k] = v;
      else e.setAttribute(k, v);
    }
    for (const c of children || []) if (c) e.appendChild(c);
    return e;
  }
  function svg(tag, attrs) {
    const e = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    return e;
  }
  let ids = 0;
  function uid(prefix) { return prefix + "-" + (++ids); }
  function newEditId() {
    const bytes = new Uint8Array(12);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, b => b.toString(16).padStart(2, "0")).join("");
  }
  const main = () => document.getElementById("main");
  function status(text, bad) {
    const s = document.getElementById("status");
    s.textContent = text || "";
    s.className = bad ? "status bad" : "status";
  }

  // ---- Requests ----
  async function call(method, name, body) {
    const headers = { "Content-Type": "application/json" };
    if (state.token) headers["X-Assessa-Token"] = state.token;
    const r = await fetch("api/" + name, { method, headers, body: body === undefined ? undefined : JSON.stringify(body),
                                           cache: "no-store" });
    let data = null;
    try { data = await r.json(); } catch (e) { data = null; }
    return { status: r.status, data };
  }

  // An edit of the member's own work: queued, kept in localStorage, sent in order.
  function edit(name, body) {
    body.edit = newEditId();
    if ("member" in body) body.member = state.member;
    state.queue.push({ name, body });
    store.set("queue", state.queue);
    flush();
  }
  async function flush() {
    if (state.sending) return;
    state.sending = true;
    try {
      while (state.queue.length) {
        showQueue();
        const next = state.queue[0];
        let r;
        try { r = await call("POST", next.name, next.body); }
        catch (e) { offline(); return; }  // kept; sent again when the connection is back
        if (r.status === 429) { status(t("too_many")); await sleep(1000); continue; }
        if (r.status === 401) { state.sending = false; return forgotten(); }
        state.queue.shift();
        store.set("queue", state.queue);
        if (r.status >= 400) status(t("refused", { error: (r.data && r.data.error) || r.status }), true);
      }
      status(t("all_sent"));
      await loadMine();
    } finally {
      state.sending = false;
    }
    if (state.queue.length) flush();
  }
  function showQueue() { if (state.queue.length) status(t("unsent", { n: state.queue.length })); }
  function sleep(ms) { return new Promise(r => setTimeout(r, ms)); }
  let retryTimer = null;
  function offline() {
    status(state.closed ? t("closed") : t("unreachable"), true);
    if (!retryTimer) retryTimer = setTimeout(() => { retryTimer = null; start(); }, 3000);
  }

  // ---- Flow ----
  async function start() {
    let r;
    try {
      if (!state.group) {
        const g = await call("GET", "group");
        if (g.status !== 200) { status(t("refused", { error: (g.data && g.data.error) || g.status }), true); return; }
        state.group = g.data;
      }
      if (!state.token) return pickName();
      r = await call("GET", "me");
    } catch (e) { return offline(); }
    if (r.status === 401) return forgotten();
    if (r.status !== 200) return offline();
    state.member = r.data.member;
    listen();
    if (!r.data.approved) return waiting();
    await approved();
  }

  function forgotten() {
    const had = !!state.token;
    state.token = "";
    store.drop("token");
    if (state.events) { state.events.close(); state.events = null; }
    pickName();
    if (had) status(t("removed"), true);
  }

  function pickName() {
    state.view = "pick";
    const list = el("ul", { className: "members" });
    for (const m of state.group.members) {
      const id = uid("m");
      list.appendChild(el("li", {}, [el("label", { htmlFor: id }, [
        el("input", { type: "radio", name: "member", id, value: String(m.id) }), el("span", { text: m.name })])]));
    }
    const labelId = uid("d");
    const label = el("input", { type: "text", id: labelId, maxLength: 60, value: t("device_default") });
    const form = el("form", { className: "card", on: { submit: async (e) => {
      e.preventDefault();
      const chosen = form.querySelector("input[name=member]:checked");
      if (!chosen) return status(t("choose_name_first"), true);
      let r;
      try { r = await call("POST", "join", { member: Number(chosen.value), label: label.value.slice(0, 60) }); }
      catch (err) { return offline(); }
      if (r.status !== 202) return status(t("refused", { error: (r.data && r.data.error) || r.status }), true);
      state.token = r.data.token;
      store.set("token", state.token);
      status("");
      start();
    } } }, [
      el("h2", { text: t("pick_heading") }),
      el("p", { className: "muted", text: t("pick_hint", { cycle: state.group.cycle }) }),
      el("fieldset", { className: "plain-set" }, [el("legend", { className: "muted", text: t("pick_heading") }), list]),
      el("label", { htmlFor: labelId, text: t("device_name") }), label,
      el("p", {}, [el("button", { type: "submit", text: t("join") })])
    ]);
    main().replaceChildren(form);
  }

  function memberName(id) {
    const m = state.group && state.group.members.find(x => x.id === id);
    return m ? m.name : "";
  }

  function waiting() {
    state.view = "waiting";
    main().replaceChildren(el("div", { className: "card" }, [
      el("h2", { text: t("waiting", { name: memberName(state.member) }) }),
      el("p", { className: "muted", text: t("waiting_hint") })]));
  }

  // Entered once: the answer to "me" and the event stream's approval may both lead here.
  async function approved() {
    if (state.entering) return;
    state.entering = true;
    try {
      await enter();
    } finally {
      state.entering = false;
    }
  }

  async function enter() {
    if (state.view === "work") return flush();
    try {
      if (!state.framework) {
        const f = await call("GET", "framework");
        if (f.status === 401) return forgotten();
        state.framework = f.data;
        document.documentElement.lang = state.lang;
      }
      await loadMine();
      const r = await call("GET", "round");
      if (r.status === 200) state.round = r.data;
    } catch (e) { return offline(); }
    if (!state.node || !nodeOf(state.node)) state.node = state.framework.nodes[0].code;
    state.view = "work";
    render();
    flush();
  }

  async function loadMine() {
    if (!state.token || state.queue.length) return;  // local values are newer than the file's
    const r = await call("GET", "mine");
    if (r.status === 200) {
      state.ratings = r.data.ratings;
      if (state.view === "work") {
        renderNotes();
        renderProgress();
      }
    }
  }

  // Server-Sent Events: approval, removal, the open round, the group's progress (kept; the
  // member's own count is computed here from their own ratings, which may be ahead), stopping.
  function listen() {
    if (state.events) return;
    const es = new EventSource("api/events?token=" + encodeURIComponent(state.token));
    state.events = es;
    es.addEventListener("device", (e) => {
      const d = JSON.parse(e.data);
      state.closed = false;
      if (d.approved && state.view !== "work") approved();
      else if (state.queue.length) flush();
      if (!state.queue.length && state.view === "work") status("");
    });
    es.addEventListener("removed", () => { es.close(); state.events = null; forgotten(); });
    es.addEventListener("stopping", () => { state.closed = true; status(t("closed"), true); });
    es.addEventListener("round", (e) => { state.round = JSON.parse(e.data); if (state.view === "work") renderVote(); });
    es.addEventListener("progress", (e) => { state.progress = JSON.parse(e.data); if (state.view === "work") renderProgress(); });
    es.onerror = () => { if (!state.closed) status(t("reconnecting"), true); };
    es.onopen = () => { if (!state.closed && !state.queue.length) status(""); if (state.queue.length) flush(); };
  }

  // ---- Individual assessment ----
  function nodeOf(code) { return state.framework.nodes.find(n => n.code === code); }
  function ratingOf(code) {
    if (!state.ratings[code]) state.ratings[code] = { scores: {}, no_opinion: false, items: [] };
    return state.ratings[code];
  }
  function complete(code) {
    const r = state.ratings[code];
    if (!r) return false;
    if (r.no_opinion) return true;
    const panel = state.framework.panels[nodeOf(code).panel];
    return panel.phases.every(p => r.scores[p.id] !== undefined && r.scores[p.id] !== null);
  }
  function bandFor(panel, value) { return panel.bands.find(b => value >= b.min && value <= b.max); }

  function render() {
    document.getElementById("title").textContent = t("title");
    const root = main();
    root.replaceChildren(
      el("section", { id: "vote-area", className: "vote-area" }),
      el("section", { className: "card", id: "work" }));
    renderVote();
    renderWork();
  }

  function renderProgress() {
    const box = document.getElementById("progress");
    if (!box) return;
    const fw = state.framework;
    let done = 0;
    for (const n of fw.nodes) if (complete(n.code)) done++;
    const total = fw.nodes.length;
    box.replaceChildren(
      el("span", { className: "progress", id: "progress-text", text: t("progress", { done, total }) }),
      el("meter", { min: 0, max: total, value: done, "aria-labelledby": "progress-text" }));
  }

  function renderWork() {
    const fw = state.framework;
    const node = nodeOf(state.node);
    const panel = fw.panels[node.panel];
    const rating = ratingOf(node.code);
    const pickId = uid("node");
    const pick = el("select", { id: pickId, on: { change: () => go(pick.value) } });
    for (const c of fw.criteria) {
      const group = el("optgroup", { label: c.code + " " + c.title });
      for (const n of fw.nodes.filter(x => x.criterion === c.code))
        group.appendChild(el("option", { value: n.code, text: (complete(n.code) ? "✓ " : "") + n.code + " " + n.title,
                                          selected: n.code === node.code }));
      if (group.children.length) pick.appendChild(group);
    }
    const index = fw.nodes.indexOf(node);
    const work = document.getElementById("work");
    const phases = el("div");
    for (const ph of panel.phases) phases.appendChild(phaseInput(node, panel, ph, rating));
    const noOpinionId = uid("no");
    const noOpinion = el("input", { type: "checkbox", id: noOpinionId, checked: !!rating.no_opinion, on: { change: () => {
      rating.no_opinion = noOpinion.checked;
      edit("no-opinion", { member: 0, node: node.code, no_opinion: noOpinion.checked });
      renderProgress();
    } } });
    const examples = el("ol", { type: "a" });
    for (const ex of node.examples) examples.appendChild(el("li", { text: ex.text }));
    work.replaceChildren(
      el("div", { id: "progress" }),
      el("label", { htmlFor: pickId, text: t("subcriterion") }), pick,
      el("div", { className: "row" }, [
        el("button", { type: "button", className: "plain", text: "← " + t("previous"), disabled: index === 0,
                       on: { click: () => go(fw.nodes[index - 1].code) } }),
        el("button", { type: "button", className: "plain", text: t("next") + " →", disabled: index === fw.nodes.length - 1,
                       on: { click: () => go(fw.nodes[index + 1].code) } })]),
      el("h2", { text: node.code + " " + node.title }),
      node.guidance ? el("details", {}, [el("summary", { text: t("guidance") }), el("p", { className: "guidance", text: node.guidance })]) : null,
      node.examples.length ? el("details", {}, [el("summary", { text: t("examples") }), examples]) : null,
      phases,
      el("p", { className: "row" }, [noOpinion, el("label", { htmlFor: noOpinionId, text: t("no_opinion") })]),
      el("div", { id: "notes" }));
    renderProgress();
    renderNotes();
  }

  function go(code) {
    state.node = code;
    store.set("node", code);
    renderWork();
    const pick = document.querySelector("#work select");
    if (pick) pick.focus();
  }

  function bandText(panel, phaseId, value) {
    if (value === undefined || value === null || value === "") return t("no_score");
    const band = bandFor(panel, Number(value));
    if (!band) return "";
    return (band.label ? band.label + ": " : "") + (band.descriptors[phaseId] || "");
  }

  // A phase's score: a number field and a slider, and the band text of the value reached.
  function phaseInput(node, panel, ph, rating) {
    const id = uid("score");
    const value = rating.scores[ph.id];
    const band = el("p", { className: "band", id: id + "-band", text: bandText(panel, ph.id, value) });
    const field = el("input", { type: "number", id, className: "value", min: panel.min, max: panel.max, step: 1,
                                value: value === undefined ? "" : value, "aria-describedby": id + "-band", inputMode: "numeric" });
    const slider = el("input", { type: "range", min: panel.min, max: panel.max, step: 1,
                                 value: value === undefined ? Math.round((panel.min + panel.max) / 2) : value,
                                 "aria-label": t("slider_of", { phase: ph.title }) });
    const commit = (raw) => {
      const v = raw === "" ? null : Math.max(panel.min, Math.min(panel.max, Math.round(Number(raw))));
      if (v !== null && Number.isNaN(v)) return;
      if (v === null) delete rating.scores[ph.id]; else rating.scores[ph.id] = v;
      field.value = v === null ? "" : v;
      if (v !== null) slider.value = v;
      band.textContent = bandText(panel, ph.id, v);
      edit("score", { member: 0, node: node.code, phase: ph.id, value: v });
      renderProgress();
    };
    field.addEventListener("change", () => commit(field.value));
    slider.addEventListener("input", () => { field.value = slider.value; band.textContent = bandText(panel, ph.id, slider.value); });
    slider.addEventListener("change", () => commit(slider.value));
    return el("div", { className: "phase" }, [
      el("label", { htmlFor: id, text: t("score_of", { phase: ph.title, min: panel.min, max: panel.max }) }),
      el("div", { className: "row" }, [field, el("div", { className: "grow" }, [slider])]), band]);
  }

  // The notes of the open subcriterion: the forms are made once per subcriterion (a refresh must
  // not take away what the member is typing); the lists are redrawn.
  function renderNotes() {
    const box = document.getElementById("notes");
    if (!box) return;
    const node = nodeOf(state.node);
    if (box.dataset.node !== node.code) buildNoteForms(box, node);
    const rating = ratingOf(node.code);
    const pending = state.queue.filter(q => q.name === "item" && q.body.node === node.code);
    for (const kind of ["strength", "afi", "idea", "evidence"]) {
      const list = box.querySelector("ul[data-kind=" + kind + "]");
      list.replaceChildren();
      for (const item of rating.items.filter(i => i.kind === kind)) {
        const removing = state.queue.some(q => q.name === "remove-item" && q.body.item === item.id);
        list.appendChild(el("li", { className: removing ? "pending" : "" }, [el("span", { text: item.text }),
          el("button", { type: "button", className: "plain", text: t("remove"), disabled: removing,
                         "aria-label": t("remove_note", { text: item.text }),
                         on: { click: () => { edit("remove-item", { member: 0, node: node.code, item: item.id }); renderNotes(); } } })]));
      }
      for (const q of pending.filter(q => q.body.kind === kind))
        list.appendChild(el("li", { className: "pending" }, [el("span", { text: q.body.text }), el("span", { text: t("sending") })]));
    }
  }

  function buildNoteForms(box, node) {
    box.dataset.node = node.code;
    box.replaceChildren();
    for (const kind of ["strength", "afi", "idea", "evidence"]) {
      const id = uid("note");
      const text = el("textarea", { id, maxLength: 2000 });
      const form = el("form", { on: { submit: (e) => {
        e.preventDefault();
        const value = text.value.trim();
        if (!value) return;
        edit("item", { member: 0, node: node.code, kind, text: value });
        text.value = "";
        renderNotes();
        text.focus();
      } } }, [
        el("label", { htmlFor: id, text: t("new_note", { kind: t("kind_" + kind) }) }), text,
        el("p", {}, [el("button", { type: "submit", text: t("add") })])]);
      box.appendChild(el("section", {}, [el("h3", { text: t("kind_" + kind) }), el("ul", { className: "notes", "data-kind": kind }), form]));
    }
  }

  // ---- Blind rating (the item the facilitator opened) ----
  function median(values) {
    const v = [...values].sort((a, b) => a - b);
    const m = Math.floor(v.length / 2);
    return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
  }

  function dotPlot(panel, ph, values) {
    const w = 320, h = 56, pad = 14;
    const x = v => pad + (w - 2 * pad) * (v - panel.min) / Math.max(1, panel.max - panel.min);
    const plot = svg("svg", { viewBox: "0 0 " + w + " " + h, class: "plot", role: "img",
                              "aria-label": t("plot_label", { phase: ph.title, values: values.join(", ") }) });
    plot.appendChild(svg("line", { x1: pad, x2: w - pad, y1: h - 14, y2: h - 14, stroke: "#8a96a3" }));
    for (const b of panel.bands) plot.appendChild(svg("line", { x1: x(b.min), x2: x(b.min), y1: h - 18, y2: h - 10, stroke: "#8a96a3" }));
    const label = (v, anchor) => { const s = svg("text", { x: x(v), y: h - 1, "font-size": 10, "text-anchor": anchor, fill: "#3b4550" }); s.textContent = String(v); return s; };
    plot.appendChild(label(panel.min, "start"));
    plot.appendChild(label(panel.max, "end"));
    const stacked = {};
    for (const v of values) {
      const level = stacked[v] = (stacked[v] || 0) + 1;
      plot.appendChild(svg("circle", { cx: x(v), cy: h - 14 - 7 * level, r: 5, fill: "#16456b", "fill-opacity": 0.85 }));
    }
    return plot;
  }

  function renderVote() {
    const area = document.getElementById("vote-area");
    if (!area) return;
    const r = state.round;
    if (!r || !r.node || !nodeOf(r.node)) { area.replaceChildren(); area.dataset.key = ""; return; }
    const node = nodeOf(r.node);
    // While the member types a vote, another's vote changes only the count.
    const key = [r.node, r.round, r.revealed, r.voted].join("/");
    const count = area.querySelector(".count");
    if (area.dataset.key === key && count && !r.revealed) {
      count.textContent = t("submitted", { n: r.submitted, group: r.group });
      return;
    }
    area.dataset.key = key;
    const panel = state.framework.panels[node.panel];
    const card = el("div", { className: "card vote" }, [
      el("h2", { text: t("vote_heading", { code: node.code, title: node.title }) }),
      el("p", { className: "muted", text: t("round", { round: r.round }) }),
      el("p", { className: "count", text: t("submitted", { n: r.submitted, group: r.group }) })]);
    if (r.revealed) {
      card.appendChild(el("h3", { text: t("revealed") }));
      if (!r.votes.length) card.appendChild(el("p", { text: t("no_votes") }));
      for (const ph of panel.phases) {
        const values = r.votes.map(v => v[ph.id]).filter(v => v !== undefined).sort((a, b) => a - b);
        if (!values.length) continue;
        const mean = values.reduce((a, b) => a + b, 0) / values.length;
        card.appendChild(el("h3", { text: ph.title }));
        card.appendChild(dotPlot(panel, ph, values));
        card.appendChild(el("p", { className: "stats", text: t("stats", { n: values.length, median: num(median(values)), mean: num(mean),
                                                                            min: num(values[0]), max: num(values[values.length - 1]) }) }));
      }
    } else if (r.voted) {
      card.appendChild(el("p", { text: t("voted") }));
    } else {
      const form = el("form");
      const fields = {};
      for (const ph of panel.phases) {
        const id = uid("vote");
        const key = r.node + "/" + r.round + "/" + ph.id;
        const field = el("input", { type: "number", id, className: "value", min: panel.min, max: panel.max, step: 1,
                                    value: state.draftVote[key] === undefined ? "" : state.draftVote[key], required: true,
                                    "aria-describedby": id + "-band", inputMode: "numeric" });
        const band = el("p", { className: "band", id: id + "-band", text: bandText(panel, ph.id, field.value) });
        field.addEventListener("input", () => { state.draftVote[key] = field.value; band.textContent = bandText(panel, ph.id, field.value); });
        fields[ph.id] = field;
        form.appendChild(el("div", { className: "phase" }, [
          el("label", { htmlFor: id, text: t("score_of", { phase: ph.title, min: panel.min, max: panel.max }) }), field, band]));
      }
      form.appendChild(el("p", {}, [el("button", { type: "submit", text: t("submit_vote") })]));
      form.addEventListener("submit", (e) => {
        e.preventDefault();
        const scores = {};
        for (const [id, f] of Object.entries(fields)) {
          if (f.value === "") return status(t("fill_every_phase"), true);
          scores[id] = Math.max(panel.min, Math.min(panel.max, Math.round(Number(f.value))));
        }
        edit("vote", { node: r.node, scores });
        r.voted = true;
        renderVote();
      });
      card.appendChild(el("h3", { text: t("your_vote") }));
      card.appendChild(form);
    }
    area.replaceChildren(card);
  }

  // ---- Language ----
  function applyLanguage() {
    document.documentElement.lang = state.lang;
    document.getElementById("lang").value = state.lang;
    document.getElementById("lang-label").textContent = t("language");
    document.getElementById("title").textContent = t("title");
    document.title = t("title");
  }
  document.getElementById("lang").addEventListener("change", (e) => {
    state.lang = e.target.value;
    try { localStorage.setItem("assessa-live-lang", state.lang); } catch (err) { /* off */ }
    applyLanguage();
    if (state.view === "work") render();
    else if (state.view === "pick") pickName();
    else if (state.view === "waiting") waiting();
  });
  window.addEventListener("online", () => flush());
  applyLanguage();
  start();
})();
