// Ethics simulator core: node --test tests/lab/js/ethics.test.js
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import {
  DEFAULT_GROUPS,
  DEFAULT_THRESHOLDS,
  TOLERANCE,
  choose,
  confusion,
  conflict,
  currentChoice,
  fairnessReport,
  generateApplicants,
  histogram,
  next,
  reconsider,
  restart,
  scoreToX,
  seededRandom,
  solveDemographicParity,
  solveEqualOpportunity,
  startRun,
  summarize,
  validateScenarios,
} from "../../../static/lab/ethics/core.js";

const close = (actual, expected) => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);

// Ten hand-made applicants; every figure below was worked out on paper.
const person = (group, score, qualified) => ({ group, score, qualified });
const TINY = [
  person("A", 90, true),
  person("A", 80, true),
  person("A", 70, false),
  person("A", 60, true),
  person("A", 40, false),
  person("B", 85, true),
  person("B", 65, false),
  person("B", 55, true),
  person("B", 50, false),
  person("B", 30, false),
];
const groupA = TINY.filter((p) => p.group === "A");

describe("metrics of one group", () => {
  test("confusion counts and rates at threshold 65", () => {
    // Accepted: 90 (qualified), 80 (qualified), 70 (not); rejected: 60 (qualified), 40 (not).
    const m = confusion(groupA, 65);
    assert.deepEqual([m.tp, m.fp, m.fn, m.tn, m.size, m.accepted], [2, 1, 1, 1, 5, 3]);
    close(m.selectionRate, 3 / 5);
    close(m.tpr, 2 / 3);
    close(m.fpr, 1 / 2);
    close(m.fnr, 1 / 3);
    close(m.precision, 2 / 3);
    close(m.accuracy, 3 / 5);
  });

  test("a score equal to the threshold is accepted", () => {
    assert.equal(confusion(groupA, 70).accepted, 3);
    assert.equal(confusion(groupA, 71).accepted, 2);
  });

  test("rates that would divide by zero are null, not NaN", () => {
    const nobody = confusion(groupA, 101);
    assert.equal(nobody.accepted, 0);
    assert.equal(nobody.precision, null);
    assert.equal(nobody.selectionRate, 0);
    close(nobody.fnr, 1);
    const unqualified = confusion([person("A", 50, false)], 40);
    assert.equal(unqualified.tpr, null);
    assert.equal(unqualified.fnr, null);
    close(unqualified.fpr, 1);
    assert.equal(confusion([], 50).selectionRate, null);
  });
});

describe("metrics across groups", () => {
  test("parity and opportunity gaps and accuracy", () => {
    // B at 60 accepts 85 (qualified) and 65 (not): selection 2/5, TPR 1/2, FPR 1/3.
    const r = fairnessReport(TINY, { A: 65, B: 60 });
    close(r.B.selectionRate, 2 / 5);
    close(r.B.tpr, 1 / 2);
    close(r.B.fpr, 1 / 3);
    close(r.B.fnr, 1 / 2);
    close(r.B.precision, 1 / 2);
    close(r.parityGap, 3 / 5 - 2 / 5);
    close(r.opportunityGap, 2 / 3 - 1 / 2);
    close(r.accuracy, 6 / 10);
    assert.equal(r.parityHolds, false);
    assert.equal(r.opportunityHolds, false);
  });

  test("equal rates hold within the tolerance", () => {
    const r = fairnessReport(TINY, { A: 65, B: 55 });
    close(r.parityGap, 0);
    assert.equal(r.parityHolds, true);
    assert.ok(TOLERANCE > 0 && TOLERANCE < 0.05);
  });
});

