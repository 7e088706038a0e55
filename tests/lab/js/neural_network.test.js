// The neural network playground's core: datasets, layer rules, backpropagation, training.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import {
  ACTIVATIONS,
  DEFAULT_CONFIG,
  EXTENT,
  MAX_CUSTOM_POINTS,
  POINTS,
  accuracy,
  addCustomPoint,
  addLayer,
  addNeuron,
  clearCustomPoints,
  computeGradients,
  createNetwork,
  createRandom,
  createSession,
  crossEntropy,
  generateDataset,
  loss,
  normaliseConfig,
  outputGrid,
  predict,
  removeLayer,
  removeNeuron,
  sigmoid,
  splitData,
  trainEpochs,
  validateLayers,
} from "../../../static/lab/neural_network/core.js";

const count = (points, label) => points.filter((p) => p.label === label).length;

describe("seeded randomness", () => {
  test("the same seed gives the same sequence, another seed another", () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const first = Array.from({ length: 5 }, a);
    assert.deepEqual(first, Array.from({ length: 5 }, b));
    assert.notDeepEqual(first, Array.from({ length: 5 }, c));
    for (const value of first) assert.ok(value >= 0 && value < 1);
  });
});

describe("datasets", () => {
  for (const kind of ["circle", "xor", "gauss", "spiral"]) {
    test(`${kind}: ${POINTS} points, half of each class, on the plane, reproducible`, () => {
      const points = generateDataset(kind, { noise: 20, seed: 7 });
      assert.equal(points.length, POINTS);
      assert.equal(count(points, 1), POINTS / 2);
      assert.equal(count(points, 0), POINTS / 2);
      for (const p of points) {
        assert.ok(Math.abs(p.x) <= EXTENT && Math.abs(p.y) <= EXTENT, `${p.x}, ${p.y}`);
      }
      assert.deepEqual(generateDataset(kind, { noise: 20, seed: 7 }), points);
      assert.notDeepEqual(generateDataset(kind, { noise: 20, seed: 8 }), points);
    });
  }

  test("an odd count still splits the classes as evenly as possible", () => {
    const points = generateDataset("spiral", { count: 51 });
    assert.equal(points.length, 51);
    assert.ok(Math.abs(count(points, 1) - count(points, 0)) <= 1);
  });

  test("without noise, XOR labels are 1 exactly where x and y share a sign", () => {
    for (const p of generateDataset("xor", { noise: 0, seed: 3 })) {
      assert.equal(p.label, p.x * p.y > 0 ? 1 : 0);
      assert.ok(Math.abs(p.x) >= 0.3 && Math.abs(p.y) >= 0.3, "points keep off the axes");
    }
  });

  test("without noise, the circle's class 1 is inside r = 2.5 and class 0 outside r = 3.5", () => {
    for (const p of generateDataset("circle", { noise: 0, seed: 3 })) {
      const r = Math.hypot(p.x, p.y);
      if (p.label === 1) assert.ok(r <= 2.5 + 1e-9, `inside point at r = ${r}`);
      else assert.ok(r >= 3.5 - 1e-9 && r <= 5 + 1e-9, `ring point at r = ${r}`);
    }
  });

  test("the two gaussian clusters sit around (2, 2) and (-2, -2)", () => {
    const points = generateDataset("gauss", { noise: 0, seed: 5 });
    const mean = (label, axis) =>
      points.filter((p) => p.label === label).reduce((s, p) => s + p[axis], 0) / (POINTS / 2);
    assert.ok(Math.abs(mean(1, "x") - 2) < 0.2 && Math.abs(mean(1, "y") - 2) < 0.2);
    assert.ok(Math.abs(mean(0, "x") + 2) < 0.2 && Math.abs(mean(0, "y") + 2) < 0.2);
  });

  test("noise moves the points: XOR with noise has points on the wrong side", () => {
    const noisy = generateDataset("xor", { noise: 50, seed: 3 });
    assert.ok(noisy.some((p) => p.label !== (p.x * p.y > 0 ? 1 : 0)));
  });

  test("an unknown dataset is refused", () => {
    assert.throws(() => generateDataset("moons"), RangeError);
  });

  test("the split keeps every point once, with the asked share for training", () => {
    const points = generateDataset("circle", { seed: 2 });
    for (const ratio of [10, 50, 80]) {
      const { train, test: held } = splitData(points, ratio, 2);
      assert.equal(train.length, (POINTS * ratio) / 100);
      assert.equal(train.length + held.length, POINTS);
      assert.deepEqual(new Set([...train, ...held]), new Set(points));
    }
  });
});

