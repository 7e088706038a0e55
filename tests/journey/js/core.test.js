import { test } from "node:test";
import assert from "node:assert/strict";

import {
  DONE,
  IN_PROGRESS,
  NEXT,
  NOT_STARTED,
  START,
  journeyStates,
  parseProgress,
  programState,
} from "../../../static/journey/core.js";

/* Two tracks of three programs; program ids 1-3 and 4-6, lessons 10+ . */
const DATA = {
  tracks: [
    { id: 1, programs: [{ id: 1, lessons: [11, 12] }, { id: 2, lessons: [21, 22] }, { id: 3, lessons: [31] }] },
    { id: 2, programs: [{ id: 4, lessons: [41] }, { id: 5, lessons: [51] }, { id: 6, lessons: [61] }] },
  ],
};

function stored(programs) {
  return parseProgress(JSON.stringify({ programs }));
}

test("a program is done only when every live lesson is done", () => {
  const progress = stored({ 1: { lessons: { 11: { done: true }, 12: { done: true } } } });
  assert.equal(programState(progress, DATA.tracks[0].programs[0]), DONE);
  const half = stored({ 1: { lessons: { 11: { done: true }, 12: { done: false } } } });
  assert.equal(programState(half, DATA.tracks[0].programs[0]), IN_PROGRESS);
});

test("a lesson opened but not finished puts its program in progress", () => {
  const progress = stored({ 2: { lessons: { 21: { done: false, passed: [] } } } });
  assert.equal(programState(progress, DATA.tracks[0].programs[1]), IN_PROGRESS);
});

test("lessons no longer published do not count", () => {
  const progress = stored({ 3: { lessons: { 99: { done: true } } } });
  assert.equal(programState(progress, DATA.tracks[0].programs[2]), NOT_STARTED);
});

test("a program without live lessons is never done", () => {
  assert.equal(programState(stored({ 7: { lessons: {} } }), { id: 7, lessons: [] }), NOT_STARTED);
});

test("in a started track the first program not done is next; untouched tracks start at the first stop", () => {
  const progress = stored({ 1: { lessons: { 11: { done: true }, 12: { done: true } } } });
  assert.deepEqual(journeyStates(DATA, progress), {
    1: DONE,
    2: NEXT,
    3: NOT_STARTED,
    4: START,
    5: NOT_STARTED,
    6: NOT_STARTED,
  });
});

test("an in-progress program stays in progress rather than becoming next", () => {
  const progress = stored({
    1: { lessons: { 11: { done: true }, 12: { done: true } } },
    2: { lessons: { 21: { done: true } } },
    5: { lessons: { 51: { done: true } } },
  });
  assert.deepEqual(journeyStates(DATA, progress), {
    1: DONE,
    2: IN_PROGRESS,
    3: NOT_STARTED,
    4: NEXT,
    5: DONE,
    6: NOT_STARTED,
  });
});

test("a finished track has no next stop", () => {
  const progress = stored({ 4: { lessons: { 41: { done: true } } }, 5: { lessons: { 51: { done: true } } }, 6: { lessons: { 61: { done: true } } } });
  const states = journeyStates(DATA, progress);
  assert.deepEqual([states[4], states[5], states[6]], [DONE, DONE, DONE]);
});

test("corrupt or foreign storage counts as no progress", () => {
  for (const raw of [null, "", "{not json", "[]", "42", '{"programs": []}', '{"programs": null}', '"text"']) {
    assert.deepEqual(parseProgress(raw), { programs: {} }, String(raw));
  }
  const everywhereStart = journeyStates(DATA, parseProgress("{not json"));
  assert.equal(everywhereStart[1], START);
  assert.equal(everywhereStart[4], START);
});

test("malformed entries inside valid JSON are ignored, and only done: true counts as done", () => {
  const progress = stored({ 1: "done", 2: { lessons: [21] }, 4: { lessons: { 41: "yes" } }, 5: { lessons: { 51: { done: "true" } } } });
  assert.deepEqual(journeyStates(DATA, progress), {
    1: START,
    2: NOT_STARTED,
    3: NOT_STARTED,
    4: NEXT,
    5: IN_PROGRESS,
    6: NOT_STARTED,
  });
});

test("a malformed map gives no states", () => {
  assert.deepEqual(journeyStates(null, parseProgress(null)), {});
  assert.deepEqual(journeyStates({ tracks: "x" }, parseProgress(null)), {});
});
