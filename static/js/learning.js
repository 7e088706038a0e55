/* Lessons, quizzes and progress kept on the visitor's device (localStorage only).
 *
 * Nothing here talks to the server. Every visible word comes from the HTML (data-*
 * attributes and <template> elements), so this file holds no user-visible text.
 *
 * Stored shape (key "educademy.progress.v1"):
 *   {programs: {<program id>: {lessons: {<lesson id>: {done: bool, passed: [quiz ids]}},
 *                              total: n, updated: ms, last: <lesson id>,
 *                              icon, titles: {lang: program title}, urls: {lang: path},
 *                              lessonTitles: {lang: title}, lessonUrls: {lang: path},
 *                              nextTitles: {lang: title}, nextUrls: {lang: path}}}}
 */
(function () {
  "use strict";

  var KEY = "educademy.progress.v1";
  var ID = /^[0-9]{1,12}$/;

  function emptyStore() {
    return { programs: {} };
  }

  function load() {
    try {
      var data = JSON.parse(window.localStorage.getItem(KEY) || "null");
      if (data && typeof data === "object" && data.programs && typeof data.programs === "object") {
        return data;
      }
    } catch (error) {
      /* Storage disabled or corrupt: start again. */
    }
    return emptyStore();
  }

  function save(data) {
    try {
      window.localStorage.setItem(KEY, JSON.stringify(data));
    } catch (error) {
      /* Private mode or full storage: progress simply is not kept. */
    }
  }

  function program(data, programId) {
    var entry = data.programs[programId];
    if (!entry || typeof entry !== "object") {
      entry = { lessons: {} };
      data.programs[programId] = entry;
    }
    if (!entry.lessons || typeof entry.lessons !== "object") entry.lessons = {};
    return entry;
  }

  function lesson(entry, lessonId) {
    var state = entry.lessons[lessonId];
    if (!state || typeof state !== "object") {
      state = { done: false, passed: [] };
      entry.lessons[lessonId] = state;
    }
    if (!Array.isArray(state.passed)) state.passed = [];
    return state;
  }

  function doneCount(entry) {
    return Object.keys(entry.lessons || {}).filter(function (id) {
      return entry.lessons[id] && entry.lessons[id].done === true;
    }).length;
  }

  /* Only same-site paths are ever used as links (stored data is not trusted). */
  function safePath(value) {
    if (typeof value !== "string") return "";
    try {
      var url = new URL(value, window.location.origin);
      if (url.origin !== window.location.origin) return "";
      return url.pathname + url.hash;
    } catch (error) {
      return "";
    }
  }

  function language() {
    return document.documentElement.lang || "en";
  }

  /* The page's URL in every language, from its <link rel="alternate" hreflang> tags. */
  function alternateUrls(fallback) {
    var urls = {};
    document.querySelectorAll('link[rel="alternate"][hreflang]').forEach(function (link) {
      var code = link.getAttribute("hreflang");
      var path = safePath(link.getAttribute("href"));
      if (code && code !== "x-default" && path) urls[code] = path;
    });
    if (fallback) urls[language()] = fallback;
    return urls;
  }

  function pick(values, lang) {
    if (!values || typeof values !== "object") return null;
    if (typeof values[lang] === "string") return { text: values[lang], lang: lang };
    var codes = Object.keys(values);
    if (values.en) return { text: values.en, lang: "en" };
    return codes.length ? { text: String(values[codes[0]]), lang: codes[0] } : null;
  }

  function fromTemplate(selector) {
    var template = document.querySelector(selector);
    return template ? template.content.cloneNode(true) : document.createDocumentFragment();
  }

  /* --- Lesson page ------------------------------------------------------------------ */
  function setupLesson(article) {
    var programId = article.dataset.programId;
    var lessonId = article.dataset.lessonId;
    if (!ID.test(programId || "") || !ID.test(lessonId || "")) return;
    var quizzes = Array.prototype.slice.call(article.querySelectorAll("[data-quiz]"));
    var quizIds = quizzes.map(function (quiz) {
      return quiz.dataset.quizId;
    });
    var completeBox = article.querySelector("[data-lesson-complete]");
    var todo = article.querySelector("[data-lesson-todo]");
    var markDone = article.querySelector("[data-lesson-mark-done]");

    function remember(mutate) {
      var data = load();
      var entry = program(data, programId);
      var lang = language();
      entry.total = parseInt(article.dataset.lessonCount, 10) || entry.total || 0;
      entry.icon = article.dataset.programIcon || "";
      entry.titles = Object.assign({}, entry.titles);
      entry.titles[lang] = article.dataset.programTitle || "";
      entry.urls = Object.assign({}, entry.urls);
      entry.urls[lang] = safePath(article.dataset.programUrl);
      entry.last = lessonId;
      entry.lessonTitles = {};
      entry.lessonTitles[lang] = article.dataset.lessonTitle || "";
      entry.lessonUrls = alternateUrls(safePath(article.dataset.lessonUrl));
      entry.nextTitles = {};
      entry.nextUrls = {};
      if (article.dataset.nextLessonUrl) {
        entry.nextTitles[lang] = article.dataset.nextLessonTitle || "";
        entry.nextUrls[lang] = safePath(article.dataset.nextLessonUrl);
      }
      entry.updated = Date.now();
      var state = lesson(entry, lessonId);
      if (mutate) mutate(state);
      save(data);
      return state;
    }

    function showComplete(state) {
      if (!state.done) return;
      if (completeBox) completeBox.hidden = false;
      if (todo) todo.hidden = true;
      if (markDone) markDone.hidden = true;
    }

    var initial = remember(null);
    showComplete(initial);

    if (markDone) {
      markDone.addEventListener("click", function () {
        showComplete(
          remember(function (state) {
            state.done = true;
          })
        );
      });
    }

    quizzes.forEach(function (quiz) {
      var answer = quiz.dataset.answer;
      var feedback = quiz.querySelector("[data-quiz-feedback]");
      var disclosure = quiz.querySelector("[data-quiz-answer]");
      var explanation = quiz.querySelector("[data-quiz-explanation]");
      /* With JavaScript the explanation appears as feedback after an answer. */
      if (disclosure) disclosure.hidden = true;

      quiz.addEventListener("change", function (event) {
        var input = event.target;
        if (!input || input.type !== "radio") return;
        var correct = input.value === answer;
        quiz.querySelectorAll("[data-quiz-option]").forEach(function (option) {
          var radio = option.querySelector("input");
          option.classList.remove("is-correct", "is-incorrect");
          if (radio === input) option.classList.add(correct ? "is-correct" : "is-incorrect");
        });
        if (feedback) {
          feedback.classList.toggle("is-correct", correct);
          feedback.classList.toggle("is-incorrect", !correct);
          feedback.replaceChildren(
            fromTemplate(correct ? "template[data-quiz-correct]" : "template[data-quiz-incorrect]")
          );
          if (explanation) feedback.appendChild(explanation.cloneNode(true));
        }
        var state = remember(function (current) {
          if (correct && current.passed.indexOf(quiz.dataset.quizId) === -1) {
            current.passed.push(quiz.dataset.quizId);
          }
          var all = quizIds.every(function (id) {
            return current.passed.indexOf(id) !== -1;
          });
          if (all && quizIds.length) current.done = true;
        });
        showComplete(state);
      });
    });
  }

  /* --- Program page ----------------------------------------------------------------- */
  function setupProgram(box) {
    var programId = box.dataset.programId;
    if (!ID.test(programId || "")) return;
    var list = document.querySelector("[data-lesson-list]");
    var items = list ? Array.prototype.slice.call(list.querySelectorAll("[data-lesson-id]")) : [];
    var status = document.querySelector("[data-progress-status]");
    var start = document.querySelector("[data-progress-start]");

    function render() {
      var data = load();
      var entry = data.programs[programId];
      var lessons = (entry && entry.lessons) || {};
      var done = 0;
      items.forEach(function (item) {
        var isDone = !!(lessons[item.dataset.lessonId] && lessons[item.dataset.lessonId].done);
        if (isDone) done += 1;
        item.classList.toggle("is-done", isDone);
        var badge = item.querySelector("[data-lesson-done]");
        if (badge) badge.hidden = !isDone;
      });
      var hasProgress = !!entry && (done > 0 || !!entry.last);
      box.hidden = !hasProgress;
      if (start) start.hidden = hasProgress;
      if (!hasProgress) return;

      box.querySelector("[data-progress-done]").textContent = String(done);
      box.querySelector("[data-progress-bar]").value = done;

      /* The lesson to go on with: the last one visited if unfinished, else the next
       * unfinished lesson after it, else the first unfinished one. */
      var index = items.findIndex(function (item) {
        return item.dataset.lessonId === String(entry.last);
      });
      var ordered = index >= 0 ? items.slice(index).concat(items.slice(0, index)) : items;
      var target = ordered.find(function (item) {
        var state = lessons[item.dataset.lessonId];
        return !(state && state.done);
      });
      var continueBox = box.querySelector("[data-progress-continue]");
      var finished = box.querySelector("[data-progress-finished]");
      continueBox.hidden = !target;
      finished.hidden = !!target;
      if (target) {
        var link = target.querySelector("[data-lesson-link]");
        var button = box.querySelector("[data-progress-continue-link]");
        button.href = link.getAttribute("href");
        box.querySelector("[data-progress-continue-title]").textContent = link.textContent;
      }
    }

    var reset = box.querySelector("[data-progress-reset]");
    if (reset) {
      reset.addEventListener("click", function () {
        if (!window.confirm(box.dataset.resetConfirm || "")) return;
        var data = load();
        delete data.programs[programId];
        save(data);
        render();
        if (status) status.replaceChildren(fromTemplate("template[data-progress-reset-done]"));
      });
    }
    render();
  }

  /* --- Home page: the "continue learning" card --------------------------------------- */
  function setupHome(card) {
    var template = document.querySelector("template[data-continue-learning-template]");
    if (!template) return;
    var data = load();
    var lang = language();
    var latest = null;
    Object.keys(data.programs).forEach(function (id) {
      var entry = data.programs[id];
      if (!ID.test(id) || !entry || !entry.last) return;
      if (!latest || (entry.updated || 0) > (latest.updated || 0)) latest = entry;
    });
    if (!latest) {
      card.hidden = true;
      card.replaceChildren();
      return;
    }
    var content = template.content.cloneNode(true);
    /* A finished last lesson points on to the one after it (known in the language the
     * visitor used); otherwise, or in another language, back to that lesson. */
    var last = latest.lessons && latest.lessons[latest.last];
    var goOn = !!(last && last.done && latest.nextUrls && latest.nextUrls[lang]);
    var urls = goOn ? latest.nextUrls : latest.lessonUrls;
    var url = safePath((urls || {})[lang] || (pick(urls, lang) || {}).text);
    var lessonTitle = pick(goOn ? latest.nextTitles : latest.lessonTitles, lang);
    var programTitle = pick(latest.titles, lang);
    if (!url || !lessonTitle) return;

    function fill(selector, value) {
      var element = content.querySelector(selector);
      if (!element || !value) return;
      element.textContent = value.text;
      if (value.lang !== lang) element.lang = value.lang;
    }
    fill("[data-continue-lesson]", lessonTitle);
    fill("[data-continue-program]", programTitle);
    fill("[data-continue-icon]", { text: latest.icon || "", lang: lang });
    fill("[data-continue-done]", { text: String(doneCount(latest)), lang: lang });
    fill("[data-continue-total]", { text: String(latest.total || 0), lang: lang });
    content.querySelector("[data-continue-link]").href = url;
    var reset = content.querySelector("[data-continue-reset]");
    if (reset) {
      reset.addEventListener("click", function () {
        if (!window.confirm(reset.dataset.resetConfirm || "")) return;
        save(emptyStore());
        setupHome(card);
      });
    }
    card.replaceChildren(content);
    card.hidden = false;
  }

  function init() {
    var article = document.querySelector("[data-lesson]");
    if (article) setupLesson(article);
    var box = document.querySelector("[data-program-progress]");
    if (box) setupProgram(box);
    var card = document.querySelector("[data-continue-learning]");
    if (card) setupHome(card);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
