/* What every Lab experiment shares: its translated strings and data (JSON data blocks in the
 * page), a namespaced store in localStorage, a live region, the reset button, number formats.
 *
 * The pure helpers (interpolate, createStore, readJsonBlock) are exported for node's test
 * runner; startExperiment wires them to the page. See docs/lab.md.
 */

const STORE_PREFIX = "educademy.lab.v1.";

/** "Score: {score}" + {score: 3} -> "Score: 3"; unknown names stay visible as {name}. */
export function interpolate(template, values = {}) {
  return String(template).replace(/\{(\w+)\}/g, (match, name) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : match,
  );
}

/** A translator over a {key: text} map that never shows a raw key to the visitor. */
export function createTranslator(strings, fallback = "") {
  return (key, values) => {
    const template = strings[key];
    return template === undefined ? fallback : interpolate(template, values);
  };
}

/** A small key-value store kept as one JSON object under `namespace`.
 *
 * `storage` is window.localStorage (or a stand-in in tests). When storage is missing, full or
 * refused, the store keeps values in memory for this page and `persistent` is false.
 */
export function createStore(storage, namespace) {
  const key = STORE_PREFIX + namespace;
  let memory = {};
  let persistent = Boolean(storage);

  const read = () => {
    if (!persistent) return memory;
    try {
      const parsed = JSON.parse(storage.getItem(key) || "{}");
      return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? parsed : {};
    } catch (error) {
      return {};
    }
  };
  const write = (values) => {
    memory = values;
    if (!persistent) return;
    try {
      storage.setItem(key, JSON.stringify(values));
    } catch (error) {
      persistent = false;
    }
  };

  return {
    get(name, fallback = null) {
      const values = read();
      return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : fallback;
    },
    set(name, value) {
      write({ ...read(), [name]: value });
    },
    reset() {
      memory = {};
      if (!persistent) return;
      try {
        storage.removeItem(key);
      } catch (error) {
        persistent = false;
      }
    },
    get persistent() {
      return persistent;
    },
  };
}

/** The parsed content of <script type="application/json" id="…">, or `fallback`. */
export function readJsonBlock(doc, id, fallback = {}) {
  const element = doc.getElementById(id);
  if (!element) return fallback;
  try {
    return JSON.parse(element.textContent);
  } catch (error) {
    return fallback;
  }
}

function browserStorage() {
  try {
    const storage = window.localStorage;
    const probe = STORE_PREFIX + "probe";
    storage.setItem(probe, "1");
    storage.removeItem(probe);
    return storage;
  } catch (error) {
    return null;
  }
}

/** Announce `text` politely to screen readers (clearing first, so a repeat is read again). */
function createAnnouncer(region) {
  let timer = 0;
  return (text) => {
    if (!region) return;
    window.clearTimeout(timer);
    region.textContent = "";
    timer = window.setTimeout(() => {
      region.textContent = text;
    }, 60);
  };
}

/** Find the experiment on the page, show its interface and hand `setup` its context. */
export function startExperiment(setup) {
  const root = document.querySelector("[data-lab-experiment]");
  if (!root) return null;
  const app = root.querySelector("[data-lab-app]");
  const strings = readJsonBlock(document, "lab-strings");
  const files = readJsonBlock(document, "lab-files");
  const lang = document.documentElement.lang || "en";
  const dir = document.documentElement.dir === "rtl" ? "rtl" : "ltr";
  const storage = browserStorage();
  const resetHandlers = [];
  const motion = window.matchMedia("(prefers-reduced-motion: reduce)");

  const ctx = {
    root,
    app,
    lang,
    dir,
    strings,
    data: readJsonBlock(document, "lab-data"),
    t: createTranslator(strings),
    announce: createAnnouncer(root.querySelector("[data-lab-live]")),
    store: createStore(storage, root.dataset.labExperiment),
    onReset: (handler) => resetHandlers.push(handler),
    reducedMotion: () => motion.matches,
    formatNumber: (value, options) => new Intl.NumberFormat(lang, options).format(value),
    staticUrl: (path) => {
      if (!Object.prototype.hasOwnProperty.call(files, path)) {
        throw new Error(`Lab: ${path} is not declared in the experiment's files`);
      }
      return files[path];
    },
  };

  root.querySelector("[data-lab-needs-js]")?.setAttribute("hidden", "");
  if (app) app.hidden = false;
  const resetRow = root.querySelector("[data-lab-reset-row]");
  const resetButton = root.querySelector("[data-lab-reset]");
  if (resetRow && resetButton) {
    resetRow.hidden = false;
    resetButton.addEventListener("click", () => {
      ctx.store.reset();
      for (const handler of resetHandlers) handler();
      ctx.announce(ctx.t("lab.reset_done"));
    });
  }
  if (!storage && ctx.strings["lab.storage_unavailable"]) {
    const note = document.createElement("p");
    note.className = "lab-storage-note";
    note.textContent = ctx.t("lab.storage_unavailable");
    root.prepend(note);
  }
  setup(ctx);
  return ctx;
}