describe("layer configuration", () => {
  test("0 to 4 hidden layers of 1 to 8 neurons are valid", () => {
    for (const layers of [[], [1], [8], [4, 2], [8, 8, 8, 8]]) {
      assert.deepEqual(validateLayers(layers), layers);
    }
  });

  test("too many layers, empty or oversized layers and non-integers are refused", () => {
    assert.throws(() => validateLayers([2, 2, 2, 2, 2]), RangeError);
    assert.throws(() => validateLayers([0]), RangeError);
    assert.throws(() => validateLayers([9]), RangeError);
    assert.throws(() => validateLayers([2.5]), RangeError);
    assert.throws(() => validateLayers("4,2"), TypeError);
    assert.throws(() => createNetwork({ layers: [3, 9] }), RangeError);
    assert.throws(() => createNetwork({ activation: "softmax" }), RangeError);
  });

  test("the add and remove buttons stop at the limits", () => {
    assert.deepEqual(addLayer([]), [2]);
    assert.deepEqual(addLayer([4, 3]), [4, 3, 3]);
    assert.deepEqual(addLayer([1, 2, 3, 4]), [1, 2, 3, 4]);
    assert.deepEqual(removeLayer([4, 2]), [4]);
    assert.deepEqual(removeLayer([]), []);
    assert.deepEqual(addNeuron([4, 2], 1), [4, 3]);
    assert.deepEqual(addNeuron([8], 0), [8]);
    assert.deepEqual(removeNeuron([4, 2], 0), [3, 2]);
    assert.deepEqual(removeNeuron([1], 0), [1]);
  });

  test("a stored configuration is cleaned up, never trusted", () => {
    assert.deepEqual(normaliseConfig(null), { ...DEFAULT_CONFIG, layers: [4, 2], customPoints: [] });
    const cleaned = normaliseConfig({
      dataset: "moons",
      noise: 400,
      trainRatio: -3,
      layers: [4, 20],
      activation: "softmax",
      learningRate: 0.5,
      batchSize: 10,
      seed: 9,
      customPoints: [{ x: 1, y: 2, label: 1 }, { x: "a", y: 2, label: 0 }, { x: 9, y: 0, label: 0 }],
    });
    assert.equal(cleaned.dataset, "circle");
    assert.equal(cleaned.noise, 50);
    assert.equal(cleaned.trainRatio, 10);
    assert.deepEqual(cleaned.layers, [4, 2]);
    assert.equal(cleaned.activation, "tanh");
    assert.equal(cleaned.learningRate, 0.03);
    assert.equal(cleaned.batchSize, 10);
    assert.equal(cleaned.seed, 9);
    assert.deepEqual(cleaned.customPoints, [
      { x: 1, y: 2, label: 1 },
      { x: EXTENT, y: 0, label: 0 },
    ]);
  });
});

