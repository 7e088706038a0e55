/* Ethics simulator: the page on top of core.js (scenarios, then the fairness explorer). */
import { startExperiment } from "../common.js";
import {
  DEFAULT_THRESHOLDS,
  MAX_THRESHOLD,
  MIN_THRESHOLD,
  choose,
  conflict,
  currentChoice,
  fairnessReport,
  generateApplicants,
  histogram,
  next,
  reconsider,
  restart,
  scoreToX,
  solveDemographicParity,
  solveEqualOpportunity,
  startRun,
  summarize,
  validateScenarios,
} from "./core.js";

const SVG = "http://www.w3.org/2000/svg";
const SYMBOLS = { helped: "✓", harmed: "✗", mixed: "±" };
const GROUPS = ["A", "B"];

function element(name, attributes = {}, textContent = "") {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  if (textContent) node.textContent = textContent;
  return node;
}

function svgElement(name, attributes = {}, textContent = "") {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (textContent) node.textContent = textContent;
  return node;
}

function impactBadge(ctx, impact) {
  const badge = element("span", { class: `ethics-impact ethics-impact-${impact}` });
  badge.append(element("span", { "aria-hidden": "true" }, SYMBOLS[impact]), " ", ctx.t(`impact.${impact}`));
  return badge;
}

/* Part 1: scenarios ------------------------------------------------------------------- */

function setupScenarios(ctx) {
  const root = ctx.app.querySelector("[data-ethics-scenarios]");
  const $ = (hook) => root.querySelector(`[data-ethics-${hook}]`);
  const { scenarios, errors } = validateScenarios(ctx.data.blocks);
  for (const error of errors) console.warn(`Ethics simulator: ${error}`);
  if (!scenarios.length) {
    $("empty").hidden = false;
    return;
  }
  let state = startRun(scenarios, ctx.store.get("run"));
  const views = { question: $("question"), consequences: $("consequences"), summary: $("summary") };
  const n = (value) => ctx.formatNumber(value);
  const counted = (counts) => ({ helped: n(counts.helped), harmed: n(counts.harmed), mixed: n(counts.mixed) });
  const progress = () => ctx.t("progress", { n: n(state.index + 1), total: n(scenarios.length) });

  const save = () => ctx.store.set("run", state);

  function renderQuestion() {
    const scenario = scenarios[state.index];
    $("progress").textContent = progress();
    $("title").textContent = scenario.title;
    $("situation").textContent = scenario.situation;
    $("question-text").textContent = scenario.question;
    const list = $("choices");
    list.replaceChildren();
    scenario.choices.forEach((choice, number) => {
      const id = `ethics-choice-${number}`;
      const row = element("p", { class: "ethics-choice" });
      const input = element("input", { type: "radio", name: "ethics-choice", id, value: String(number) });
      input.required = true;
      if (state.answers[scenario.id] === number) input.checked = true;
      row.append(input, element("label", { for: id }, choice.label));
      list.append(row);
    });
  }

  function renderConsequences() {
    const scenario = scenarios[state.index];
    const choice = currentChoice(state, scenarios);
    $("consequences-progress").textContent = progress();
    $("consequences-title").textContent = scenario.title;
    $("chosen").textContent = ctx.t("chosen", { choice: choice.label });
    const list = $("consequence-list");
    list.replaceChildren();
    for (const consequence of choice.consequences) {
      const item = element("li", { class: `ethics-consequence ethics-consequence-${consequence.impact}` });
      const who = element("strong", { class: "ethics-who" }, consequence.who);
      item.append(impactBadge(ctx, consequence.impact), " ", who, element("span", { class: "ethics-what" }, consequence.what));
      list.append(item);
    }
    $("reflection").hidden = !choice.reflection;
    $("reflection-text").textContent = choice.reflection;
    const last = state.index + 1 >= scenarios.length;
    $("next").hidden = last;
    $("to-summary").hidden = !last;
  }

  function renderSummary() {
    const summary = summarize(state, scenarios);
    $("summary-totals").textContent = ctx.t("summary_totals", counted(summary.totals));
    const list = $("summary-list");
    list.replaceChildren();
    for (const row of summary.rows) {
      const item = element("li");
      item.append(
        element("strong", {}, row.title),
        element("span", { class: "ethics-summary-choice" }, ctx.t("chosen", { choice: row.choice })),
        element("span", { class: "ethics-summary-counts" }, ctx.t("summary_row", counted(row.counts))),
      );
      list.append(item);
    }
  }

  function render(focus = false) {
    for (const [phase, view] of Object.entries(views)) view.hidden = phase !== state.phase;
    if (state.phase === "question") renderQuestion();
    if (state.phase === "consequences") renderConsequences();
    if (state.phase === "summary") renderSummary();
    if (!focus) return;
    const target = { question: "title", consequences: "consequences-title", summary: "summary-heading" };
    $(target[state.phase]).focus();
  }

  function update(newState) {
    if (newState === state) return false;
    state = newState;
    save();
    render(true);
    return true;
  }

  $("form").addEventListener("submit", (event) => {
    event.preventDefault();
    const picked = root.querySelector("input[name='ethics-choice']:checked");
    if (!picked || !update(choose(state, scenarios, Number(picked.value)))) return;
    const choice = currentChoice(state, scenarios);
    const counts = { helped: 0, harmed: 0, mixed: 0 };
    for (const consequence of choice.consequences) counts[consequence.impact] += 1;
    ctx.announce(ctx.t("consequences_announce", { choice: choice.label, ...counted(counts) }));
  });
  $("reconsider").addEventListener("click", () => update(reconsider(state)));
  const goOn = () => {
    if (!update(next(state, scenarios))) return;
    if (state.phase === "summary") ctx.announce(ctx.t("summary_announce"));
    else {
      const title = scenarios[state.index].title;
      ctx.announce(ctx.t("scenario_announce", { n: n(state.index + 1), total: n(scenarios.length), title }));
    }
  };
  $("next").addEventListener("click", goOn);
  $("to-summary").addEventListener("click", goOn);
  $("restart").addEventListener("click", () => update(restart()));
  ctx.onReset(() => {
    state = restart();
    render(false);
  });
  render(false);
}

