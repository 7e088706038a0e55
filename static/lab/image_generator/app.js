// The image generator's page: controls, the canvas that shows noise turning into a digit,
// and the gallery of the last results. The model and the sampler are in core.js.
import { startExperiment } from "../common.js";
import { decodeModel, sampleFrames, toRgba } from "./core.js";

const GALLERY_SIZE = 8;
const ANIMATION_MS = 2000; // a whole run, whatever its number of steps
const MAX_SEED = 999999;
const DEFAULTS = { digit: 3, steps: 25, randomness: 0 };

function clampInteger(value, min, max, fallback) {
  const number = Number.parseInt(value, 10);
  return Number.isFinite(number) ? Math.min(Math.max(number, min), max) : fallback;
}

function paint(canvas, x) {
  const context = canvas.getContext("2d");
  context.putImageData(new ImageData(toRgba(x), 8, 8), 0, 0);
}

function isGalleryItem(item) {
  return (
    item &&
    Number.isInteger(item.digit) &&
    Array.isArray(item.x) &&
    item.x.length === 64 &&
    item.x.every(Number.isFinite)
  );
}

startExperiment((ctx) => {
  const $ = (hook) => ctx.app.querySelector(`[${hook}]`);
  const form = $("data-ig-form");
  const radios = [...ctx.app.querySelectorAll("[data-ig-digit]")];
  const stepsInput = $("data-ig-steps");
  const stepsValue = $("data-ig-steps-value");
  const randomnessInput = $("data-ig-randomness");
  const randomnessValue = $("data-ig-randomness-value");
  const seedInput = $("data-ig-seed");
  const generateButton = $("data-ig-generate");
  const stepButton = $("data-ig-step");
  const canvas = $("data-ig-canvas");
  const stepText = $("data-ig-step-text");
  const noiseText = $("data-ig-noise-text");
  const status = $("data-ig-status");
  const gallery = $("data-ig-gallery");
  const galleryEmpty = $("data-ig-gallery-empty");

  let model = null;
  let run = null; // {digit, steps, randomness, seed, frames, index, ms}
  let timer = 0;

  const percent = (value) => ctx.formatNumber(value, { style: "percent", maximumFractionDigits: 0 });
  const decimal = (value) =>
    ctx.formatNumber(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const integer = (value) => ctx.formatNumber(value, { useGrouping: false });
  // The digit and the seed keep the shapes of the radio labels and the seed field (0-9):
  // they are the digits the model draws, whatever the page's numbering system.
  const plain = (value) => String(value);

  function settings() {
    const checked = radios.find((radio) => radio.checked);
    return {
      digit: clampInteger(checked?.value, 0, 9, DEFAULTS.digit),
      steps: clampInteger(stepsInput.value, 5, 100, DEFAULTS.steps),
      randomness: Math.min(Math.max(Number(randomnessInput.value) || 0, 0), 1),
      seed: clampInteger(seedInput.value, 0, MAX_SEED, 1),
    };
  }

  function applySettings({ digit, steps, randomness }) {
    for (const radio of radios) radio.checked = Number(radio.value) === digit;
    stepsInput.value = String(steps);
    randomnessInput.value = String(randomness);
    showSettingValues();
  }

  function showSettingValues() {
    stepsValue.textContent = integer(Number(stepsInput.value));
    randomnessValue.textContent = decimal(Number(randomnessInput.value));
  }

  function stopAnimation() {
    window.clearTimeout(timer);
    timer = 0;
  }

  function describe(frame) {
    const values = {
      digit: plain(run.digit),
      step: integer(frame.step),
      total: integer(run.steps),
      percent: percent(frame.noise),
      randomness: decimal(run.randomness),
      seed: plain(run.seed),
    };
    stepText.textContent = ctx.t("step", values);
    noiseText.textContent = ctx.t("noise_left", values);
    const key = frame.step === run.steps ? "canvas_done" : "canvas_progress";
    canvas.setAttribute("aria-label", ctx.t(key, values));
    return values;
  }

  function show(index, { announceStep = false } = {}) {
    run.index = index;
    const frame = run.frames[index];
    paint(canvas, frame.x);
    const values = describe(frame);
    if (index === run.steps) {
      finish(values);
    } else if (announceStep) {
      ctx.announce(`${stepText.textContent}. ${noiseText.textContent}`);
    }
  }

  function finish(values) {
    stopAnimation();
    status.textContent = ctx.t("timing", { ms: integer(Math.round(run.ms)) });
    ctx.announce(ctx.t("done", values));
    const item = {
      digit: run.digit,
      steps: run.steps,
      randomness: run.randomness,
      seed: run.seed,
      x: Array.from(run.frames[run.steps].x, (v) => Math.round(v * 1000) / 1000),
    };
    const items = [item, ...storedGallery()].slice(0, GALLERY_SIZE);
    ctx.store.set("gallery", items);
    renderGallery(items);
  }

  function startRun() {
    stopAnimation();
    const chosen = settings();
    const started = performance.now();
    const frames = sampleFrames(model, chosen);
    run = { ...chosen, frames, index: 0, ms: performance.now() - started };
    const nextSeed = chosen.seed >= MAX_SEED ? 0 : chosen.seed + 1;
    seedInput.value = String(nextSeed);
    ctx.store.set("settings", { digit: chosen.digit, steps: chosen.steps, randomness: chosen.randomness });
    ctx.store.set("seed", nextSeed);
    status.textContent = "";
    ctx.announce(ctx.t("started", { digit: plain(run.digit), total: integer(run.steps) }));
  }

  function runFinished() {
    return !run || run.index === run.steps;
  }

  function animate() {
    const delay = Math.max(16, ANIMATION_MS / run.steps);
    const tick = () => {
      show(run.index + 1);
      if (!runFinished()) timer = window.setTimeout(tick, delay);
    };
    timer = window.setTimeout(tick, delay);
  }

  function generate() {
    if (!model) return;
    stopAnimation();
    if (runFinished()) {
      startRun();
      show(0);
    }
    if (ctx.reducedMotion()) show(run.steps);
    else animate();
  }

  function nextStep() {
    if (!model) return;
    stopAnimation();
    if (runFinished()) {
      startRun();
      show(0, { announceStep: true });
    } else {
      show(run.index + 1, { announceStep: true });
    }
  }

  function storedGallery() {
    const items = ctx.store.get("gallery", []);
    return Array.isArray(items) ? items.filter(isGalleryItem).slice(0, GALLERY_SIZE) : [];
  }

  function renderGallery(items) {
    gallery.replaceChildren(
      ...items.map((item) => {
        const values = {
          digit: plain(item.digit),
          total: integer(item.steps),
          randomness: decimal(item.randomness),
          seed: plain(item.seed),
        };
        const entry = document.createElement("li");
        entry.className = "image-generator-gallery-item";
        const thumbnail = document.createElement("canvas");
        thumbnail.className = "image-generator-thumbnail";
        thumbnail.width = 8;
        thumbnail.height = 8;
        thumbnail.setAttribute("role", "img");
        thumbnail.setAttribute("aria-label", ctx.t("gallery_item", values));
        paint(thumbnail, item.x);
        const caption = document.createElement("span");
        caption.className = "image-generator-thumbnail-caption";
        caption.setAttribute("aria-hidden", "true");
        caption.textContent = ctx.t("gallery_caption", values);
        entry.append(thumbnail, caption);
        return entry;
      }),
    );
    gallery.hidden = items.length === 0;
    galleryEmpty.hidden = items.length > 0;
  }

  function clearCanvas() {
    canvas.getContext("2d").clearRect(0, 0, 8, 8);
    canvas.setAttribute("aria-label", ctx.t("canvas_empty"));
    stepText.textContent = "";
    noiseText.textContent = "";
  }

  // Settings changed mid-way: the next Generate or Next step starts a new picture.
  form.addEventListener("input", () => {
    showSettingValues();
    if (run && !runFinished()) {
      stopAnimation();
      run = null;
    }
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    generate();
  });
  stepButton.addEventListener("click", nextStep);

  ctx.onReset(() => {
    stopAnimation();
    run = null;
    applySettings(DEFAULTS);
    seedInput.value = "1";
    clearCanvas();
    status.textContent = "";
    renderGallery([]);
  });

  const saved = ctx.store.get("settings", {});
  applySettings({
    digit: clampInteger(saved?.digit, 0, 9, DEFAULTS.digit),
    steps: clampInteger(saved?.steps, 5, 100, DEFAULTS.steps),
    randomness: Math.min(Math.max(Number(saved?.randomness) || 0, 0), 1),
  });
  seedInput.value = String(clampInteger(ctx.store.get("seed", 1), 0, MAX_SEED, 1));
  $("data-ig-motion-note").hidden = !ctx.reducedMotion();
  renderGallery(storedGallery());
  clearCanvas();

  status.textContent = ctx.t("loading");
  fetch(ctx.staticUrl("weights.json"))
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json();
    })
    .then((json) => {
      model = decodeModel(json);
      generateButton.disabled = false;
      stepButton.disabled = false;
      status.textContent = ctx.t("ready");
    })
    .catch(() => {
      status.textContent = ctx.t("load_failed");
      ctx.announce(status.textContent);
    });
});