describe("the network", () => {
  test("the output is a probability, and the same seed gives the same network", () => {
    const a = createNetwork({ layers: [3, 2], activation: "relu", seed: 4 });
    const b = createNetwork({ layers: [3, 2], activation: "relu", seed: 4 });
    for (const [x, y] of [[0, 0], [5, -5], [-6, 6]]) {
      const p = predict(a, x, y);
      assert.ok(p > 0 && p < 1);
      assert.equal(predict(b, x, y), p);
    }
    assert.deepEqual(a.layers.map((l) => [l.inputs, l.outputs]), [[2, 3], [3, 2], [2, 1]]);
  });

  test("with no hidden layer it is logistic regression: sigmoid(w·input + b)", () => {
    const net = createNetwork({ layers: [], seed: 1 });
    const [w1, w2] = net.layers[0].weights;
    const b = net.layers[0].biases[0];
    assert.equal(net.layers.length, 1);
    assert.ok(Math.abs(predict(net, 3, -1.5) - sigmoid(w1 * 0.5 + w2 * -0.25 + b)) < 1e-12);
  });

  test("cross-entropy: small when confident and right, large when confident and wrong", () => {
    assert.ok(Math.abs(crossEntropy(0.5, 1) - Math.log(2)) < 1e-12);
    assert.ok(crossEntropy(0.99, 1) < 0.02);
    assert.ok(crossEntropy(0.99, 0) > 4);
    assert.ok(Number.isFinite(crossEntropy(1, 0)), "clamped, never infinite");
  });

  for (const activation of ACTIVATIONS) {
    test(`backpropagation matches finite differences (${activation})`, () => {
      const net = createNetwork({ layers: [3, 2], activation, seed: 11 });
      const batch = generateDataset("xor", { count: 8, noise: 10, seed: 5 });
      const grads = computeGradients(net, batch);
      const h = 1e-6;
      let checked = 0;
      net.layers.forEach((layer, l) => {
        for (const [name, values] of [["weights", layer.weights], ["biases", layer.biases]]) {
          for (let i = 0; i < values.length; i += 1) {
            const saved = values[i];
            values[i] = saved + h;
            const up = loss(net, batch);
            values[i] = saved - h;
            const down = loss(net, batch);
            values[i] = saved;
            const numeric = (up - down) / (2 * h);
            const analytic = grads[l][name][i];
            const scale = Math.max(1, Math.abs(numeric), Math.abs(analytic));
            assert.ok(
              Math.abs(numeric - analytic) / scale < 1e-5,
              `layer ${l} ${name}[${i}]: backprop ${analytic}, numeric ${numeric}`,
            );
            checked += 1;
          }
        }
      });
      assert.equal(checked, 2 * 3 + 3 + 3 * 2 + 2 + 2 * 1 + 1);
    });
  }

  test("outputGrid covers the plane top row first, left to right", () => {
    const net = createNetwork({ layers: [], seed: 1 });
    // Probability rises with x only: the right column is high, the left low, rows equal.
    net.layers[0].weights.set([20, 0]);
    net.layers[0].biases[0] = 0;
    const size = 4;
    const grid = outputGrid(net, size);
    assert.equal(grid.length, size * size);
    assert.ok(grid[0] < 0.01 && grid[size - 1] > 0.99);
    assert.equal(grid[0], grid[size * (size - 1)]);
    // Now it rises with y: the top row is high.
    net.layers[0].weights.set([0, 20]);
    const byY = outputGrid(net, size);
    assert.ok(byY[0] > 0.99 && byY[size * (size - 1)] < 0.01);
  });
});

