/*
 * Ethics simulator: the pure part (no DOM), tested with `node --test tests/lab/js/ethics.test.js`.
 *
 *  1. Scenarios: validation of the editors' data and the run's state machine.
 *  2. Synthetic applicants: a seeded generator (the same seed gives the same people).
 *  3. Fairness metrics per group and across groups.
 *  4. Threshold solvers: demographic parity, equal opportunity.
 *  5. Chart geometry: histogram bins and a score axis that follows the page direction.
 */

/* 1. Scenarios ------------------------------------------------------------------------- */

export const IMPACTS = ["helped", "harmed", "mixed"];

const text = (value) => (typeof value === "string" ? value.trim() : "");

/**
 * Checks the scenario blocks from the page (`{type: "scenario", id, value}`) and keeps the
 * usable ones. A scenario needs a title, a situation, a question and at least two choices;
 * a choice needs a label and at least one consequence with who, what and a known impact.
 * Returns {scenarios, errors}: errors name what was dropped, for the console.
 */
export function validateScenarios(blocks) {
  const scenarios = [];
  const errors = [];
  (Array.isArray(blocks) ? blocks : []).forEach((block, position) => {
    if (!block || block.type !== "scenario") return;
    const where = `scenario ${position + 1}`;
    const value = block.value || {};
    const scenario = {
      id: text(block.id) || `scenario-${position + 1}`,
      title: text(value.title),
      situation: text(value.situation),
      question: text(value.question),
      choices: [],
    };
    const missing = ["title", "situation", "question"].filter((field) => !scenario[field]);
    if (missing.length) {
      errors.push(`${where}: missing ${missing.join(", ")}`);
      return;
    }
    (Array.isArray(value.choices) ? value.choices : []).forEach((choice, number) => {
      const label = text(choice && choice.label);
      const consequences = (Array.isArray(choice && choice.consequences) ? choice.consequences : [])
        .map((item) => ({
          who: text(item && item.who),
          what: text(item && item.what),
          impact: text(item && item.impact),
        }))
        .filter((item) => {
          const ok = item.who && item.what && IMPACTS.includes(item.impact);
          if (!ok) errors.push(`${where}, choice ${number + 1}: a consequence is incomplete`);
          return ok;
        });
      if (!label || !consequences.length) {
        errors.push(`${where}, choice ${number + 1}: needs a label and a consequence`);
        return;
      }
      scenario.choices.push({ label, consequences, reflection: text(choice.reflection) });
    });
    if (scenario.choices.length < 2) {
      errors.push(`${where}: needs at least two usable choices`);
      return;
    }
    scenarios.push(scenario);
  });
  return { scenarios, errors };
}

/**
 * The run through the scenarios: {index, phase, answers}. phase is "question" (choosing),
 * "consequences" (the chosen decision's effects) or "summary" (after the last one).
 * answers: {scenario id: index of the chosen choice}. Every transition returns a new state.
 */
export function startRun(scenarios, saved) {
  const answers = {};
  const previous = saved && typeof saved === "object" ? saved.answers || {} : {};
  for (const scenario of scenarios) {
    const choice = previous[scenario.id];
    if (Number.isInteger(choice) && choice >= 0 && choice < scenario.choices.length) {
      answers[scenario.id] = choice;
    }
  }
  if (!scenarios.length) return { index: 0, phase: "summary", answers };
  const wanted = saved && Number.isInteger(saved.index) ? saved.index : 0;
  const index = Math.min(Math.max(wanted, 0), scenarios.length - 1);
  let phase = saved && saved.phase === "summary" ? "summary" : "question";
  if (saved && saved.phase === "consequences" && scenarios[index].id in answers) {
    phase = "consequences";
  }
  if (phase === "summary" && Object.keys(answers).length < scenarios.length) phase = "question";
  return { index, phase, answers };
}

export function choose(state, scenarios, choiceIndex) {
  const scenario = scenarios[state.index];
  if (state.phase !== "question" || !scenario) return state;
  if (!Number.isInteger(choiceIndex) || choiceIndex < 0 || choiceIndex >= scenario.choices.length) {
    return state;
  }
  return {
    ...state,
    phase: "consequences",
    answers: { ...state.answers, [scenario.id]: choiceIndex },
  };
}

/** Back to the question of the current scenario, to try another decision. */
export function reconsider(state) {
  if (state.phase !== "consequences") return state;
  return { ...state, phase: "question" };
}

