/* The journey map in the browser: marks each stop with the visitor's progress.
 * The map is complete without this file; every visible word comes from the page's
 * #journey-labels block, the stops from #journey-data (see core.js). */

import { STORAGE_KEY, NOT_STARTED, journeyStates, parseProgress } from "./core.js";

const CLASSES = { done: "is-done", in_progress: "is-in-progress", next: "is-next", start: "is-start" };

function readJson(id) {
  const element = document.getElementById(id);
  try {
    return element ? JSON.parse(element.textContent) : null;
  } catch {
    return null;
  }
}

function storedProgress() {
  try {
    return parseProgress(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    return parseProgress(null); /* storage disabled */
  }
}

function markStop(stop, state, labels) {
  stop.classList.remove(...Object.values(CLASSES));
  stop.removeAttribute("aria-current");
  const status = stop.querySelector("[data-journey-status]");
  if (state !== NOT_STARTED && CLASSES[state]) stop.classList.add(CLASSES[state]);
  if (state === "next" || state === "in_progress") stop.setAttribute("aria-current", "step");
  if (status) status.textContent = state === NOT_STARTED ? "" : labels[state] || "";
}

function render() {
  const data = readJson("journey-data");
  const labels = readJson("journey-labels") || {};
  if (!data) return;
  const states = journeyStates(data, storedProgress());
  for (const stop of document.querySelectorAll("[data-journey-stop]")) {
    markStop(stop, states[stop.dataset.journeyStop] || NOT_STARTED, labels);
  }
}

render();
/* Progress made in another tab shows up here too. */
window.addEventListener("storage", (event) => {
  if (event.key === null || event.key === STORAGE_KEY) render();
});