/* Part 2: fairness explorer ------------------------------------------------------------ */

const WIDTH = 400;
const HEIGHT = 190;
const MARGIN = 14;
const BASELINE = 92; // qualified bars rise above it, unqualified bars hang below
const BAR_SPACE = 70;

function drawChart(ctx, svg, bins, threshold, peak) {
  const x = (score) => scoreToX(score, WIDTH, MARGIN, ctx.dir);
  const nodes = [];
  const start = x(threshold);
  const end = x(MAX_THRESHOLD + 1);
  nodes.push(
    svgElement("rect", {
      class: "ethics-accepted-area",
      x: Math.min(start, end),
      y: 4,
      width: Math.abs(end - start),
      height: BASELINE + BAR_SPACE + 4,
    }),
  );
  for (const bin of bins) {
    const left = Math.min(x(bin.from), x(bin.to));
    const width = Math.max(Math.abs(x(bin.to) - x(bin.from)) - 1, 1);
    const up = (bin.qualified / peak) * BAR_SPACE;
    const down = (bin.unqualified / peak) * BAR_SPACE;
    if (up) nodes.push(svgElement("rect", { class: "ethics-bar-qualified", x: left, y: BASELINE - up, width, height: up }));
    if (down) nodes.push(svgElement("rect", { class: "ethics-bar-unqualified", x: left, y: BASELINE, width, height: down }));
  }
  nodes.push(svgElement("line", { class: "ethics-axis", x1: x(0), x2: end, y1: BASELINE, y2: BASELINE }));
  for (const tick of [0, 25, 50, 75, 100]) {
    const at = x(tick);
    nodes.push(svgElement("line", { class: "ethics-tick", x1: at, x2: at, y1: HEIGHT - 24, y2: HEIGHT - 20 }));
    nodes.push(
      svgElement("text", { class: "ethics-tick-label", x: at, y: HEIGHT - 8, "text-anchor": "middle" }, ctx.formatNumber(tick)),
    );
  }
  const line = x(threshold);
  nodes.push(svgElement("line", { class: "ethics-threshold", x1: line, x2: line, y1: 4, y2: HEIGHT - 22 }));
  const labelAt = Math.min(WIDTH - 56, Math.max(56, line));
  const label = svgElement("text", { class: "ethics-threshold-label", x: labelAt, y: 14, "text-anchor": "middle" });
  label.textContent = ctx.t("chart_threshold", { value: ctx.formatNumber(threshold) });
  nodes.push(label);
  svg.replaceChildren(...nodes);
}