describe("threshold solvers", () => {
  test("demographic parity moves B to accept three of five, as A does", () => {
    // 51..55 all accept three of B's five; they tie on accuracy (4/5): nearest to 65 wins.
    assert.deepEqual(solveDemographicParity(TINY, { A: 65, B: 60 }), { A: 65, B: 55 });
    const r = fairnessReport(TINY, { A: 65, B: 55 });
    close(r.B.tpr, 1);
    close(r.opportunityGap, 1 / 3); // parity reached, opportunity now further apart
  });

  test("equal opportunity moves B to the closest true positive rate, then the best accuracy", () => {
    // B's TPR can only be 0, 1/2 or 1; 1/2 is closest to A's 2/3. Of 56..85, which give 1/2,
    // 66..85 reject the unqualified 65 (accuracy 4/5 instead of 3/5); 66 is nearest to A's 65.
    assert.deepEqual(solveEqualOpportunity(TINY, { A: 65, B: 30 }), { A: 65, B: 66 });
  });

  test("the anchor group keeps its threshold", () => {
    const solved = solveDemographicParity(TINY, { A: 65, B: 55 }, "B");
    assert.equal(solved.B, 55);
    close(fairnessReport(TINY, solved).parityGap, 0);
  });

  test("on the default population, meeting one definition breaks the other", () => {
    const applicants = generateApplicants();
    for (const a of [50, 55, 60, 65]) {
      const start = { A: a, B: a };
      const parity = fairnessReport(applicants, solveDemographicParity(applicants, start));
      assert.equal(conflict(parity, "parity"), "parity-breaks-opportunity", `A at ${a}`);
      assert.ok(parity.opportunityGap > 0.04);
      const opportunity = fairnessReport(applicants, solveEqualOpportunity(applicants, start));
      assert.equal(conflict(opportunity, "opportunity"), "opportunity-breaks-parity");
      assert.ok(opportunity.parityGap > 0.1);
    }
  });

  test("conflict names what holds", () => {
    const report = (parityHolds, opportunityHolds) => ({ parityHolds, opportunityHolds });
    assert.equal(conflict(report(true, true), "parity"), "both");
    assert.equal(conflict(report(false, true), "parity"), "neither");
    assert.equal(conflict(report(true, false), "opportunity"), "neither");
  });
});

describe("synthetic applicants", () => {
  test("the same seed gives the same people, another seed others", () => {
    assert.deepEqual(generateApplicants(7), generateApplicants(7));
    assert.notDeepEqual(generateApplicants(7), generateApplicants(8));
    const random = seededRandom(42);
    const again = seededRandom(42);
    for (let i = 0; i < 100; i += 1) {
      const value = random();
      assert.equal(value, again());
      assert.ok(value >= 0 && value < 1);
    }
  });

  test("group sizes, qualified shares and integer scores from 0 to 100", () => {
    const applicants = generateApplicants();
    for (const [group, spec] of Object.entries(DEFAULT_GROUPS)) {
      const members = applicants.filter((p) => p.group === group);
      assert.equal(members.length, spec.size);
      assert.equal(members.filter((p) => p.qualified).length, Math.round(spec.size * spec.qualifiedShare));
      for (const p of members) assert.ok(Number.isInteger(p.score) && p.score >= 0 && p.score <= 100);
      const mean = (list) => list.reduce((sum, p) => sum + p.score, 0) / list.length;
      const qualified = mean(members.filter((p) => p.qualified));
      assert.ok(Math.abs(qualified - spec.qualifiedMean) < 2, `${group}: ${qualified}`);
    }
    // Same rule for both groups: B is accepted less often.
    const same = fairnessReport(applicants, DEFAULT_THRESHOLDS);
    assert.ok(same.A.selectionRate - same.B.selectionRate > 0.15);
  });
});

describe("chart geometry", () => {
  test("histogram counts every applicant in five-point bins", () => {
    const bins = histogram(TINY, 5);
    assert.equal(bins.length, 21);
    assert.deepEqual(bins[18], { from: 90, to: 95, qualified: 1, unqualified: 0 });
    assert.deepEqual(bins[13], { from: 65, to: 70, qualified: 0, unqualified: 1 });
    const total = bins.reduce((sum, b) => sum + b.qualified + b.unqualified, 0);
    assert.equal(total, TINY.length);
    assert.equal(histogram([person("A", 100, true)], 5)[20].qualified, 1);
  });

  test("the score axis runs from the start side: right in right-to-left pages", () => {
    close(scoreToX(0, 500, 10, "ltr"), 10);
    close(scoreToX(0, 500, 10, "rtl"), 490);
    close(scoreToX(50, 500, 10, "ltr") + scoreToX(50, 500, 10, "rtl"), 500);
    assert.ok(scoreToX(80, 500, 10, "rtl") < scoreToX(20, 500, 10, "rtl"));
  });
});

/* Scenarios -------------------------------------------------------------------------- */