export function next(state, scenarios) {
  if (state.phase !== "consequences") return state;
  if (state.index + 1 >= scenarios.length) return { ...state, phase: "summary" };
  return { ...state, index: state.index + 1, phase: "question" };
}

/** From the summary (or anywhere) back to the first scenario, forgetting the answers. */
export function restart() {
  return { index: 0, phase: "question", answers: {} };
}

export function currentChoice(state, scenarios) {
  const scenario = scenarios[state.index];
  if (!scenario || !(scenario.id in state.answers)) return null;
  return scenario.choices[state.answers[scenario.id]];
}

/**
 * What the visitor decided: one row per answered scenario (title, chosen label, counts of
 * impacts) and the totals of helped / harmed / mixed over all the decisions.
 */
export function summarize(state, scenarios) {
  const totals = { helped: 0, harmed: 0, mixed: 0 };
  const rows = [];
  for (const scenario of scenarios) {
    if (!(scenario.id in state.answers)) continue;
    const choice = scenario.choices[state.answers[scenario.id]];
    const counts = { helped: 0, harmed: 0, mixed: 0 };
    for (const consequence of choice.consequences) counts[consequence.impact] += 1;
    for (const impact of IMPACTS) totals[impact] += counts[impact];
    rows.push({ id: scenario.id, title: scenario.title, choice: choice.label, counts });
  }
  return { rows, totals, answered: rows.length, total: scenarios.length };
}

/* 2. Synthetic applicants ------------------------------------------------------------- */

