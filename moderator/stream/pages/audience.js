// The audience page of moderator: what is on now, a form for a question, the accepted
// questions to vote on. No framework, nothing from the internet.
//
// The page works without this script (the form posts and the server answers with the page);
// the script sends without leaving the page, keeps "now" and the questions current over a
// WebSocket (pushed, not polled; "now" lags by the stream delay), and lets people vote.
// Text from people (questions, names) is only ever set as textContent, never as HTML, so a
// question with markup or a link shows literally and nothing in it is clickable.
"use strict";

(function () {
  const lang = document.documentElement.lang || "en";
  let texts = {};
  let csrf = document.getElementById("csrf").value;
  let voted = new Set();
  let votesOn = false;
  let retry = 500;
  let people = [];

  function el(id) { return document.getElementById(id); }
  function setText(id, text) { const node = el(id); if (node.textContent !== text) node.textContent = text; }
  // Texts number their values the Qt way (%1, %2), in the alphabetical order of the
  // values' names, as moderator.domain.errors.fill does.
  function fill(template, values) {
    const ordered = Object.keys(values).sort().map(function (key) { return values[key]; });
    return (template || "").replace(/%(\d+)/g, function (match, number) {
      const index = Number(number) - 1;
      return index >= 0 && index < ordered.length ? String(ordered[index]) : match;
    });
  }
  function nonce() {
    const bytes = new Uint8Array(12);
    window.crypto.getRandomValues(bytes);
    return Array.from(bytes, function (b) { return b.toString(16).padStart(2, "0"); }).join("");
  }
  function say(text, ok) {
    const node = el("outcome");
    node.textContent = text;
    node.className = "outcome " + (ok ? "ok" : "error");
  }

  function drawNow(now) {
    if (!now) return;
    let slot = now.slot;
    if (!now.started) slot = texts.not_started || slot;
    if (now.ended) slot = texts.ended || "";
    setText("slot", slot || "");
    const speaker = now.speaker;
    el("speaker").hidden = !speaker || now.ended;
    if (speaker) {
      const parts = [speaker.name, speaker.function, speaker.organisation].filter(Boolean);
      setText("speaker-name", parts.join(", "));
    }
    const question = now.question;
    el("on-air").hidden = !question || now.ended;
    if (question) {
      setText("on-air-text", question.text);
      setText("on-air-meta", meta(question));
    }
    el("next").hidden = !now.next_slot || now.ended;
    setText("next-title", now.next_slot || "");
    drawPeople(now.people || []);
  }

  function drawPeople(list) {
    const key = JSON.stringify(list);
    if (key === JSON.stringify(people)) return;
    people = list;
    const select = el("to");
    const chosen = select.value;
    while (select.options.length > 1) select.remove(1);
    for (const person of list) {
      const option = document.createElement("option");
      option.value = String(person.id);
      option.textContent = person.name;
      select.appendChild(option);
    }
    select.value = list.some(function (p) { return String(p.id) === chosen; }) ? chosen : "";
  }

  function meta(question) {
    const parts = [];
    const who = [question.asked_by, question.organisation].filter(Boolean).join(", ");
    if (who) parts.push(fill(texts.asked_by, { name: who }));
    if (question.addressed_to) parts.push(fill(texts.addressed, { name: question.addressed_to }));
    return parts.join(" · ");
  }

  function drawQuestions(message) {
    document.body.classList.toggle("closed", !message.open);
    votesOn = !!message.votes;
    el("questions").hidden = !votesOn;
    const list = el("list");
    const rows = message.questions || [];
    el("none-yet").hidden = rows.length > 0;
    const items = [];
    for (const question of rows) {
      const item = document.createElement("li");
      item.dataset.id = String(question.id);
      if (question.on_air) item.className = "on-air-item";
      const body = document.createElement("div");
      body.className = "body";
      const text = document.createElement("p");
      text.className = "question-text";
      text.textContent = question.text;
      body.appendChild(text);
      const line = meta(question);
      if (question.on_air || line) {
        const small = document.createElement("p");
        small.className = "meta";
        small.textContent = (question.on_air ? (texts.on_air || "") + (line ? " · " : "") : "") + line;
        body.appendChild(small);
      }
      const side = document.createElement("div");
      side.className = "side";
      const button = document.createElement("button");
      button.type = "button";
      button.className = "vote";
      const mine = voted.has(question.id);
      button.setAttribute("aria-pressed", mine ? "true" : "false");
      button.textContent = mine ? texts.voted : texts.vote;
      button.setAttribute("aria-label", (texts.vote_for || "") + ": " + question.text.slice(0, 80));
      button.disabled = mine;
      button.addEventListener("click", function () { vote(question.id, button); });
      const count = document.createElement("span");
      count.className = "count";
      count.textContent = question.votes === 1 ? texts.one_vote : fill(texts.votes, { count: question.votes });
      side.appendChild(button);
      side.appendChild(count);
      item.appendChild(body);
      item.appendChild(side);
      items.push(item);
    }
    // Keep the keyboard where it was: a redraw must not throw the focus out of the list.
    const focused = document.activeElement && document.activeElement.closest && document.activeElement.closest("li");
    const focusedId = focused ? focused.dataset.id : null;
    list.replaceChildren.apply(list, items);
    if (focusedId) {
      const again = list.querySelector('li[data-id="' + focusedId + '"] button');
      if (again) again.focus();
    }
  }

  async function post(path, fields) {
    const body = new URLSearchParams(Object.assign({ csrf: csrf }, fields));
    let response = await fetch(path + "?lang=" + lang, {
      method: "POST", body: body, credentials: "same-origin", headers: { Accept: "application/json" },
    });
    if (response.status === 403) {
      // The server was restarted since this page loaded: take a new token and try once more.
      await load();
      body.set("csrf", csrf);
      response = await fetch(path + "?lang=" + lang, {
        method: "POST", body: body, credentials: "same-origin", headers: { Accept: "application/json" },
      });
    }
    let answer = {};
    try { answer = await response.json(); } catch (error) { answer = { ok: false }; }
    return answer;
  }

  async function vote(id, button) {
    button.disabled = true;
    try {
      const answer = await post("vote", { id: String(id) });
      if (answer.ok) {
        voted.add(id);
        button.setAttribute("aria-pressed", "true");
        button.textContent = texts.voted;
      } else {
        button.disabled = false;
        say(answer.error || "", false);
      }
    } catch (error) {
      button.disabled = false;
      say(texts.offline || "", false);
    }
  }

  el("form").addEventListener("submit", async function (event) {
    event.preventDefault();
    const form = el("form");
    const send = el("send");
    send.disabled = true;
    setText("outcome", texts.sending || "");
    const fields = {
      text: el("text").value, name: el("name").value, organisation: el("organisation").value,
      to: el("to").value, nonce: el("nonce").value,
    };
    try {
      const answer = await post("question", fields);
      if (answer.ok) {
        say(answer.message || "", true);
        el("text").value = "";
        el("nonce").value = nonce();
      } else {
        say(answer.error || "", false);
      }
    } catch (error) {
      say(texts.offline || "", false);  // the same nonce: sending again adds it once
    } finally {
      send.disabled = false;
      form.querySelector("#text").focus();
    }
  });

  async function load() {
    const response = await fetch("state?lang=" + lang, { credentials: "same-origin", cache: "no-store" });
    const state = await response.json();
    texts = state.texts || {};
    csrf = state.csrf;
    el("csrf").value = csrf;
    voted = new Set(state.voted || []);
    drawNow(state.now);
    drawQuestions(state);
  }

  function connect() {
    const url = new URL("ws", window.location.href);
    url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
    url.search = "";
    const socket = new WebSocket(url.toString());
    socket.onopen = function () { retry = 500; el("offline").hidden = true; };
    socket.onmessage = function (event) {
      const message = JSON.parse(event.data);
      if (message.type === "now") drawNow(message.now);
      else if (message.type === "questions") drawQuestions(message);
    };
    socket.onclose = function () {
      el("offline").hidden = false;
      setTimeout(connect, retry);
      retry = Math.min(retry * 2, 10000);
    };
  }

  load().then(connect, function () { el("offline").hidden = false; setTimeout(connect, retry); });
})();