const consequence = (who, impact) => ({ who, what: `${who} notices`, impact });
const block = (id, title, choices) => ({
  type: "scenario",
  id,
  value: { title, situation: `${title} situation`, question: `${title}?`, choices },
});
const choice = (label, ...consequences) => ({ label, consequences, reflection: "" });
const BLOCKS = [
  block("s1", "Screener", [
    choice("Keep it", consequence("Applicants", "harmed"), consequence("Recruiters", "helped")),
    choice("Audit it", consequence("Applicants", "mixed")),
  ]),
  block("s2", "Triage", [
    choice("Automate", consequence("Patients", "mixed"), consequence("Nurses", "helped")),
    { label: "Ask a nurse", consequences: [consequence("Patients", "helped")], reflection: " Why? " },
  ]),
];

describe("scenario data", () => {
  test("valid scenarios are kept with their choices and trimmed text", () => {
    const { scenarios, errors } = validateScenarios(BLOCKS);
    assert.deepEqual(errors, []);
    assert.equal(scenarios.length, 2);
    assert.equal(scenarios[1].choices[1].reflection, "Why?");
    assert.deepEqual(scenarios[0].choices[0].consequences[0], {
      who: "Applicants",
      what: "Applicants notices",
      impact: "harmed",
    });
  });

  test("incomplete scenarios, choices and consequences are dropped with a reason", () => {
    const { scenarios, errors } = validateScenarios([
      { type: "round", id: "x", value: {} }, // another experiment's block: ignored silently
      block("no-title", "", [choice("a", consequence("x", "helped")), choice("b", consequence("y", "harmed"))]),
      block("one-choice", "One", [choice("Only", consequence("x", "helped")), choice("", consequence("y", "helped"))]),
      block("bad-impact", "Bad", [
        choice("A", consequence("x", "helped"), consequence("y", "terrible")),
        choice("B", consequence("z", "harmed")),
      ]),
    ]);
    assert.deepEqual(
      scenarios.map((s) => s.id),
      ["bad-impact"],
    );
    assert.equal(scenarios[0].choices[0].consequences.length, 1); // "terrible" is not an impact
    assert.equal(errors.length, 4);
    assert.match(errors[0], /scenario 2: missing title/);
    assert.match(errors.join("\n"), /needs at least two usable choices/);
    assert.deepEqual(validateScenarios(null), { scenarios: [], errors: [] });
  });
});

describe("scenario run", () => {
  const { scenarios } = validateScenarios(BLOCKS);

  test("choose, see consequences, reconsider, go on, reach the summary", () => {
    let state = startRun(scenarios, null);
    assert.deepEqual(state, { index: 0, phase: "question", answers: {} });
    assert.equal(next(state, scenarios), state); // cannot skip a question
    state = choose(state, scenarios, 0);
    assert.equal(state.phase, "consequences");
    assert.equal(currentChoice(state, scenarios).label, "Keep it");
    assert.equal(choose(state, scenarios, 1), state); // no choosing while reading consequences
    state = choose(reconsider(state), scenarios, 1);
    assert.equal(currentChoice(state, scenarios).label, "Audit it");
    state = next(state, scenarios);
    assert.deepEqual([state.index, state.phase], [1, "question"]);
    assert.equal(choose(state, scenarios, 5), state); // no such choice
    state = next(choose(state, scenarios, 1), scenarios);
    assert.equal(state.phase, "summary");
    assert.deepEqual(state.answers, { s1: 1, s2: 1 });

    const summary = summarize(state, scenarios);
    assert.deepEqual(summary.totals, { helped: 1, harmed: 0, mixed: 1 });
    assert.deepEqual(
      summary.rows.map((row) => [row.title, row.choice]),
      [
        ["Screener", "Audit it"],
        ["Triage", "Ask a nurse"],
      ],
    );
    assert.deepEqual([summary.answered, summary.total], [2, 2]);
    assert.deepEqual(restart(), { index: 0, phase: "question", answers: {} });
  });

  test("a saved run resumes; stale answers and positions are ignored", () => {
    const resumed = startRun(scenarios, { index: 1, phase: "consequences", answers: { s1: 0, s2: 1 } });
    assert.deepEqual(resumed, { index: 1, phase: "consequences", answers: { s1: 0, s2: 1 } });
    const stale = startRun(scenarios, { index: 9, phase: "summary", answers: { s1: 7, gone: 0, s2: "1" } });
    assert.deepEqual(stale, { index: 1, phase: "question", answers: {} });
    const unanswered = startRun(scenarios, { index: 0, phase: "consequences", answers: {} });
    assert.equal(unanswered.phase, "question");
    assert.equal(startRun([], null).phase, "summary");
  });
});
