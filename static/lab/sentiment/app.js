/* Sentiment analysis: the page on top of core.js. The last sentence and language stay in
 * ctx.store; the word lists are fetched from this site; nothing typed leaves the browser. */
import { startExperiment } from "../common.js";
import { analyse, chooseLanguage, debounce, prepareLexicon } from "./core.js";

const RENDER_DELAY = 120;
const ANNOUNCE_DELAY = 900;
const SYMBOLS = { positive: "▲", negative: "▼", neutral: "●" };

startExperiment((ctx) => {
  const $ = (selector) => ctx.app.querySelector(selector);
  const el = {
    text: $("[data-senti-text]"),
    language: $("[data-senti-language]"),
    status: $("[data-senti-status]"),
    verdict: $("[data-senti-verdict]"),
    symbol: $("[data-senti-symbol]"),
    verdictText: $("[data-senti-verdict-text]"),
    marker: $("[data-senti-marker]"),
    score: $("[data-senti-score]"),
    summary: $("[data-senti-summary]"),
    empty: $("[data-senti-empty]"),
    chips: $("[data-senti-chips]"),
  };
  const examples = ctx.data.examples || [];
  const labels = ctx.data.labels || {};
  const available = (ctx.data.languages || []).map((language) => language.code);
  const fallbackLanguage = ctx.data.default_language || chooseLanguage(ctx.lang, available);

  const signed = (value) =>
    ctx.formatNumber(value, {
      signDisplay: "exceptZero",
      minimumFractionDigits: value === 0 ? 0 : 2,
      maximumFractionDigits: 2,
    });
  const factor = (value) => ctx.formatNumber(value, { maximumFractionDigits: 2 });

  // Word lists, fetched once per language; the emoji table is shared.
  const lexicons = new Map();
  let emojiTable = null;
  const fetchJson = async (path) => {
    const response = await fetch(ctx.staticUrl(path), { credentials: "same-origin" });
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return response.json();
  };
  const loadLexicon = (code) => {
    if (!lexicons.has(code)) {
      const promise = (async () => {
        emojiTable ??= fetchJson("lexicons/emoji.json").then((data) => data.emoji);
        const [words, emoji] = await Promise.all([fetchJson(`lexicons/${code}.json`), emojiTable]);
        return prepareLexicon(words, emoji);
      })();
      promise.catch(() => lexicons.delete(code));
      lexicons.set(code, promise);
    }
    return lexicons.get(code);
  };

  let lexicon = null; // the prepared lexicon of el.language.value, once loaded
  let pendingComparison = null; // the example just loaded, for the announcement

  const showStatus = (text) => {
    el.status.textContent = text || "";
    el.status.hidden = !text;
  };

  const noteFor = (effect, token) => {
    const values = { word: effect.by ?? "", factor: factor(effect.factor), count: token.count };
    return ctx.t(`effect.${effect.rule}`, values);
  };

  const chip = (token) => {
    const item = document.createElement("li");
    item.className = "senti-chip";
    const sign = token.value > 0 ? "positive" : token.value < 0 ? "negative" : "zero";
    item.dataset.sign = sign;
    if (token.role) item.dataset.role = token.role;
    const word = document.createElement("span");
    word.className = "senti-chip-word";
    word.lang = el.language.value;
    word.textContent = token.text;
    const value = document.createElement("span");
    value.className = "senti-chip-value";
    value.textContent = signed(token.value);
    item.append(word, " ", value);
    const notes = token.effects.map((effect) => noteFor(effect, token));
    if (token.role === "exclamation") {
      notes.push(ctx.t("effect.exclamation", { count: token.count }));
    }
    if (["negator", "booster", "contrast"].includes(token.role)) {
      notes.push(ctx.t(`role.${token.role}`));
    }
    if (token.effects.length) item.dataset.changed = "";
    for (const note of notes) {
      const line = document.createElement("span");
      line.className = "senti-chip-note";
      line.lang = ctx.lang; // the rule is told in the page's language
      line.dir = ctx.dir;
      line.textContent = note;
      item.append(" ", line);
    }
    return item;
  };

  const verdictText = (verdict) => ctx.t(`verdict.${verdict}`);

  const announceNow = (result) => {
    if (!result || !el.text.value.trim()) return; // e.g. reset before the delay ran out
    let message = ctx.t("announce", {
      verdict: verdictText(result.verdict),
      score: signed(result.score),
    });
    if (pendingComparison && pendingComparison.text === el.text.value) {
      message += " " + ctx.t("comparison", {
        verdict: labels[result.verdict] || result.verdict,
        human: pendingComparison.human_label,
      });
    }
    pendingComparison = null;
    ctx.announce(message);
  };
  const announceLater = debounce(announceNow, ANNOUNCE_DELAY);

  const render = ({ announce = "later" } = {}) => {
    if (!lexicon) return;
    const text = el.text.value;
    const result = analyse(text, lexicon);
    const hasText = text.trim().length > 0;
    el.verdict.dataset.verdict = result.verdict;
    el.symbol.textContent = SYMBOLS[result.verdict];
    el.verdictText.textContent = verdictText(result.verdict);
    el.marker.style.insetInlineStart = `${((result.score + 1) / 2) * 100}%`;
    el.score.textContent = ctx.t("score", { score: signed(result.score) });

    const shown = result.tokens.filter((token) => token.kind !== "punct" || token.role);
    el.chips.replaceChildren(...shown.map(chip));
    el.empty.hidden = shown.length > 0;
    const known = result.tokens.some((token) => token.value !== 0);
    el.summary.hidden = !hasText;
    el.summary.textContent = known
      ? ctx.t("summary", { positive: signed(result.positive), negative: signed(result.negative) })
      : ctx.t("no_words");
    if (!hasText) return;
    if (announce === "now") announceNow(result);
    else if (announce === "later") announceLater(result);
  };
  const renderSoon = debounce(() => render(), RENDER_DELAY);

  const useLanguage = async (code, options) => {
    const wanted = available.includes(code) ? code : fallbackLanguage;
    el.language.value = wanted;
    lexicon = null;
    showStatus(ctx.t("loading"));
    try {
      const prepared = await loadLexicon(wanted);
      if (el.language.value !== wanted) return; // another language was chosen meanwhile
      lexicon = prepared;
      showStatus("");
      render(options);
    } catch (error) {
      showStatus(ctx.t("load_failed"));
    }
  };

  el.text.addEventListener("input", () => {
    ctx.store.set("text", el.text.value);
    renderSoon();
  });
  el.language.addEventListener("change", () => {
    ctx.store.set("language", el.language.value);
    useLanguage(el.language.value, { announce: "now" });
  });

  for (const button of ctx.app.querySelectorAll("[data-senti-example]")) {
    button.addEventListener("click", () => {
      const example = examples[Number(button.dataset.sentiExample)];
      if (!example) return;
      el.text.value = example.text;
      ctx.store.set("text", example.text);
      ctx.store.set("language", example.language);
      pendingComparison = example;
      el.text.focus();
      useLanguage(example.language, { announce: "now" });
    });
  }

  ctx.onReset(() => {
    el.text.value = "";
    pendingComparison = null;
    useLanguage(fallbackLanguage, { announce: "none" });
  });

  el.text.value = String(ctx.store.get("text", "") || "");
  useLanguage(ctx.store.get("language", fallbackLanguage), { announce: "none" });
});
