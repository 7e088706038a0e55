/* Chatbot builder: the page on top of core.js. The bot lives in ctx.store ("bot.<lang>"); nothing
 * the visitor types or loads leaves the browser. */
import { startExperiment } from "../common.js";
import {
  baseLanguage,
  botFromBlocks,
  buildModel,
  exportBot,
  fileName,
  importBot,
  LIMITS,
  phrasesFromText,
  respond,
  validateBot,
  validateIntent,
} from "./core.js";

const MAX_LOG = 60;

startExperiment((ctx) => {
  const $ = (selector) => ctx.app.querySelector(selector);
  const el = {
    name: $("[data-chatbot-name]"),
    log: $("[data-chatbot-log]"),
    chatForm: $("[data-chatbot-chat-form]"),
    message: $("[data-chatbot-message]"),
    clear: $("[data-chatbot-clear]"),
    threshold: $("[data-chatbot-threshold]"),
    thresholdValue: $("[data-chatbot-threshold-value]"),
    last: $("[data-chatbot-last]"),
    lastText: $("[data-chatbot-last-text]"),
    verdict: $("[data-chatbot-verdict]"),
    words: $("[data-chatbot-words]"),
    scores: $("[data-chatbot-scores]"),
    scoresEmpty: $("[data-chatbot-scores-empty]"),
    noIntents: $("[data-chatbot-no-intents]"),
    intents: $("[data-chatbot-intents]"),
    template: $("[data-chatbot-intent-template]"),
    add: $("[data-chatbot-add]"),
    form: $("[data-chatbot-intent-form]"),
    legendNew: $("[data-chatbot-legend-new]"),
    legendEdit: $("[data-chatbot-legend-edit]"),
    formError: $("[data-chatbot-intent-error]"),
    cancel: $("[data-chatbot-cancel]"),
    settingsForm: $("[data-chatbot-settings-form]"),
    settingsError: $("[data-chatbot-settings-error]"),
    exportButton: $("[data-chatbot-export]"),
    importInput: $("[data-chatbot-import]"),
    importError: $("[data-chatbot-import-error]"),
  };
  const field = (name) => el.form.querySelector(`[data-field="${name}"]`);
  const setting = (name) => el.settingsForm.querySelector(`[data-setting="${name}"]`);

  // One bot per page language. Its phrases are tokenised by the rules of the language the
  // starter bot is written in (English where this language has none of its own).
  const STORE_KEY = `bot.${ctx.lang}`;
  const botLang = (ctx.data && ctx.data.content_language) || ctx.lang;
  const starter = () => {
    const bot = botFromBlocks(ctx.data && ctx.data.blocks);
    bot.name = bot.name || ctx.t("bot");
    bot.fallback = bot.fallback || ctx.t("default_fallback");
    return bot;
  };
  const CUSTOM_KEY = `custom.${ctx.lang}`; // true once the visitor wrote or loaded texts
  const stored = validateBot(ctx.store.get(STORE_KEY, null));
  let custom = ctx.store.get(CUSTOM_KEY, false) === true;
  let bot = stored.ok ? stored.bot : starter();
  let model = buildModel(bot, botLang);
  let lastMessage = null;
  let editing = -1; // index of the intent in the form, -1 for a new one
  let turns = 0; // visitor messages so far (for element ids)

  const number = (value) =>
    ctx.formatNumber(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

  /* Error text for a core result: field paths of the editor get their label. */
  const errorText = (result) => {
    const params = { ...result.params };
    const phrase = /^intent\.phrases\[(\d+)\]$/.exec(params.field || "");
    if (phrase) {
      params.field = ctx.t("field.phrase", { n: ctx.formatNumber(Number(phrase[1]) + 1) });
    } else if (params.field && ctx.strings[`field.${params.field}`]) {
      params.field = ctx.t(`field.${params.field}`);
    }
    return ctx.t(`error.${result.error}`, params);
  };

  const save = () => ctx.store.set(STORE_KEY, bot);

  /* The starter bot may be the English one (this language has none of its own): its texts
   * then carry lang="en", until the visitor writes or loads texts of their own. */
  const markLang = (element) => {
    if (botLang !== ctx.lang && !custom) {
      element.lang = botLang;
      element.dir = baseLanguage(botLang) === "ar" ? "rtl" : "ltr";
    } else {
      element.removeAttribute("lang");
      element.removeAttribute("dir");
    }
  };
  const customised = () => {
    if (custom) return;
    custom = true;
    ctx.store.set(CUSTOM_KEY, true);
  };

  const showError = (element, text) => {
    element.textContent = text ? `⚠ ${text}` : "";
    element.hidden = !text;
  };

  /* Chat ----------------------------------------------------------------------------- */
  const addToLog = (speaker, text, kind, note = "") => {
    const item = document.createElement("li");
    item.className = `chatbot-turn chatbot-turn-${kind}`;
    const who = document.createElement("span");
    who.className = "chatbot-speaker";
    who.textContent = speaker;
    const body = document.createElement("span");
    body.className = "chatbot-text";
    body.textContent = text;
    if (kind === "bot") markLang(body);
    item.append(who, " ", body);
    if (note) {
      const small = document.createElement("span");
      small.className = "chatbot-note";
      small.textContent = note;
      item.append(small);
    }
    if (kind === "visitor") {
      // Any earlier message's scores can be shown again (against the bot as it is now).
      turns += 1;
      body.id = `chatbot-turn-${turns}`;
      const again = document.createElement("button");
      again.type = "button";
      again.className = "chatbot-again";
      again.textContent = ctx.t("show_scores");
      again.setAttribute("aria-describedby", body.id);
      again.addEventListener("click", () => {
        lastMessage = text;
        const reply = respond(bot, model, text, bot.threshold);
        renderScores(reply);
        ctx.announce(verdictText(reply));
      });
      item.append(" ", again);
    }
    el.log.append(item);
    while (el.log.children.length > MAX_LOG) el.log.firstElementChild.remove();
    el.log.scrollTop = el.log.scrollHeight;
  };

  const botName = () => bot.name || ctx.t("bot");

  const startConversation = () => {
    el.log.replaceChildren();
    if (bot.greeting) addToLog(botName(), bot.greeting, "bot");
  };

  const verdictText = (reply) => {
    const best = reply.scores[0];
    if (!reply.fallback) {
      return ctx.t("matched", { intent: reply.intent.name, score: number(best.score) });
    }
    return ctx.t("fell_back", {
      threshold: number(reply.threshold),
      score: number(best ? best.score : 0),
    });
  };

  const renderScores = (reply) => {
    el.scoresEmpty.hidden = true;
    el.last.hidden = false;
    el.lastText.textContent = lastMessage;
    el.verdict.hidden = false;
    el.verdict.textContent = verdictText(reply);
    el.verdict.classList.toggle("is-fallback", reply.fallback);
    const notes = [];
    if (!reply.known.length) notes.push(ctx.t("no_words"));
    if (reply.unknown.length) {
      notes.push(ctx.t("unknown_words", { words: reply.unknown.join(", ") }));
    }
    el.words.hidden = !notes.length;
    el.words.textContent = notes.join(" ");

    el.scores.hidden = !reply.scores.length;
    el.scores.replaceChildren(
      ...reply.scores.map((entry, rank) => {
        const above = entry.score > 0 && entry.score >= reply.threshold - 1e-9;
        const item = document.createElement("li");
        item.className = "chatbot-score";
        item.classList.toggle("is-above", above);
        item.classList.toggle("is-chosen", rank === 0 && !reply.fallback);

        const label = document.createElement("span");
        label.className = "chatbot-score-label";
        const name = document.createElement("span");
        name.className = "chatbot-score-name";
        name.textContent = entry.name;
        markLang(name);
        const value = document.createElement("span");
        value.className = "chatbot-score-value";
        value.textContent = number(entry.score);
        const mark = document.createElement("span");
        mark.className = "chatbot-score-mark";
        mark.textContent = above ? `✓ ${ctx.t("above")}` : `– ${ctx.t("below")}`;
        label.append(name, " ", value, " ", mark);

        const bar = document.createElement("span");
        bar.className = "chatbot-bar";
        bar.setAttribute("aria-hidden", "true");
        const fill = document.createElement("span");
        fill.className = "chatbot-bar-fill";
        fill.style.inlineSize = `${Math.round(entry.score * 1000) / 10}%`;
        const line = document.createElement("span");
        line.className = "chatbot-bar-threshold";
        line.style.insetInlineStart = `${Math.round(reply.threshold * 1000) / 10}%`;
        bar.append(fill, line);

        item.append(label, bar);
        if (entry.phrase) {
          const closest = document.createElement("span");
          closest.className = "chatbot-score-phrase";
          closest.textContent = ctx.t("closest_phrase", { phrase: entry.phrase });
          item.append(closest);
        }
        return item;
      }),
    );
  };

  const clearScores = () => {
    lastMessage = null;
    el.scoresEmpty.hidden = false;
    for (const element of [el.last, el.verdict, el.words, el.scores]) element.hidden = true;
    el.scores.replaceChildren();
  };

  const rescore = () => {
    if (lastMessage !== null) renderScores(respond(bot, model, lastMessage, bot.threshold));
  };

  el.chatForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const message = el.message.value.trim();
    if (!message) {
      el.message.focus();
      return;
    }
    lastMessage = message;
    const reply = respond(bot, model, message, bot.threshold);
    addToLog(ctx.t("you"), message, "visitor");
    addToLog(botName(), reply.answer, "bot", verdictText(reply));
    renderScores(reply);
    ctx.announce(ctx.t("bot_said", { bot: botName(), text: reply.answer }));
    el.message.value = "";
    el.message.focus();
  });

  el.clear.addEventListener("click", () => {
    startConversation();
    clearScores();
    el.message.focus();
  });

  const showThreshold = () => {
    el.threshold.value = String(bot.threshold);
    el.thresholdValue.textContent = number(bot.threshold);
  };

  el.threshold.addEventListener("input", () => {
    bot = { ...bot, threshold: Number(el.threshold.value) };
    el.thresholdValue.textContent = number(bot.threshold);
    save();
    rescore();
  });

  /* Intents -------------------------------------------------------------------------- */
  const renderIntents = () => {
    el.name.textContent = bot.name ? `(${bot.name})` : "";
    markLang(el.name);
    el.noIntents.hidden = bot.intents.length > 0;
    el.noIntents.textContent = ctx.t("no_intents");
    el.intents.replaceChildren(
      ...bot.intents.map((intent, index) => {
        const item = el.template.content.firstElementChild.cloneNode(true);
        for (const part of item.querySelectorAll("[data-intent-name], [data-intent-phrases]")) {
          markLang(part);
        }
        markLang(item.querySelector("[data-intent-answer]"));
        item.querySelector("[data-intent-name]").textContent = intent.name;
        item.querySelector("[data-intent-count]").textContent = ctx.t("phrase_count", {
          count: ctx.formatNumber(intent.phrases.length),
        });
        item.querySelector("[data-intent-phrases]").replaceChildren(
          ...intent.phrases.map((phrase) => {
            const li = document.createElement("li");
            li.textContent = phrase;
            return li;
          }),
        );
        item.querySelector("[data-intent-answer]").textContent = intent.answer;
        const edit = item.querySelector("[data-intent-edit]");
        edit.setAttribute("aria-label", ctx.t("edit", { intent: intent.name }));
        edit.addEventListener("click", () => openForm(index));
        const remove = item.querySelector("[data-intent-delete]");
        remove.setAttribute("aria-label", ctx.t("delete", { intent: intent.name }));
        remove.addEventListener("click", () => deleteIntent(index));
        return item;
      }),
    );
  };

  const setInvalid = (name) => {
    for (const input of el.form.querySelectorAll("[data-field]")) {
      const invalid = input.dataset.field === name;
      input.toggleAttribute("aria-invalid", invalid);
      if (invalid) input.setAttribute("aria-describedby", "chatbot-intent-error");
      else input.removeAttribute("aria-describedby");
    }
  };

  const openForm = (index) => {
    editing = index;
    const intent = index >= 0 ? bot.intents[index] : { name: "", phrases: [], answer: "" };
    field("name").value = intent.name;
    field("phrases").value = intent.phrases.join("\n");
    field("answer").value = intent.answer;
    el.legendNew.hidden = index >= 0;
    el.legendEdit.hidden = index < 0;
    showError(el.formError, "");
    setInvalid(null);
    el.form.hidden = false;
    el.add.setAttribute("aria-expanded", "true");
    field("name").focus();
  };

  const closeForm = () => {
    el.form.hidden = true;
    el.add.setAttribute("aria-expanded", "false");
    editing = -1;
  };

  const changed = () => {
    model = buildModel(bot, botLang);
    save();
    renderIntents();
    rescore();
  };

  const deleteIntent = (index) => {
    const [removed] = bot.intents.splice(index, 1);
    if (!el.form.hidden) closeForm();
    changed();
    ctx.announce(ctx.t("deleted", { intent: removed.name }));
    el.add.focus();
  };

  el.add.addEventListener("click", () => openForm(-1));
  el.cancel.addEventListener("click", () => {
    closeForm();
    el.add.focus();
  });
  el.form.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      closeForm();
      el.add.focus();
    }
  });

  el.form.addEventListener("submit", (event) => {
    event.preventDefault();
    const others = bot.intents.filter((_, i) => i !== editing).map((intent) => intent.name);
    const result = validateIntent(
      {
        name: field("name").value,
        phrases: phrasesFromText(field("phrases").value),
        answer: field("answer").value,
      },
      others,
    );
    if (!result.ok) {
      const text = errorText(result);
      showError(el.formError, text);
      const problem = String(result.params.field || "");
      const name = ["no_phrases", "too_many_phrases"].includes(result.error)
        ? "phrases"
        : problem.includes("phrases")
          ? "phrases"
          : problem.includes("answer")
            ? "answer"
            : "name";
      setInvalid(name);
      field(name).focus();
      ctx.announce(text);
      return;
    }
    const index = editing;
    customised();
    if (index >= 0) bot.intents[index] = result.intent;
    else bot.intents.push(result.intent);
    closeForm();
    changed();
    ctx.announce(ctx.t("saved", { intent: result.intent.name }));
    const position = index >= 0 ? index : bot.intents.length - 1;
    el.intents.children[position]?.querySelector("[data-intent-edit]")?.focus();
  });

  /* Settings ------------------------------------------------------------------------- */
  const fillSettings = () => {
    setting("name").value = bot.name;
    setting("greeting").value = bot.greeting;
    setting("fallback").value = bot.fallback;
    for (const name of ["name", "greeting", "fallback"]) markLang(setting(name));
    showError(el.settingsError, "");
  };

  el.settingsForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const result = validateBot({
      ...bot,
      name: setting("name").value,
      greeting: setting("greeting").value,
      fallback: setting("fallback").value,
    });
    if (!result.ok) {
      const text = errorText(result);
      showError(el.settingsError, text);
      ctx.announce(text);
      return;
    }
    bot = result.bot;
    customised();
    showError(el.settingsError, "");
    save();
    fillSettings();
    renderIntents();
    ctx.announce(ctx.t("settings_saved"));
  });

  /* Files ---------------------------------------------------------------------------- */
  el.exportButton.addEventListener("click", () => {
    const name = fileName(bot);
    const url = URL.createObjectURL(new Blob([exportBot(bot)], { type: "application/json" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
    ctx.announce(ctx.t("exported", { file: name }));
  });

  el.importInput.addEventListener("change", async () => {
    const file = el.importInput.files && el.importInput.files[0];
    if (!file) return;
    let result;
    try {
      // The size is checked before the file is read at all.
      result = importBot(file.size <= LIMITS.fileBytes ? await file.text() : "", file.size);
    } catch {
      result = { ok: false, error: "unreadable", params: {} };
    }
    el.importInput.value = "";
    if (!result.ok) {
      const text = errorText(result);
      showError(el.importError, text);
      ctx.announce(text);
      return;
    }
    showError(el.importError, "");
    bot = result.bot;
    customised();
    closeForm();
    refreshAll();
    ctx.announce(
      ctx.t("imported", { bot: bot.name, count: ctx.formatNumber(bot.intents.length) }),
    );
  });

  /* Everything ----------------------------------------------------------------------- */
  const refreshAll = ({ persist = true } = {}) => {
    model = buildModel(bot, botLang);
    if (persist) save();
    showThreshold();
    fillSettings();
    renderIntents();
    startConversation();
    clearScores();
  };

  ctx.onReset(() => {
    bot = starter();
    custom = false;
    closeForm();
    showError(el.importError, "");
    refreshAll({ persist: false }); // common.js has emptied the store
  });

  model = buildModel(bot, botLang);
  showThreshold();
  fillSettings();
  renderIntents();
  startConversation();
});
