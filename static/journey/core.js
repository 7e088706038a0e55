/* The journey map's progress logic, free of the DOM (tested in tests/journey/js).
 *
 * Reads the progress store that static/js/learning.js keeps in localStorage
 * (key "educademy.progress.v1", shape documented there):
 *   {programs: {<program id>: {lessons: {<lesson id>: {done: bool, passed: [...]}}, last, ...}}}
 * and the map's data block (journey_data in journey/models.py):
 *   {tracks: [{id, programs: [{id, lessons: [<live lesson ids>]}]}]}
 * Stored data is never trusted: anything malformed counts as no progress.
 */

export const STORAGE_KEY = "educademy.progress.v1";

export const DONE = "done";
export const IN_PROGRESS = "in_progress";
export const NEXT = "next";
export const START = "start";
export const NOT_STARTED = "not_started";

function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The stored progress from its raw localStorage text; {programs: {}} when absent or corrupt. */
export function parseProgress(raw) {
  try {
    const data = JSON.parse(raw ?? "null");
    if (isObject(data) && isObject(data.programs)) return data;
  } catch {
    /* corrupt storage: no progress */
  }
  return { programs: {} };
}

/** DONE when every live lesson of `program` is done, IN_PROGRESS when any lesson was
 * opened or done, else NOT_STARTED. */
export function programState(progress, program) {
  const entry = progress.programs[String(program.id)];
  const lessons = isObject(entry) && isObject(entry.lessons) ? entry.lessons : {};
  const liveIds = (program.lessons || []).map(String);
  const done = liveIds.filter((id) => isObject(lessons[id]) && lessons[id].done === true);
  if (liveIds.length > 0 && done.length === liveIds.length) return DONE;
  const opened = liveIds.some((id) => isObject(lessons[id]));
  return done.length > 0 || opened ? IN_PROGRESS : NOT_STARTED;
}

/** {program id: state} for every stop of the map. In a started track the first program not
 * done is NEXT (unless already IN_PROGRESS); in a track not started the first stop is START. */
export function journeyStates(data, progress) {
  const states = {};
  const tracks = isObject(data) && Array.isArray(data.tracks) ? data.tracks : [];
  for (const track of tracks) {
    const programs = Array.isArray(track.programs) ? track.programs : [];
    const own = programs.map((program) => programState(progress, program));
    const started = own.some((state) => state !== NOT_STARTED);
    const firstOpen = own.findIndex((state) => state !== DONE);
    programs.forEach((program, index) => {
      let state = own[index];
      if (index === firstOpen && state === NOT_STARTED) state = started ? NEXT : START;
      states[program.id] = state;
    });
  }
  return states;
}