/** mulberry32: a small seeded generator of floats in [0, 1). */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(random) {
  // Box-Muller; 1 - random() keeps the logarithm away from zero.
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/**
 * The default population: more of group A's applicants are qualified (60 % against 30 %)
 * and the score measures B's qualified applicants a little less well, so that one pair of
 * thresholds cannot satisfy demographic parity and equal opportunity at once.
 */
export const DEFAULT_GROUPS = {
  A: { size: 400, qualifiedShare: 0.6, qualifiedMean: 64, unqualifiedMean: 42, spread: 10 },
  B: { size: 400, qualifiedShare: 0.3, qualifiedMean: 60, unqualifiedMean: 40, spread: 10 },
};

export const DEFAULT_THRESHOLDS = { A: 55, B: 55 };

export const DEFAULT_SEED = 2026;

/** Applicants {group, score (integer 0-100), qualified}; the same seed gives the same list. */
export function generateApplicants(seed = DEFAULT_SEED, groups = DEFAULT_GROUPS) {
  const random = seededRandom(seed);
  const applicants = [];
  for (const [group, spec] of Object.entries(groups)) {
    const qualifiedCount = Math.round(spec.size * spec.qualifiedShare);
    for (let i = 0; i < spec.size; i += 1) {
      const qualified = i < qualifiedCount;
      const mean = qualified ? spec.qualifiedMean : spec.unqualifiedMean;
      const score = Math.round(mean + spec.spread * normal(random));
      applicants.push({ group, score: Math.min(100, Math.max(0, score)), qualified });
    }
  }
  return applicants;
}

/* 3. Fairness metrics ----------------------------------------------------------------- */

const ratio = (top, bottom) => (bottom === 0 ? null : top / bottom);

/**
 * An applicant is accepted when score >= threshold. Rates are fractions (0-1), or null when
 * they would divide by zero (e.g. precision when nobody is accepted).
 */
export function confusion(applicants, threshold) {
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  for (const applicant of applicants) {
    const accepted = applicant.score >= threshold;
    if (accepted && applicant.qualified) tp += 1;
    else if (accepted) fp += 1;
    else if (applicant.qualified) fn += 1;
    else tn += 1;
  }
  const size = tp + fp + tn + fn;
  return {
    size,
    tp,
    fp,
    tn,
    fn,
    accepted: tp + fp,
    selectionRate: ratio(tp + fp, size),
    tpr: ratio(tp, tp + fn),
    fpr: ratio(fp, fp + tn),
    fnr: ratio(fn, tp + fn),
    precision: ratio(tp, tp + fp),
    accuracy: ratio(tp + tn, size),
  };
}

export function byGroup(applicants) {
  const groups = {};
  for (const applicant of applicants) {
    (groups[applicant.group] ||= []).push(applicant);
  }
  return groups;
}

const gap = (a, b) => (a === null || b === null ? null : Math.abs(a - b));

/** Two percentage points: below this a gap counts as closed. */
export const TOLERANCE = 0.02;

/**
 * Metrics of groups A and B at their own thresholds, and across them: the demographic parity
 * difference (gap in selection rates), the equal opportunity difference (gap in true
 * positive rates) and the overall accuracy.
 */
export function fairnessReport(applicants, thresholds) {
  const groups = byGroup(applicants);
  const a = confusion(groups.A || [], thresholds.A);
  const b = confusion(groups.B || [], thresholds.B);
  const parityGap = gap(a.selectionRate, b.selectionRate);
  const opportunityGap = gap(a.tpr, b.tpr);
  return {
    A: a,
    B: b,
    parityGap,
    opportunityGap,
    accuracy: ratio(a.tp + a.tn + b.tp + b.tn, a.size + b.size),
    parityHolds: parityGap !== null && parityGap <= TOLERANCE,
    opportunityHolds: opportunityGap !== null && opportunityGap <= TOLERANCE,
  };
}

/* 4. Threshold solvers ---------------------------------------------------------------- */

export const MIN_THRESHOLD = 0;
export const MAX_THRESHOLD = 100;

/**
 * Keeps the threshold of `anchor` and moves the other group's to the integer that makes
 * `metric` ("selectionRate" or "tpr") closest to the anchor group's; ties go to the higher
 * accuracy, then to the threshold nearest the anchor's.
 */
function matchMetric(applicants, thresholds, metric, anchor) {
  const other = anchor === "A" ? "B" : "A";
  const groups = byGroup(applicants);
  const target = confusion(groups[anchor] || [], thresholds[anchor])[metric];
  let best = null;
  for (let t = MIN_THRESHOLD; t <= MAX_THRESHOLD; t += 1) {
    const candidate = { ...thresholds, [other]: t };
    const value = confusion(groups[other] || [], t)[metric];
    if (value === null || target === null) continue;
    const score = {
      thresholds: candidate,
      gap: Math.abs(value - target),
      accuracy: fairnessReport(applicants, candidate).accuracy,
      distance: Math.abs(t - thresholds[anchor]),
    };
    if (
      !best ||
      score.gap < best.gap - 1e-12 ||
      (Math.abs(score.gap - best.gap) <= 1e-12 &&
        (score.accuracy > best.accuracy + 1e-12 ||
          (Math.abs(score.accuracy - best.accuracy) <= 1e-12 && score.distance < best.distance)))
    ) {
      best = score;
    }
  }
  return best ? best.thresholds : { ...thresholds };
}

/** Thresholds giving both groups (nearly) the same acceptance rate. */
export function solveDemographicParity(applicants, thresholds, anchor = "A") {
  return matchMetric(applicants, thresholds, "selectionRate", anchor);
}

/** Thresholds giving qualified people of both groups (nearly) the same chance. */
export function solveEqualOpportunity(applicants, thresholds, anchor = "A") {
  return matchMetric(applicants, thresholds, "tpr", anchor);
}

/**
 * What to say after a solver ran: "both" when the two definitions hold, "parity-breaks-
 * opportunity" / "opportunity-breaks-parity" when the one asked for holds and the other not.
 */
export function conflict(report, asked) {
  if (report.parityHolds && report.opportunityHolds) return "both";
  if (asked === "parity" && report.parityHolds) return "parity-breaks-opportunity";
  if (asked === "opportunity" && report.opportunityHolds) return "opportunity-breaks-parity";
  return "neither";
}

/* 5. Chart geometry ------------------------------------------------------------------- */

/** Counts per bin of `width` score points: [{from, to, qualified, unqualified}]. */
export function histogram(applicants, width = 5) {
  const bins = [];
  for (let from = MIN_THRESHOLD; from <= MAX_THRESHOLD; from += width) {
    bins.push({ from, to: Math.min(from + width, MAX_THRESHOLD + 1), qualified: 0, unqualified: 0 });
  }
  for (const applicant of applicants) {
    const bin = bins[Math.floor((applicant.score - MIN_THRESHOLD) / width)];
    if (applicant.qualified) bin.qualified += 1;
    else bin.unqualified += 1;
  }
  return bins;
}

/**
 * Position of a score on an axis of `size` pixels inside `margin`: low scores at the start
 * of the line, which is the right in a right-to-left page (as the range slider below it).
 */
export function scoreToX(score, size, margin, dir = "ltr") {
  const span = MAX_THRESHOLD + 1 - MIN_THRESHOLD;
  const offset = margin + ((score - MIN_THRESHOLD) / span) * (size - 2 * margin);
  return dir === "rtl" ? size - offset : offset;
}
