// The overlay pages of moderator (browser sources for OBS and vMix).
//
// One script for every page: it opens the server's WebSocket, receives the show's state on
// connect and after every change (pushed, never polled), and draws the page named by
// <body data-page>. After a lost connection it reconnects and the server sends the state
// as it is then. The countdown is an instant (clock.deadline): the page counts towards it
// with its own timer, corrected by the server's time, so it needs no message per second.
//
// Text from people (names, questions) is only ever set as textContent, never as HTML.
//
// URL parameters: lang=de|en, style=<name> (adds class "style-<name>" to <body>; built in:
// dark, light, minimal), token=<token> (on the LAN), audience=1 (a page for viewers: it
// lags by the stream delay set for the event).
"use strict";

(function () {
  const params = new URLSearchParams(window.location.search);
  const token = params.get("token") || "";
  const audience = params.get("audience") === "1";
  const page = document.body.dataset.page;
  let texts = {};
  let state = null;
  let offset = 0;         // server time - this browser's time, in ms
  let timer = null;
  let retry = 500;
  const rendered = [];    // [seq, Date.now()] of each state painted: for the benchmarks
  window.moderatorRendered = rendered;

  function query(extra) {
    const q = new URLSearchParams(extra || {});
    if (token) q.set("token", token);
    const text = q.toString();
    return text ? "?" + text : "";
  }

  for (const name of (params.get("style") || "").split(",")) {
    if (/^[a-z0-9-]{1,30}$/.test(name)) document.body.classList.add("style-" + name);
  }

  function el(id) { return document.getElementById(id); }

  function setText(id, text) {
    const node = el(id);
    if (node && node.textContent !== text) node.textContent = text;
  }

  function fill(template, name) {
    return (template || "").replace("%1", name);  // Qt-style numbered placeholder
  }

  function serverNow() { return Date.now() + offset; }

  function pad(n) { return String(n).padStart(2, "0"); }

  // 125 s -> "2:05"; 3725 s -> "1:02:05". Rounded up while counting down, as the cockpit.
  function duration(ms) {
    const seconds = Math.max(0, ms >= 0 ? Math.ceil(ms / 1000) : Math.floor(-ms / 1000));
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = seconds % 60;
    return h ? h + ":" + pad(m) + ":" + pad(s) : m + ":" + pad(s);
  }

  function timeOfDay(ms, seconds) {
    if (ms === null || ms === undefined) return "";
    const options = { hour: "2-digit", minute: "2-digit", hour12: false };
    if (seconds) options.second = "2-digit";
    const zone = state && state.event.timezone;
    try {
      return new Intl.DateTimeFormat(document.documentElement.lang, { ...options, timeZone: zone }).format(new Date(ms));
    } catch (error) {
      return new Intl.DateTimeFormat(document.documentElement.lang, options).format(new Date(ms));
    }
  }

  // -- the pages ------------------------------------------------------------------------

  function show(id, visible) {
    const node = el(id);
    if (!node) return;
    if (visible && !node.classList.contains("shown")) {
      node.classList.remove("hidden");
      void node.offsetWidth;  // restart the animation
      node.classList.add("shown");
    } else if (!visible && node.classList.contains("shown")) {
      node.classList.remove("shown");
      node.classList.add("hidden");
    }
  }

  let speakerId = null;

  function drawLowerThird(s) {
    const speaker = s.speaker;
    if (!speaker) { speakerId = null; show("lower-third", false); return; }
    const details = [speaker.function, speaker.organisation].filter(Boolean).join(" · ");
    if (speakerId !== null && speakerId !== speaker.id) {
      // A hand-off from one person to the next: animate the new name in again.
      el("lower-third").classList.remove("shown");
    }
    speakerId = speaker.id;
    setText("name", speaker.name);
    setText("details", details);
    show("lower-third", true);
  }

  function drawQuestion(s) {
    const q = s.question;
    if (!q) { show("question", false); return; }
    const who = [q.asked_by, q.organisation].filter(Boolean).join(", ");
    const meta = [who ? fill(texts.asked_by, who) : "", q.addressed_to ? fill(texts.to, q.addressed_to) : ""]
      .filter(Boolean).join(" · ");
    setText("question-text", q.text);
    setText("question-meta", meta);
    show("question", true);
  }

  function phaseOf(c, remaining) {
    if (!c.started) return "before_show";
    if (c.ended) return "ended";
    if (remaining <= 0) return "overtime";
    if (remaining <= c.final_ms) return "final";
    if (remaining <= c.warning_ms) return "warning";
    return "normal";
  }

  function tickCountdown() {
    if (!state) return;
    const c = state.clock;
    const remaining = c.deadline !== null ? c.deadline - serverNow() : c.remaining_ms;
    const phase = phaseOf(c, remaining);
    document.body.dataset.phase = phase;
    document.body.classList.toggle("paused", c.paused);
    let label = "";
    if (phase === "before_show") label = texts.starts_in || "";
    else if (c.paused) label = texts.paused || "";
    setText("countdown-label", label);
    if (phase === "ended") setText("countdown", "");
    else setText("countdown", (phase === "overtime" ? "+" : "") + duration(remaining));
    setText("countdown-slot", phase === "ended" ? (texts.ended || "") : (state.slot ? state.slot.title : ""));
  }

  function drawAgenda(s) {
    const now = s.clock.started && !s.clock.ended ? s.slot : null;
    const next = now ? s.next_slot : (!s.clock.started ? s.slot : null);
    setText("now-title", now ? now.title : "");
    setText("now-time", now ? timeOfDay(now.start) : "");
    setText("next-title", next ? next.title : "");
    setText("next-time", next ? timeOfDay(next.start) : "");
    el("agenda-now").hidden = !now;
    el("agenda-next").hidden = !next;
    show("agenda", Boolean(now || next));
  }

  function tickClock() {
    setText("clock", timeOfDay(serverNow(), true));
  }

  const ticks = { countdown: tickCountdown, clock: tickClock };

  function draw(s) {
    switch (page) {
      case "lower-third": drawLowerThird(s); break;
      case "question": drawQuestion(s); break;
      case "agenda": drawAgenda(s); break;
      case "countdown": tickCountdown(); break;
      case "clock": tickClock(); break;
    }
  }

  // Repaint the clocks at each whole second of the server's time (a missed tick costs nothing).
  function schedule() {
    const tick = ticks[page];
    if (!tick) return;
    clearTimeout(timer);
    tick();
    timer = setTimeout(schedule, 1000 - (serverNow() % 1000) + 5);
  }

  // When the frame with this state has been painted: the next task after its animation frame.
  function markDrawn(seq) {
    requestAnimationFrame(function () {
      setTimeout(function () {
        rendered.push([seq, Date.now()]);
        if (rendered.length > 1000) rendered.splice(0, 500);
      }, 0);
    });
  }

  // -- the connection -------------------------------------------------------------------

  function connect() {
    const extra = audience ? { audience: "1" } : {};
    const socket = new WebSocket("ws://" + window.location.host + "/ws" + query(extra));
    socket.onopen = function () {
      retry = 500;
      document.body.classList.remove("offline");
    };
    socket.onmessage = function (event) {
      const message = JSON.parse(event.data);
      if (message.type !== "state") return;
      offset = message.sent - Date.now();
      state = message.state;
      draw(state);
      document.body.dataset.seq = String(message.seq);
      markDrawn(message.seq);
      schedule();
    };
    socket.onclose = function () {
      document.body.classList.add("offline");
      setText("offline", texts.offline || "");
      setTimeout(connect, retry);
      retry = Math.min(retry * 2, 5000);
    };
  }

  function start(loaded) {
    texts = loaded || {};
    document.documentElement.lang = texts.lang || "en";  // the URL's lang, else the event's
    for (const node of document.querySelectorAll("[data-text]")) {
      node.textContent = texts[node.dataset.text] || "";
    }
    connect();
  }

  const lang = params.get("lang");
  fetch("/api/texts" + query(lang ? { lang: lang } : {}))
    .then(function (response) { return response.json(); })
    .then(start, function () { start({}); });
})();
