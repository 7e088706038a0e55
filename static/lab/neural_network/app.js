/* Neural network playground: the page around the pure core (core.js, chart.js).
 *
 * Every word shown comes from the template or from ctx.strings. Stored (ctx.store):
 *   "config": the last configuration, with the visitor's own points;
 *   "best":   {<data set>: {accuracy, epoch}}, the best test accuracy per data set.
 */

import { startExperiment } from "../common.js";
import {
  BATCH_SIZES,
  DEFAULT_CONFIG,
  LEARNING_RATES,
  MAX_CUSTOM_POINTS,
  MAX_LAYERS,
  MAX_NEURONS,
  MIN_NEURONS,
  EXTENT,
  addCustomPoint,
  addLayer,
  addNeuron,
  clearCustomPoints,
  createSession,
  outputGrid,
  removeLayer,
  removeNeuron,
  trainEpochs,
} from "./core.js";
import { CLASS_COLOURS, heatPixels, lossAxisMax, lossPolyline, planeToPixel, pixelToPlane } from "./chart.js";

const GRID = 50; // heat-map cells per side
const FRAME_EPOCHS = 2; // epochs per animation frame
const CALM_EPOCHS = 25; // with reduced motion: epochs per redraw...
const CALM_INTERVAL = 700; // ...and milliseconds between redraws
const MAX_RUN_EPOCHS = 5000; // Play pauses by itself after this many epochs

