/* Geometry and colours of the playground's two canvases, as pure functions (no DOM).
 *
 * The plane is mathematical, so it keeps its orientation in every language (x grows to the
 * right, y upwards). The loss chart is a time line, so in right-to-left languages epoch 0 is
 * on the right and time runs leftwards.
 */

import { EXTENT } from "./core.js";

// Orange for class 0, blue for class 1 (a pair that colour-blind visitors can tell apart);
// the points also differ in shape, so colour is never the only cue.
export const CLASS_COLOURS = Object.freeze([
  Object.freeze([232, 119, 34]),
  Object.freeze([8, 104, 172]),
]);
const NEUTRAL = [246, 246, 244];

/** Canvas pixel of plane point (x, y) on a square canvas of `size` pixels. */
export function planeToPixel(x, y, size) {
  return [((x + EXTENT) / (2 * EXTENT)) * size, ((EXTENT - y) / (2 * EXTENT)) * size];
}

/** Plane point under canvas pixel (px, py), rounded to one decimal and kept on the plane. */
export function pixelToPlane(px, py, size) {
  const round = (v) => Math.round(Math.max(-EXTENT, Math.min(EXTENT, v)) * 10) / 10 || 0;
  return [round((px / size) * 2 * EXTENT - EXTENT), round(EXTENT - (py / size) * 2 * EXTENT)];
}

/**
 * Heat-map colour [r, g, b] for output probability p: the class colour, stronger the more
 * certain the network is, fading to a pale neutral at p = 0.5.
 */
export function heatColour(p) {
  const certainty = Math.min(1, Math.abs(p - 0.5) * 2);
  const target = CLASS_COLOURS[p >= 0.5 ? 1 : 0];
  const weight = 0.7 * certainty;
  return NEUTRAL.map((n, i) => Math.round(n + (target[i] - n) * weight));
}

/** RGBA bytes for a size x size grid of probabilities (as ImageData wants them). */
export function heatPixels(grid) {
  const bytes = new Uint8ClampedArray(grid.length * 4);
  for (let i = 0; i < grid.length; i += 1) {
    const [r, g, b] = heatColour(grid[i]);
    bytes.set([r, g, b, 255], i * 4);
  }
  return bytes;
}

/** A round top for the loss axis: 1 (or more) rounded up to the next half. */
export function lossAxisMax(values) {
  const highest = values.reduce((m, v) => (Number.isFinite(v) ? Math.max(m, v) : m), 0);
  return Math.max(1, Math.ceil(highest * 2) / 2);
}

/**
 * Polyline [[x, y], ...] of `values` (one per epoch, from epoch 0) inside the box
 * {left, top, width, height}, at most `width` points (evenly sampled, last one kept).
 * Epoch 0 sits at the box's start edge: the left in LTR, the right when `rtl`.
 */
export function lossPolyline(values, box, { max = lossAxisMax(values), rtl = false } = {}) {
  const n = values.length;
  if (!n) return [];
  const limit = Math.max(2, Math.floor(box.width));
  const indices = [];
  if (n <= limit) {
    for (let i = 0; i < n; i += 1) indices.push(i);
  } else {
    for (let k = 0; k < limit; k += 1) indices.push(Math.round((k * (n - 1)) / (limit - 1)));
  }
  const span = Math.max(1, n - 1);
  return indices.map((i) => {
    const share = i / span;
    const x = rtl ? box.left + box.width * (1 - share) : box.left + box.width * share;
    const clamped = Math.max(0, Math.min(max, values[i]));
    return [x, box.top + box.height * (1 - clamped / max)];
  });
}
