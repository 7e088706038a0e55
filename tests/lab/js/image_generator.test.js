import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import {
  PIXELS,
  cosineAlphaBar,
  createRandom,
  ddimTimesteps,
  decodeModel,
  modelInput,
  predictNoise,
  sample,
  sampleFrames,
  toGreyLevels,
  toRgba,
} from "../../../static/lab/image_generator/core.js";

const weightsUrl = new URL("../../../static/lab/image_generator/weights.json", import.meta.url);
const json = JSON.parse(readFileSync(weightsUrl, "utf8"));
const model = decodeModel(json);

test("the weights decode into 106 -> 128 -> 128 -> 128 -> 64 layers", () => {
  assert.deepEqual(
    model.layers.map((layer) => [layer.in, layer.out, layer.activation]),
    [
      [106, 128, "silu"],
      [128, 128, "silu"],
      [128, 128, "silu"],
      [128, 64, "linear"],
    ],
  );
  for (const layer of model.layers) {
    assert.equal(layer.weights.length, layer.in * layer.out);
    assert.equal(layer.bias.length, layer.out);
    assert.ok(layer.weights.every(Number.isFinite));
  }
  // One scale per output neuron; the largest weight of each row is +-127 times its scale.
  const first = json.layers[0];
  const row = model.layers[0].weights.slice(0, first.in).map(Math.abs);
  assert.ok(Math.abs(Math.max(...row) - 127 * first.scales[0]) < 1e-12);
});

test("the weights file stays small", () => {
  assert.ok(readFileSync(weightsUrl).length < 150_000);
});

test("an unknown format or a truncated layer is refused", () => {
  assert.throws(() => decodeModel({ ...json, format: "other" }), /Unknown model format/);
  const layers = [{ ...json.layers[0], weights: "AAAA" }, ...json.layers.slice(1)];
  assert.throws(() => decodeModel({ ...json, layers }), /has 3 weights/);
});

test("the forward pass gives what the training script computed for the same input", () => {
  const { x, t, digit, eps } = json.check;
  const output = predictNoise(model, Float64Array.from(x), t, digit);
  assert.equal(output.length, PIXELS);
  output.forEach((value, i) => assert.ok(Math.abs(value - eps[i]) < 1e-4, `eps[${i}]`));
});

test("the cosine schedule matches the training script's and falls from 1 to about 0", () => {
  const alphaBar = cosineAlphaBar(json.schedule.steps, json.schedule.s);
  assert.equal(alphaBar.length, 101);
  assert.equal(alphaBar[0], 1);
  alphaBar.forEach((value, t) => {
    assert.ok(Math.abs(value - json.schedule.alpha_bar[t]) < 1e-7, `alpha_bar[${t}]`);
    if (t > 0) assert.ok(value < alphaBar[t - 1], `decreasing at ${t}`);
  });
  assert.ok(alphaBar[100] < 1e-6);
  // Hand-computed: f(50) / f(0) = cos(0.508 / 1.008 * pi / 2) ** 2 / cos(0.008 / 1.008 * pi / 2) ** 2
  const half = Math.cos((0.508 / 1.008) * (Math.PI / 2)) ** 2;
  const zero = Math.cos((0.008 / 1.008) * (Math.PI / 2)) ** 2;
  assert.ok(Math.abs(alphaBar[50] - half / zero) < 1e-12);
});

test("DDIM steps run from T down to 1, distinct, as many as asked (2..T)", () => {
  assert.deepEqual(ddimTimesteps(100, 5), [100, 75, 51, 26, 1]);
  assert.deepEqual(ddimTimesteps(100, 2), [100, 1]);
  for (const count of [5, 10, 17, 50, 99, 100]) {
    const steps = ddimTimesteps(100, count);
    assert.equal(steps.length, count);
    assert.equal(steps[0], 100);
    assert.equal(steps.at(-1), 1);
    steps.slice(1).forEach((t, i) => assert.ok(t < steps[i]));
  }
  assert.equal(ddimTimesteps(100, 500).length, 100);
  assert.equal(ddimTimesteps(100, 0).length, 2);
});

