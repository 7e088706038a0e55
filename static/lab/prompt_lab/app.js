// Prompt lab: the page on top of core.js. See docs/lab.md for ctx.
//
// The visitor's text is only ever put into the page as text nodes (never as HTML).
import { startExperiment } from "../common.js";
import {
  analyse,
  buildDetector,
  challengesFromData,
  cueLanguages,
  debounce,
  updateBest,
} from "./core.js";

const BEST = "best";
const CUE_FILES = ["en", "nl", "fr", "es", "de", "pt", "ar"];
const DELAY = 250;

async function loadCues(ctx) {
  const lang = ctx.lang.toLowerCase();
  const files = [];
  for (const code of cueLanguages(lang, CUE_FILES)) {
    const response = await fetch(ctx.staticUrl(`cues/${code}.json`));
    if (!response.ok) throw new Error(`cues/${code}.json: ${response.status}`);
    files.push(await response.json());
  }
  return files;
}

startExperiment(async (ctx) => {
  const $ = (hook) => ctx.app.querySelector(`[data-pl-${hook}]`);
  const view = {
    empty: $("empty"),
    cuesFailed: $("cues-failed"),
    work: $("work"),
    challenge: $("challenge"),
    title: $("title"),
    task: $("task"),
    needs: $("needs"),
    best: $("best"),
    prompt: $("prompt"),
    exampleBox: $("example-box"),
    example: $("example"),
    useExample: $("use-example"),
    score: $("score"),
    meter: $("meter"),
    allFound: $("all-found"),
    elements: $("elements"),
    copy: $("copy"),
  };
  const challenges = challengesFromData(ctx.data);
  if (!challenges.length) {
    view.empty.hidden = false;
    return;
  }

  const percent = (value) => ctx.formatNumber(value / 100, { style: "percent" });
  const list = (items) => {
    try {
      return new Intl.ListFormat(ctx.lang, { type: "conjunction" }).format(items);
    } catch (error) {
      return items.join(", ");
    }
  };
  const elementName = (key) => ctx.t(`element_${key}`);

  let detector;
  try {
    detector = buildDetector(await loadCues(ctx));
  } catch (error) {
    detector = buildDetector([]);
    view.cuesFailed.textContent = ctx.t("cues_failed");
    view.cuesFailed.hidden = false;
  }

  let current = challenges[0];
  let lastAnnounced = null;

  view.challenge.replaceChildren(
    ...challenges.map((challenge, index) => {
      const option = document.createElement("option");
      option.value = challenge.id;
      option.textContent = ctx.t("challenge_option", {
        number: ctx.formatNumber(index + 1),
        title: challenge.title,
      });
      return option;
    }),
  );

  function renderBest() {
    const best = ctx.store.get(BEST, {})[current.id];
    view.best.textContent =
      best === undefined ? ctx.t("best_none") : ctx.t("best", { percent: percent(best) });
  }

  function renderChallenge() {
    view.title.textContent = current.title;
    view.task.textContent = current.task;
    view.needs.textContent = ctx.t("needs", { elements: list(current.elements.map(elementName)) });
    view.example.textContent = current.example;
    view.exampleBox.hidden = !current.example;
    view.exampleBox.open = false;
    renderBest();
  }

  function elementItem(element) {
    const item = document.createElement("li");
    item.className = "pl-element";
    item.dataset.element = element.key;
    item.dataset.state = element.found ? "found" : element.required ? "missing" : "unused";
    const head = document.createElement("p");
    head.className = "pl-element-head";
    const mark = document.createElement("mark");
    mark.className = "pl-mark";
    mark.dataset.element = element.key;
    mark.textContent = elementName(element.key);
    const status = document.createElement("span");
    status.className = "pl-status";
    let statusKey = "status_unused";
    if (element.found) statusKey = element.required ? "status_found" : "status_extra";
    else if (element.required) statusKey = "status_missing";
    status.textContent = ctx.t(statusKey);
    head.append(mark, " ", status);
    item.append(head);
    if (element.found) {
      const detail = document.createElement("p");
      detail.className = "pl-element-detail";
      detail.textContent = ctx.t("found_text", {
        text: element.matches.map((text) => `“${text}”`).join(" · "),
      });
      item.append(detail);
    } else if (element.required) {
      const advice = document.createElement("p");
      advice.className = "pl-element-detail pl-advice";
      advice.textContent = ctx.t(`advice_${element.key}`);
      item.append(advice);
    }
    return item;
  }

  function highlighted(segments) {
    return segments.map((piece) => {
      let node = document.createTextNode(piece.text);
      for (const key of [...piece.elements].reverse()) {
        const mark = document.createElement("mark");
        mark.className = "pl-mark";
        mark.dataset.element = key;
        mark.append(node);
        node = mark;
      }
      return node;
    });
  }

  function update({ announce = true } = {}) {
    const text = view.prompt.value;
    const result = analyse(text, detector, current.elements);
    const { found, required } = result.score;
    view.score.textContent = ctx.t("score", {
      found: ctx.formatNumber(found),
      required: ctx.formatNumber(required),
      percent: percent(result.score.percent),
    });
    view.meter.style.inlineSize = `${result.score.percent}%`;
    view.allFound.hidden = result.missing.length > 0;
    // Required elements first, then the others, each group in the fixed order.
    const ordered = [
      ...result.elements.filter((element) => element.required),
      ...result.elements.filter((element) => !element.required),
    ];
    view.elements.replaceChildren(...ordered.map(elementItem));
    if (text.trim()) {
      view.copy.replaceChildren(...highlighted(result.segments));
      view.copy.classList.remove("is-empty");
    } else {
      view.copy.textContent = ctx.t("empty");
      view.copy.classList.add("is-empty");
    }
    if (text.trim()) {
      const best = ctx.store.get(BEST, {});
      const updated = updateBest(best, current.id, result.score.percent);
      if (updated[current.id] !== best[current.id]) {
        ctx.store.set(BEST, updated);
        renderBest();
      }
    }
    const summary = ctx.t("announce_score", {
      found: ctx.formatNumber(found),
      required: ctx.formatNumber(required),
    });
    if (announce && summary !== lastAnnounced) {
      ctx.announce(result.missing.length ? summary : `${summary} ${ctx.t("all_found")}`);
    }
    lastAnnounced = summary;
  }

  const updateSoon = debounce(() => update(), DELAY);
  view.prompt.addEventListener("input", updateSoon);

  view.challenge.addEventListener("change", () => {
    current = challenges.find((challenge) => challenge.id === view.challenge.value) || current;
    updateSoon.cancel();
    renderChallenge();
    lastAnnounced = null;
    update();
  });

  view.useExample.addEventListener("click", () => {
    view.prompt.value = current.example;
    updateSoon.cancel();
    update();
    view.prompt.focus();
  });

  ctx.onReset(() => {
    updateSoon.cancel();
    view.prompt.value = "";
    renderBest();
    update({ announce: false });
  });

  view.work.hidden = false;
  renderChallenge();
  update({ announce: false });
});