startExperiment((ctx) => {
  const app = ctx.app;
  const one = (selector) => app.querySelector(selector);
  const all = (selector) => [...app.querySelectorAll(selector)];
  const el = {
    play: one("[data-nn-play]"),
    step: one("[data-nn-step]"),
    restart: one("[data-nn-restart]"),
    datasets: all("[data-nn-dataset]"),
    noise: one("[data-nn-noise]"),
    noiseValue: one("[data-nn-noise-value]"),
    ratio: one("[data-nn-ratio]"),
    ratioValue: one("[data-nn-ratio-value]"),
    regenerate: one("[data-nn-regenerate]"),
    layerCount: one("[data-nn-layer-count]"),
    addLayer: one("[data-nn-add-layer]"),
    removeLayer: one("[data-nn-remove-layer]"),
    layers: one("[data-nn-layers]"),
    layerTemplate: one("[data-nn-layer-template]"),
    activation: one("[data-nn-activation]"),
    rate: one("[data-nn-rate]"),
    batch: one("[data-nn-batch]"),
    plane: one("[data-nn-plane]"),
    chart: one("[data-nn-chart]"),
    stats: Object.fromEntries(all("[data-nn-stat]").map((node) => [node.dataset.nnStat, node])),
    colours: Object.fromEntries(all("[data-nn-colour]").map((node) => [node.dataset.nnColour, node])),
    pointForm: one("[data-nn-point-form]"),
    classes: all("[data-nn-class]"),
    x: one("[data-nn-x]"),
    y: one("[data-nn-y]"),
    pointError: one("[data-nn-point-error]"),
    clearPoints: one("[data-nn-clear-points]"),
    customCount: one("[data-nn-custom-count]"),
  };

  const loss3 = (value) =>
    ctx.formatNumber(value, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
  const percent = (value) => ctx.formatNumber(value, { style: "percent", maximumFractionDigits: 0 });
  const integer = (value) => ctx.formatNumber(value, { maximumFractionDigits: 0 });
  const decimal = (value) => ctx.formatNumber(value, { maximumFractionDigits: 1 });

  let run = 0; // restarts of the network: each one draws new weights
  let session = createSession(ctx.store.get("config", null), run);
  let running = false;
  let frame = 0;
  let lastTick = 0;
  let stopAt = 0;

  /* ---------- state ---------- */

  const latest = () => session.history[session.history.length - 1];

  function summaryValues(record = latest()) {
    return {
      epoch: integer(record.epoch),
      train_loss: loss3(record.trainLoss),
      test_loss: loss3(record.testLoss),
      test_accuracy: percent(record.testAccuracy),
    };
  }

  function summary(record = latest()) {
    return ctx.t("summary", summaryValues(record));
  }

  function bestScores() {
    const stored = ctx.store.get("best", {});
    return stored && typeof stored === "object" ? stored : {};
  }

  function recordBest() {
    const record = latest();
    if (record.epoch === 0 || !session.test.length) return;
    const scores = bestScores();
    const current = scores[session.config.dataset];
    if (current && Number(current.accuracy) >= record.testAccuracy) return;
    scores[session.config.dataset] = { accuracy: record.testAccuracy, epoch: record.epoch };
    ctx.store.set("best", scores);
  }

  function save() {
    ctx.store.set("config", session.config);
  }

  /** A new session from `changes` to the configuration; training goes on if it was on. */
  function rebuild(changes = {}) {
    session = createSession({ ...session.config, ...changes }, run);
    if (running) stopAt = MAX_RUN_EPOCHS;
    save();
    syncControls();
    render();
  }

  /* ---------- controls ---------- */

  function syncControls() {
    const config = session.config;
    for (const radio of el.datasets) radio.checked = radio.value === config.dataset;
    el.noise.value = String(config.noise);
    el.noiseValue.textContent = percent(config.noise / 100);
    el.ratio.value = String(config.trainRatio);
    el.ratioValue.textContent = percent(config.trainRatio / 100);
    el.activation.value = config.activation;
    el.rate.value = String(config.learningRate);
    el.batch.value = String(config.batchSize);
    syncLayers();
    syncCustomPoints();
  }

  /** Keep focus on a control that is about to be disabled: move it to `fallback`. */
  function setDisabled(button, disabled, fallback) {
    if (disabled && document.activeElement === button && fallback && !fallback.disabled) {
      fallback.focus();
    }
    button.disabled = disabled;
  }

  function syncLayers() {
    const layers = session.config.layers;
    el.layerCount.textContent = ctx.t("layer_count", { count: integer(layers.length) });
    setDisabled(el.addLayer, layers.length >= MAX_LAYERS, el.removeLayer);
    setDisabled(el.removeLayer, layers.length === 0, el.addLayer);
    // Update the list in place, so that a focused button stays where it is.
    while (el.layers.children.length > layers.length) el.layers.lastElementChild.remove();
    while (el.layers.children.length < layers.length) {
      el.layers.append(el.layerTemplate.content.firstElementChild.cloneNode(true));
    }
    layers.forEach((size, index) => {
      const item = el.layers.children[index];
      const n = integer(index + 1);
      item.dataset.nnLayer = String(index);
      item.querySelector("[data-nn-layer-name]").textContent = ctx.t("layer_name", { n });
      item.querySelector("[data-nn-layer-size]").textContent = ctx.t("layer_neurons", {
        count: integer(size),
      });
      const dots = item.querySelector("[data-nn-layer-dots]");
      dots.replaceChildren(
        ...Array.from({ length: size }, () => {
          const dot = document.createElement("span");
          dot.className = "nn-dot";
          return dot;
        }),
      );
      const remove = item.querySelector('[data-nn-neuron="remove"]');
      const add = item.querySelector('[data-nn-neuron="add"]');
      remove.setAttribute("aria-label", ctx.t("remove_neuron", { n }));
      add.setAttribute("aria-label", ctx.t("add_neuron", { n }));
      setDisabled(remove, size <= MIN_NEURONS, add);
      setDisabled(add, size >= MAX_NEURONS, remove);
    });
  }

  function syncCustomPoints() {
    const count = session.config.customPoints.length;
    el.customCount.textContent = ctx.t("custom_count", { count: integer(count) });
    el.clearPoints.disabled = count === 0;
  }

  function announceLayers() {
    const layers = session.config.layers;
    ctx.announce(
      layers.length
        ? ctx.t("layers_some", { layers: layers.map(integer).join(", ") })
        : ctx.t("layers_none"),
    );
  }

  /* ---------- drawing ---------- */

  const heat = document.createElement("canvas");
  heat.width = GRID;
  heat.height = GRID;

  function drawShape(g, p, { test, size }) {
    const [px, py] = planeToPixel(p.x, p.y, size);
    const [r, gr, b] = CLASS_COLOURS[p.label];
    const radius = p.custom ? 6 : 4.5;
    g.beginPath();
    if (p.label === 1) g.arc(px, py, radius, 0, 2 * Math.PI);
    else g.rect(px - radius, py - radius, radius * 2, radius * 2);
    if (test) {
      // Hollow: a white inside and a thick ring in the class colour.
      g.fillStyle = "rgba(255, 255, 255, 0.9)";
      g.fill();
      g.lineWidth = 2.5;
      g.strokeStyle = `rgb(${r}, ${gr}, ${b})`;
      g.stroke();
    } else {
      g.fillStyle = `rgb(${r}, ${gr}, ${b})`;
      g.fill();
      g.lineWidth = 1;
      g.strokeStyle = "rgb(20, 20, 20)";
      g.stroke();
    }
  }

  /** Match the canvas's pixels to its displayed size; returns that size in CSS pixels. */
  function fit(canvas, ratio) {
    const dpr = window.devicePixelRatio || 1;
    const width = canvas.clientWidth || canvas.width / dpr;
    const height = width * ratio;
    const pixelsWide = Math.round(width * dpr);
    const pixelsHigh = Math.round(height * dpr);
    if (canvas.width !== pixelsWide || canvas.height !== pixelsHigh) {
      canvas.width = pixelsWide;
      canvas.height = pixelsHigh;
    }
    const g = canvas.getContext("2d");
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    return { g, width, height };
  }

  function drawPlane() {
    const canvas = el.plane;
    const { g, width: size } = fit(canvas, 1);
    heat.getContext("2d").putImageData(
      new ImageData(heatPixels(outputGrid(session.network, GRID)), GRID, GRID),
      0,
      0,
    );
    g.imageSmoothingEnabled = true;
    g.drawImage(heat, 0, 0, size, size);
    // The axes through (0, 0).
    const [cx, cy] = planeToPixel(0, 0, size);
    g.strokeStyle = "rgba(0, 0, 0, 0.25)";
    g.lineWidth = 1;
    g.beginPath();
    g.moveTo(cx, 0);
    g.lineTo(cx, size);
    g.moveTo(0, cy);
    g.lineTo(size, cy);
    g.stroke();
    for (const p of session.test) drawShape(g, p, { test: true, size });
    for (const p of session.train) drawShape(g, p, { test: false, size });
    const values = summaryValues();
    canvas.setAttribute("aria-label", ctx.t("plane_label", values));
  }

  function drawChart() {
    const canvas = el.chart;
    const shown = canvas.clientWidth || 400;
    const { g, width, height } = fit(canvas, Math.max(0.4, 150 / shown)); // 150 px high at least
    const rtl = ctx.dir === "rtl";
    const text = getComputedStyle(canvas).color;
    const trainColour = getComputedStyle(el.colours.train).color;
    const testColour = getComputedStyle(el.colours.test).color;
    const gutter = 44; // room for the loss axis's figures, on the start side
    const box = { left: rtl ? 10 : gutter, top: 22, width: width - gutter - 10, height: height - 52 };
    const startX = rtl ? box.left + box.width : box.left;
    const endX = rtl ? box.left : box.left + box.width;
    const bottom = box.top + box.height;
    const crisp = (v) => Math.round(v) + 0.5; // a 1 px line on whole pixels
    const trainValues = session.history.map((r) => r.trainLoss);
    const testValues = session.history.map((r) => r.testLoss);
    const max = lossAxisMax([...trainValues, ...testValues]);

    g.clearRect(0, 0, width, height);
    g.direction = ctx.dir;
    g.font = "12px system-ui, sans-serif";
    g.fillStyle = text;
    g.strokeStyle = text;
    g.lineWidth = 1;
    g.setLineDash([]);
    g.beginPath();
    g.moveTo(crisp(startX), box.top);
    g.lineTo(crisp(startX), crisp(bottom));
    g.lineTo(endX, crisp(bottom));
    g.stroke();

    // Figures: the loss axis on the start side, epochs 0 and now along the bottom.
    g.textBaseline = "middle";
    g.textAlign = rtl ? "left" : "right"; // figures end next to the axis
    const figureX = rtl ? width - gutter + 6 : gutter - 6;
    g.fillText(decimal(max), figureX, box.top);
    g.fillText(integer(0), figureX, bottom);
    g.textBaseline = "top";
    g.textAlign = "center";
    g.fillText(integer(0), startX, bottom + 4);
    g.fillText(integer(session.epoch), endX, bottom + 4);
    g.fillText(ctx.t("axis_epochs"), box.left + box.width / 2, bottom + 20);
    g.textBaseline = "bottom";
    g.textAlign = "start";
    g.fillText(ctx.t("axis_loss"), rtl ? width - 4 : 4, box.top - 6);

    const line = (values, colour, dash) => {
      const points = lossPolyline(values, box, { max, rtl });
      if (points.length < 2) return;
      g.strokeStyle = colour;
      g.lineWidth = 2;
      g.setLineDash(dash);
      g.beginPath();
      points.forEach(([x, y], i) => (i ? g.lineTo(x, y) : g.moveTo(x, y)));
      g.stroke();
    };
    line(trainValues, trainColour, []);
    line(testValues, testColour, [6, 4]);
    g.setLineDash([]);
    canvas.setAttribute("aria-label", ctx.t("chart_label", summaryValues()));
  }

  function renderStats() {
    const values = summaryValues();
    el.stats.epoch.textContent = values.epoch;
    el.stats["train-loss"].textContent = values.train_loss;
    el.stats["test-loss"].textContent = values.test_loss;
    el.stats["test-accuracy"].textContent = values.test_accuracy;
    const best = bestScores()[session.config.dataset];
    el.stats.best.textContent =
      best && Number.isFinite(best.accuracy)
        ? ctx.t("best_value", { accuracy: percent(best.accuracy), epoch: integer(best.epoch) })
        : ctx.t("best_none");
  }

  function render() {
    drawPlane();
    drawChart();
    renderStats();
  }

  /* ---------- training loop ---------- */

  function setRunning(on) {
    running = on;
    el.play.textContent = ctx.t(on ? "pause" : "play");
    if (!on && frame) {
      cancelAnimationFrame(frame);
      frame = 0;
    }
  }

  function tick(now) {
    frame = 0;
    if (!running) return;
    const calm = ctx.reducedMotion();
    if (calm && now - lastTick < CALM_INTERVAL) {
      frame = requestAnimationFrame(tick);
      return;
    }
    lastTick = now;
    trainEpochs(session, Math.min(calm ? CALM_EPOCHS : FRAME_EPOCHS, stopAt - session.epoch));
    recordBest();
    render();
    if (session.epoch >= stopAt) {
      setRunning(false);
      ctx.announce(ctx.t("stopped", { epoch: integer(session.epoch), summary: summary() }));
      return;
    }
    frame = requestAnimationFrame(tick);
  }

  function play() {
    stopAt = session.epoch + MAX_RUN_EPOCHS;
    lastTick = 0;
    setRunning(true);
    ctx.announce(ctx.t("playing"));
    frame = requestAnimationFrame(tick);
  }

  function pause() {
    setRunning(false);
    ctx.announce(ctx.t("paused", { epoch: integer(session.epoch), summary: summary() }));
  }

  el.play.addEventListener("click", () => (running ? pause() : play()));

  el.step.addEventListener("click", () => {
    if (running) setRunning(false);
    trainEpochs(session, 1);
    recordBest();
    render();
    ctx.announce(ctx.t("stepped", { epoch: integer(session.epoch), summary: summary() }));
  });

  el.restart.addEventListener("click", () => {
    run += 1;
    rebuild();
    ctx.announce(ctx.t("network_reset"));
  });

  /* ---------- data and network settings ---------- */

  const announceData = () =>
    ctx.announce(
      ctx.t("data_changed", {
        train: integer(session.train.length),
        test: integer(session.test.length),
      }),
    );

  for (const radio of el.datasets) {
    radio.addEventListener("change", () => {
      if (!radio.checked) return;
      rebuild({ dataset: radio.value });
      announceData();
    });
  }
  // Sliders: their own value is read out by screen readers, so no announcement here.
  el.noise.addEventListener("input", () => rebuild({ noise: Number(el.noise.value) }));
  el.ratio.addEventListener("input", () => rebuild({ trainRatio: Number(el.ratio.value) }));
  el.regenerate.addEventListener("click", () => {
    rebuild({ seed: (session.config.seed % 100000) + 1 });
    announceData();
  });

  el.addLayer.addEventListener("click", () => {
    rebuild({ layers: addLayer(session.config.layers) });
    announceLayers();
  });
  el.removeLayer.addEventListener("click", () => {
    rebuild({ layers: removeLayer(session.config.layers) });
    announceLayers();
  });
  el.layers.addEventListener("click", (event) => {
    const button = event.target.closest("[data-nn-neuron]");
    if (!button || button.disabled) return;
    const index = Number(button.closest("[data-nn-layer]").dataset.nnLayer);
    const edit = button.dataset.nnNeuron === "add" ? addNeuron : removeNeuron;
    rebuild({ layers: edit(session.config.layers, index) });
    announceLayers();
  });
  el.activation.addEventListener("change", () => {
    rebuild({ activation: el.activation.value });
    const name = el.activation.selectedOptions[0]?.textContent.trim() || el.activation.value;
    ctx.announce(ctx.t("activation_changed", { activation: name }));
  });
  // The learning rate and batch size change while the network keeps what it has learnt.
  el.rate.addEventListener("change", () => {
    const rate = Number(el.rate.value);
    if (LEARNING_RATES.includes(rate)) session.config.learningRate = rate;
    save();
  });
  el.batch.addEventListener("change", () => {
    const size = Number(el.batch.value);
    if (BATCH_SIZES.includes(size)) session.config.batchSize = size;
    save();
  });

  /* ---------- the visitor's own points ---------- */

  const chosenClass = () => Number(el.classes.find((radio) => radio.checked)?.value ?? 1);

  function showPointError(message) {
    el.pointError.textContent = message;
    el.pointError.hidden = !message;
    for (const input of [el.x, el.y]) {
      if (message) input.setAttribute("aria-invalid", "true");
      else input.removeAttribute("aria-invalid");
    }
  }

  function addPoint(x, y) {
    const label = chosenClass();
    if (!addCustomPoint(session, x, y, label)) {
      const message = ctx.t("points_full", { max: integer(MAX_CUSTOM_POINTS) });
      showPointError(message);
      ctx.announce(message);
      return;
    }
    showPointError("");
    save();
    syncCustomPoints();
    render();
    const added = session.config.customPoints[session.config.customPoints.length - 1];
    ctx.announce(
      ctx.t("point_added", {
        x: decimal(added.x),
        y: decimal(added.y),
        label: ctx.t(`class_${label}`),
      }),
    );
  }

  el.plane.addEventListener("click", (event) => {
    const rect = el.plane.getBoundingClientRect();
    if (!rect.width || !rect.height) return;
    const [x, y] = pixelToPlane(
      event.clientX - rect.left,
      ((event.clientY - rect.top) * rect.width) / rect.height,
      rect.width,
    );
    addPoint(x, y);
  });

  el.pointForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const x = el.x.valueAsNumber;
    const y = el.y.valueAsNumber;
    const valid = [x, y].every((v) => Number.isFinite(v) && v >= -EXTENT && v <= EXTENT);
    if (!valid) {
      const message = ctx.t("point_invalid");
      showPointError(message);
      ctx.announce(message);
      return;
    }
    addPoint(x, y);
  });

  el.clearPoints.addEventListener("click", () => {
    clearCustomPoints(session);
    showPointError("");
    save();
    el.pointForm.querySelector('button[type="submit"]').focus();
    syncCustomPoints();
    render();
    ctx.announce(ctx.t("points_removed"));
  });

  /* ---------- reset my progress ---------- */

  ctx.onReset(() => {
    setRunning(false);
    run = 0;
    session = createSession(DEFAULT_CONFIG, run);
    showPointError("");
    syncControls();
    render();
  });

  // Redraw at the new size when the window changes (once per frame at most).
  let resizing = 0;
  window.addEventListener("resize", () => {
    if (resizing) return;
    resizing = requestAnimationFrame(() => {
      resizing = 0;
      render();
    });
  });

  syncControls();
  render();
});