function setupFairness(ctx) {
  const root = ctx.app.querySelector("[data-ethics-fairness]");
  const applicants = generateApplicants();
  const members = Object.fromEntries(GROUPS.map((g) => [g, applicants.filter((p) => p.group === g)]));
  const bins = Object.fromEntries(GROUPS.map((g) => [g, histogram(members[g], 5)]));
  const peak = Math.max(...GROUPS.flatMap((g) => bins[g].flatMap((b) => [b.qualified, b.unqualified])));
  const sliders = Object.fromEntries(GROUPS.map((g) => [g, root.querySelector(`[data-ethics-threshold="${g}"]`)]));
  const outputs = Object.fromEntries(GROUPS.map((g) => [g, root.querySelector(`[data-ethics-threshold-output="${g}"]`)]));
  const verdict = root.querySelector("[data-ethics-verdict]");

  const clamp = (value) => Math.min(MAX_THRESHOLD, Math.max(MIN_THRESHOLD, Math.round(Number(value))));
  const readSaved = () => {
    const saved = ctx.store.get("thresholds", DEFAULT_THRESHOLDS) || DEFAULT_THRESHOLDS;
    return Object.fromEntries(GROUPS.map((g) => [g, Number.isFinite(saved[g]) ? clamp(saved[g]) : DEFAULT_THRESHOLDS[g]]));
  };
  let thresholds = readSaved();

  const percent = (value) =>
    value === null ? ctx.t("not_defined") : ctx.formatNumber(value, { style: "percent", maximumFractionDigits: 1 });
  const points = (value) =>
    value === null
      ? ctx.t("not_defined")
      : ctx.t("points", {
          value: ctx.formatNumber(value * 100, { maximumFractionDigits: 1, minimumFractionDigits: 1 }),
        });
  const cells = (row) => root.querySelectorAll(`[data-ethics-row="${row}"] td`);
  const status = (holds) => {
    const mark = element("span", { class: holds ? "ethics-holds" : "ethics-broken" });
    mark.append(element("span", { "aria-hidden": "true" }, holds ? "✓" : "✗"), " ", holds ? ctx.t("holds") : ctx.t("does_not_hold"));
    return mark;
  };

  function render() {
    const report = fairnessReport(applicants, thresholds);
    for (const [column, group] of GROUPS.entries()) {
      const m = report[group];
      sliders[group].value = String(thresholds[group]);
      outputs[group].textContent = ctx.formatNumber(thresholds[group]);
      const svg = root.querySelector(`[data-ethics-chart="${group}"]`);
      drawChart(ctx, svg, bins[group], thresholds[group], peak);
      svg.setAttribute(
        "aria-label",
        ctx.t("chart_label", {
          group: ctx.t(`group.${group}`),
          qualified: ctx.formatNumber(m.tp + m.fn),
          unqualified: ctx.formatNumber(m.fp + m.tn),
          threshold: ctx.formatNumber(thresholds[group]),
          accepted: ctx.formatNumber(m.accepted),
        }),
      );
      cells("threshold")[column].textContent = ctx.formatNumber(thresholds[group]);
      cells("accepted")[column].textContent = ctx.formatNumber(m.accepted);
      for (const rate of ["selectionRate", "tpr", "fpr", "fnr", "precision", "accuracy"]) {
        cells(rate)[column].textContent = percent(m[rate]);
      }
    }
    const [parityValue, parityStatus] = cells("parity");
    parityValue.textContent = points(report.parityGap);
    parityStatus.replaceChildren(status(report.parityHolds));
    const [opportunityValue, opportunityStatus] = cells("opportunity");
    opportunityValue.textContent = points(report.opportunityGap);
    opportunityStatus.replaceChildren(status(report.opportunityHolds));
    const [overall, overallStatus] = cells("overall");
    overall.textContent = percent(report.accuracy);
    overallStatus.textContent = "";
    return report;
  }

  const summary = (report) =>
    ctx.t("status", {
      a: ctx.formatNumber(thresholds.A),
      b: ctx.formatNumber(thresholds.B),
      selection_a: percent(report.A.selectionRate),
      selection_b: percent(report.B.selectionRate),
      accuracy: percent(report.accuracy),
    });

  function set(newThresholds) {
    thresholds = newThresholds;
    ctx.store.set("thresholds", thresholds);
    return render();
  }

  for (const group of GROUPS) {
    sliders[group].addEventListener("input", () => {
      verdict.hidden = true;
      set({ ...thresholds, [group]: clamp(sliders[group].value) });
    });
    sliders[group].addEventListener("change", () => ctx.announce(summary(fairnessReport(applicants, thresholds))));
  }

  const messages = {
    both: "both_hold",
    neither: "neither_holds",
    "parity-breaks-opportunity": "parity_breaks_opportunity",
    "opportunity-breaks-parity": "opportunity_breaks_parity",
  };
  root.querySelectorAll("[data-ethics-solve]").forEach((button) => {
    button.addEventListener("click", () => {
      const asked = button.dataset.ethicsSolve;
      let text;
      if (asked === "same") {
        const report = set({ A: thresholds.A, B: thresholds.A });
        text = `${ctx.t("same_threshold", { value: ctx.formatNumber(thresholds.A) })} ${summary(report)}`;
      } else {
        const solve = asked === "parity" ? solveDemographicParity : solveEqualOpportunity;
        const report = set(solve(applicants, thresholds));
        text = ctx.t(messages[conflict(report, asked)], {
          parity: points(report.parityGap),
          opportunity: points(report.opportunityGap),
        });
      }
      verdict.textContent = text;
      verdict.hidden = false;
      ctx.announce(text);
    });
  });

  ctx.onReset(() => {
    verdict.hidden = true;
    thresholds = { ...DEFAULT_THRESHOLDS };
    render();
  });
  render();
}

startExperiment((ctx) => {
  setupScenarios(ctx);
  setupFairness(ctx);
});