test("the model input holds the image, the step features and the one-hot digit", () => {
  const x = new Float64Array(PIXELS).fill(0.5);
  const input = modelInput(model, x, 50, 7);
  assert.equal(input.length, 106);
  assert.equal(input[0], 0.5);
  assert.ok(Math.abs(input[64] - Math.sin(Math.PI / 2)) < 1e-12); // sin(pi * 1 * 50 / 100)
  assert.ok(Math.abs(input[80] - Math.cos(Math.PI / 2)) < 1e-12);
  assert.deepEqual(Array.from(input.slice(96)), [0, 0, 0, 0, 0, 0, 0, 1, 0, 0]);
  assert.deepEqual(Array.from(modelInput(model, x, 50, null).slice(96)), Array(10).fill(0));
});

test("the random source is seeded: same seed, same numbers; normals look standard", () => {
  const a = createRandom(42);
  const b = createRandom(42);
  const c = createRandom(43);
  const first = [a.normal(), a.normal(), a.uniform()];
  assert.deepEqual(first, [b.normal(), b.normal(), b.uniform()]);
  assert.notDeepEqual(first.slice(0, 2), [c.normal(), c.normal()]);
  const values = Array.from({ length: 20000 }, createRandom(7).normal);
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
  assert.ok(Math.abs(mean) < 0.03, `mean ${mean}`);
  assert.ok(Math.abs(variance - 1) < 0.05, `variance ${variance}`);
});

test("sampling is deterministic for a seed, whatever the randomness", () => {
  for (const randomness of [0, 0.5, 1]) {
    const options = { digit: 4, steps: 10, randomness, seed: 1234 };
    assert.deepEqual(sample(model, options), sample(model, options));
  }
  const one = sample(model, { digit: 4, steps: 10, seed: 1 });
  const other = sample(model, { digit: 4, steps: 10, seed: 2 });
  assert.notDeepEqual(one, other);
});

test("randomness changes the path: eta 0 and eta 1 end in different images", () => {
  const calm = sample(model, { digit: 2, steps: 20, randomness: 0, seed: 9 });
  const wild = sample(model, { digit: 2, steps: 20, randomness: 1, seed: 9 });
  assert.notDeepEqual(calm, wild);
});

test("frames: the starting noise, one per step, the noise left falling to 0", () => {
  const frames = sampleFrames(model, { digit: 0, steps: 25, randomness: 0.3, seed: 5 });
  assert.equal(frames.length, 26);
  assert.deepEqual(
    frames.map((frame) => frame.step),
    Array.from({ length: 26 }, (_, i) => i),
  );
  assert.equal(frames[0].noise, 1);
  assert.equal(frames.at(-1).noise, 0);
  assert.equal(frames.at(-1).t, 0);
  frames.slice(1).forEach((frame, i) => assert.ok(frame.noise < frames[i].noise));
  for (const frame of frames) assert.equal(frame.x.length, PIXELS);
  // The final image is clean: every pixel within the image's range [-1, 1].
  assert.ok(frames.at(-1).x.every((v) => v >= -1 && v <= 1));
  // The starting noise is not: standard normal values leave [-1, 1] somewhere.
  assert.ok(frames[0].x.some((v) => Math.abs(v) > 1));
});

test("a generated 1 has less ink than a generated 0 (the digit asked for shapes the image)", () => {
  const ink = (digit) => {
    let total = 0;
    for (let seed = 1; seed <= 5; seed += 1) {
      total += toGreyLevels(sample(model, { digit, steps: 20, seed })).reduce((s, v) => s + v, 0);
    }
    return total;
  };
  assert.ok(ink(1) < ink(0), `ink of 1: ${ink(1)}, of 0: ${ink(0)}`);
});

test("pixels: grey levels 0..16 and dark ink on light paper", () => {
  assert.deepEqual(toGreyLevels([-1, 0, 1, 3, -3]), [0, 8, 16, 16, 0]);
  assert.deepEqual(Array.from(toRgba([-1, 1])), [255, 255, 255, 255, 0, 0, 0, 255]);
  assert.deepEqual(Array.from(toRgba([0]).slice(0, 3)), [128, 128, 128]);
});
