/* Lessons, quizzes and progress kept on the visitor's device (localStorage only).
 *
 * Nothing here talks to the server. Every visible word comes from the HTML (data-*
 * attributes and <template> elements), so this file holds no user-visible text.
 *
 * Stored shape (key "educademy.progress.v1"):
 *   {programs: {<program id>: {lessons: {<lesson id>: {done: bool, passed: [quiz ids],
 *                                                      titles: {lang: title},
 *                                                      urls: {lang: path},
 *                                                      next: <lesson id> | null}},
 *                              total: n, updated: ms, last: <lesson id>,
 *                              icon, titles: {lang: program title}, urls: {lang: path}}}}
 * The titles and paths of a lesson, its program and the next lesson come in every language
 * from the lesson page's JSON data block, so the home card speaks the visitor's language.
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

  /* The program's icon: its self-hosted SVG when the lesson page named one (it renders
   * without an emoji font), else the emoji itself. */
  function showIcon(element, entry) {
    if (!element) return;
    var src = safePath(entry.iconSrc || "");
    if (!src) {
      element.textContent = entry.icon || "";
      return;
    }
    var image = document.createElement("img");
    image.className = "emoji";
    image.src = src;
    image.alt = "";
    element.replaceChildren(image);
  }

  function language() {
    return document.documentElement.lang || "en";
  }

  /* The page's URL in every language, from its <link rel="alternate" hreflang> tags. */
  function pick(values, lang) {
    if (!values || typeof values !== "object") return null;
    if (typeof values[lang] === "string") return { text: values[lang], lang: lang };
    var codes = Object.keys(values);
    if (values.en) return { text: values.en, lang: "en" };
    return codes.length ? { text: String(values[codes[0]]), lang: codes[0] } : null;
  }

  /* Texts and same-site paths per language, from the page or from storage. */
  function cleanTexts(values) {
    var clean = {};
    Object.keys(values && typeof values === "object" ? values : {}).forEach(function (code) {
      if (typeof values[code] === "string") clean[code] = values[code];
    });
    return clean;
  }

  function cleanPaths(values) {
    var clean = {};
    Object.keys(values && typeof values === "object" ? values : {}).forEach(function (code) {
      var path = safePath(values[code]);
      if (path) clean[code] = path;
    });
    return clean;
  }

  /* The lesson, its program and the next lesson in every language (a JSON data block). */
  function readProgressData() {
    var element = document.getElementById("lesson-progress-data");
    try {
      var data = JSON.parse(element ? element.textContent : "null");
      if (data && typeof data === "object") return data;
    } catch (error) {
      /* Malformed: keep what the page itself says. */
    }
    return {};
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

    var info = readProgressData();

    function describe(entry, item) {
      if (!item || !ID.test(String(item.id))) return;
      var known = lesson(entry, String(item.id));
      known.titles = cleanTexts(item.titles);
      known.urls = cleanPaths(item.urls);
    }

    function remember(mutate) {
      var data = load();
      var entry = program(data, programId);
      entry.total = parseInt(article.dataset.lessonCount, 10) || entry.total || 0;
      entry.icon = article.dataset.programIcon || "";
      entry.iconSrc = safePath(article.dataset.programIconSrc || "");
      if (info.program) {
        entry.titles = cleanTexts(info.program.titles);
        entry.urls = cleanPaths(info.program.urls);
      }
      entry.last = lessonId;
      describe(entry, info.lesson);
      describe(entry, info.next);
      entry.updated = Date.now();
      var state = lesson(entry, lessonId);
      state.next = info.next && ID.test(String(info.next.id)) ? String(info.next.id) : null;
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

    /* A wrong answer first asks for another try; the right answer and its explanation
     * appear after a correct answer, a second wrong one, or on request ("Show the answer"). */
    quizzes.forEach(function (quiz) {
      var answer = quiz.dataset.answer;
      var feedback = quiz.querySelector("[data-quiz-feedback]");
      var disclosure = quiz.querySelector("[data-quiz-answer]");
      var explanation = quiz.querySelector("[data-quiz-explanation]");
      var wrong = 0;

      quiz.addEventListener("change", function (event) {
        var input = event.target;
        if (!input || input.type !== "radio") return;
        var correct = input.value === answer;
        if (!correct) wrong += 1;
        var reveal = correct || wrong >= 2;
        quiz.querySelectorAll("[data-quiz-option]").forEach(function (option) {
          var radio = option.querySelector("input");
          option.classList.remove("is-correct");
          if (radio === input) option.classList.add(correct ? "is-correct" : "is-incorrect");
          if (reveal && radio.value === answer) option.classList.add("is-answer");
        });
        if (feedback) {
          var verdict = correct ? "correct" : reveal ? "incorrect" : "retry";
          feedback.classList.toggle("is-correct", correct);
          feedback.classList.toggle("is-incorrect", !correct);
          feedback.replaceChildren(fromTemplate("template[data-quiz-" + verdict + "]"));
          if (reveal && explanation) feedback.appendChild(explanation.cloneNode(true));
        }
        if (reveal && disclosure) disclosure.hidden = true;
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
    /* Each lesson is remembered with its title and address in every language. A finished
     * last lesson points on to the one after it; otherwise back to that lesson. */
    var last = latest.lessons && latest.lessons[latest.last];
    var next = last && last.done && last.next && latest.lessons[last.next];
    var target = next && next.urls ? next : last;
    var urls = (target && target.urls) || latest.lessonUrls;
    var url = safePath((urls || {})[lang] || (pick(urls, lang) || {}).text);
    var lessonTitle = pick((target && target.titles) || latest.lessonTitles, lang);
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
    showIcon(content.querySelector("[data-continue-icon]"), latest);
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