describe("training", () => {
  const xor = { dataset: "xor", layers: [4], activation: "tanh", learningRate: 0.1, seed: 1 };

  test("training reduces the loss on XOR and passes 90 % test accuracy within 300 epochs", () => {
    const session = createSession(xor);
    const start = session.history[0];
    let epochs = 0;
    let record = start;
    while (record.testAccuracy <= 0.9 && epochs < 300) {
      record = trainEpochs(session, 10);
      epochs += 10;
    }
    assert.ok(record.testAccuracy > 0.9, `test accuracy ${record.testAccuracy} after ${epochs}`);
    assert.ok(record.trainLoss < start.trainLoss * 0.7, `${start.trainLoss} -> ${record.trainLoss}`);
    assert.ok(record.testLoss < start.testLoss);
    assert.equal(session.epoch, epochs);
    assert.equal(session.history.length, epochs + 1);
  });

  test("XOR gets below 0.1 test loss (one hidden layer of 8 tanh neurons)", () => {
    const session = createSession({ ...xor, layers: [8], learningRate: 0.3 });
    let record = session.history[0];
    while (record.testLoss >= 0.1 && session.epoch < 500) record = trainEpochs(session, 1);
    assert.ok(record.testLoss < 0.1, `test loss ${record.testLoss} at epoch ${session.epoch}`);
    assert.ok(record.testAccuracy > 0.95);
  });

  test("without a hidden layer the boundary is a straight line and XOR stays unsolved", () => {
    const session = createSession({ ...xor, layers: [] });
    const record = trainEpochs(session, 200);
    assert.ok(record.testAccuracy < 0.75, `a line cannot split XOR: ${record.testAccuracy}`);
  });

  test("a deep ReLU network fits the spiral's training points", () => {
    const session = createSession({
      dataset: "spiral",
      layers: [8, 8, 8],
      activation: "relu",
      learningRate: 0.1,
      trainRatio: 70,
      seed: 1,
    });
    const record = trainEpochs(session, 500);
    assert.ok(record.trainAccuracy > 0.9, `spiral training accuracy ${record.trainAccuracy}`);
  });

  test("the same configuration and run train identically; another run starts elsewhere", () => {
    const a = createSession(xor, 0);
    const b = createSession(xor, 0);
    trainEpochs(a, 5);
    trainEpochs(b, 5);
    assert.deepEqual(a.history, b.history);
    const c = createSession(xor, 1);
    assert.deepEqual(c.train, a.train, "a new run keeps the data");
    assert.notEqual(c.history[0].trainLoss, a.history[0].trainLoss, "but not the weights");
  });

  test("a zero learning rate changes nothing, and loss and accuracy agree with predict", () => {
    const session = createSession({ ...xor, learningRate: 0.001 });
    session.config.learningRate = 0;
    const before = session.history[0];
    const after = trainEpochs(session, 3);
    assert.equal(after.trainLoss, before.trainLoss);
    const right = session.test.filter(
      (p) => (predict(session.network, p.x, p.y) >= 0.5 ? 1 : 0) === p.label,
    ).length;
    assert.equal(accuracy(session.network, session.test), right / session.test.length);
  });

  test("a visitor's points join the training data and the configuration, up to a limit", () => {
    const session = createSession({ ...xor, trainRatio: 50 });
    const trainCount = session.train.length;
    assert.equal(addCustomPoint(session, 1.5, -2, 1), true);
    assert.equal(session.train.length, trainCount + 1);
    assert.deepEqual(session.train.at(-1), { x: 1.5, y: -2, label: 1, custom: true });
    assert.deepEqual(session.config.customPoints, [{ x: 1.5, y: -2, label: 1 }]);
    assert.throws(() => addCustomPoint(session, Number.NaN, 0, 1), RangeError);
    assert.throws(() => addCustomPoint(session, 0, 0, 2), RangeError);
    for (let i = 1; i < MAX_CUSTOM_POINTS; i += 1) addCustomPoint(session, 0, 0, 0);
    assert.equal(addCustomPoint(session, 0, 0, 0), false);
    assert.equal(session.config.customPoints.length, MAX_CUSTOM_POINTS);
    // A new session from the stored configuration brings the points back.
    const restored = createSession(JSON.parse(JSON.stringify(session.config)));
    assert.equal(restored.train.length, trainCount + MAX_CUSTOM_POINTS);
    // Removing them leaves the generated training points.
    assert.equal(clearCustomPoints(restored), MAX_CUSTOM_POINTS);
    assert.equal(restored.train.length, trainCount);
    assert.deepEqual(restored.config.customPoints, []);
  });
});
