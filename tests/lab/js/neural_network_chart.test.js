// The playground's canvas geometry: the plane keeps its orientation, time runs with the text.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import {
  CLASS_COLOURS,
  heatColour,
  heatPixels,
  lossAxisMax,
  lossPolyline,
  pixelToPlane,
  planeToPixel,
} from "../../../static/lab/neural_network/chart.js";

describe("the plane", () => {
  test("x grows to the right and y upwards; the centre is the canvas's middle", () => {
    assert.deepEqual(planeToPixel(0, 0, 400), [200, 200]);
    assert.deepEqual(planeToPixel(-6, 6, 400), [0, 0]);
    assert.deepEqual(planeToPixel(6, -6, 400), [400, 400]);
    assert.deepEqual(planeToPixel(3, 0, 400), [300, 200]);
  });

  test("a click maps back to the point under it, rounded and kept on the plane", () => {
    assert.deepEqual(pixelToPlane(300, 100, 400), [3, 3]);
    assert.deepEqual(pixelToPlane(0, 400, 400), [-6, -6]);
    assert.deepEqual(pixelToPlane(-20, 420, 400), [-6, -6]);
    assert.deepEqual(pixelToPlane(211, 189, 400), [0.3, 0.3]);
  });
});

describe("heat map", () => {
  test("certain outputs take their class colour, 0.5 is a pale neutral", () => {
    const blue = heatColour(1);
    const orange = heatColour(0);
    const neutral = heatColour(0.5);
    assert.ok(blue[2] > blue[0], "class 1 is blue");
    assert.ok(orange[0] > orange[2], "class 0 is orange");
    assert.ok(neutral.every((c) => c > 230), "undecided is pale");
    // Less certain outputs lie between the neutral and the class colour.
    const unsure = heatColour(0.75);
    assert.ok(unsure[0] < neutral[0] && unsure[0] > blue[0]);
    assert.equal(CLASS_COLOURS.length, 2);
  });

  test("pixels are opaque RGBA in grid order", () => {
    const bytes = heatPixels([0, 1]);
    assert.equal(bytes.length, 8);
    assert.deepEqual([...bytes.slice(0, 4)], [...heatColour(0), 255]);
    assert.deepEqual([...bytes.slice(4)], [...heatColour(1), 255]);
  });
});

describe("loss chart", () => {
  const box = { left: 10, top: 5, width: 100, height: 50 };

  test("the axis top is at least 1 and rounds up to a half", () => {
    assert.equal(lossAxisMax([0.2, 0.4]), 1);
    assert.equal(lossAxisMax([0.2, 1.2]), 1.5);
    assert.equal(lossAxisMax([Number.NaN, 2.01]), 2.5);
  });

  test("left to right: epoch 0 at the left edge, the last epoch at the right", () => {
    const line = lossPolyline([1, 0.5, 0], box, { max: 1 });
    assert.deepEqual(line, [
      [10, 5],
      [60, 30],
      [110, 55],
    ]);
  });

  test("right to left: the time axis is mirrored, the loss axis is not", () => {
    const line = lossPolyline([1, 0.5, 0], box, { max: 1, rtl: true });
    assert.deepEqual(line, [
      [110, 5],
      [60, 30],
      [10, 55],
    ]);
  });

  test("long histories are sampled down to one point per pixel, keeping both ends", () => {
    const values = Array.from({ length: 1001 }, (_, i) => 1 - i / 1000);
    const line = lossPolyline(values, box, { max: 1 });
    assert.equal(line.length, 100);
    assert.deepEqual(line[0], [10, 5]);
    assert.deepEqual(line.at(-1), [110, 55]);
  });

  test("values above the axis are clipped to its top; an empty history draws nothing", () => {
    assert.deepEqual(lossPolyline([5], box, { max: 1 }), [[10, 5]]);
    assert.deepEqual(lossPolyline([], box), []);
  });
});
