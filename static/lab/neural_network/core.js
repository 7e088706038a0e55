/* Neural network playground: the network, backpropagation, datasets and training loop.
 *
 * Pure functions and plain objects only (no DOM), so node's test runner exercises all of it.
 *
 * The model: 2 inputs (x and y, scaled from the plane's [-6, 6] to [-1, 1]), 0-4 hidden layers
 * of 1-8 neurons with one activation (ReLU, tanh or sigmoid), and one sigmoid output neuron
 * that gives the probability of class 1. The loss is binary cross-entropy, so the error at the
 * output's pre-activation is simply (p - y). Training is mini-batch stochastic gradient
 * descent: the gradients of the batch's mean loss, computed by backpropagation, times the
 * learning rate.
 */

export const EXTENT = 6; // the plane shown runs from -EXTENT to +EXTENT on both axes
export const MAX_LAYERS = 4;
export const MIN_NEURONS = 1;
export const MAX_NEURONS = 8;
export const DATASETS = ["circle", "xor", "gauss", "spiral"];
export const ACTIVATIONS = ["relu", "tanh", "sigmoid"];
export const LEARNING_RATES = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3];
export const BATCH_SIZES = [1, 5, 10, 20, 30];
export const POINTS = 200; // points per generated dataset
export const MAX_CUSTOM_POINTS = 100;

export const DEFAULT_CONFIG = Object.freeze({
  dataset: "circle",
  noise: 0, // 0-50 (per cent of the plane's half width)
  trainRatio: 50, // 10-90 (per cent of the points used for training)
  layers: Object.freeze([4, 2]),
  activation: "tanh",
  learningRate: 0.03,
  batchSize: 10,
  seed: 1,
  customPoints: Object.freeze([]),
});

/* ---------- Seeded randomness ---------- */

/** mulberry32: a small, fast PRNG; the same seed gives the same sequence in [0, 1). */
export function createRandom(seed) {
  let state = seed >>> 0;
  return function random() {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function uniform(random, low, high) {
  return low + (high - low) * random();
}

/** A standard normal sample (Box-Muller). */
export function normal(random) {
  let u = 0;
  while (u === 0) u = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

export function shuffle(items, random) {
  const copy = items.slice();
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/* ---------- Datasets: points {x, y, label} with label 0 or 1 ---------- */

function clampToPlane(value) {
  return Math.max(-EXTENT, Math.min(EXTENT, value));
}

function point(x, y, label) {
  return { x: clampToPlane(x), y: clampToPlane(y), label };
}

const GENERATORS = {
  // Class 1 inside a disc, class 0 on a ring around it.
  circle(count, noise, random) {
    const radius = 5;
    const points = [];
    for (let i = 0; i < count; i += 1) {
      const inside = i < count / 2;
      const r = inside ? uniform(random, 0, radius * 0.5) : uniform(random, radius * 0.7, radius);
      const angle = uniform(random, 0, 2 * Math.PI);
      const dx = uniform(random, -radius, radius) * noise;
      const dy = uniform(random, -radius, radius) * noise;
      points.push(point(r * Math.cos(angle) + dx, r * Math.sin(angle) + dy, inside ? 1 : 0));
    }
    return points;
  },
  // Class 1 where x and y have the same sign, class 0 where they differ; half of each.
  xor(count, noise, random) {
    const padding = 0.3; // keeps the clean points off the axes
    const points = [];
    for (let i = 0; i < count; i += 1) {
      const label = i < count / 2 ? 1 : 0;
      const signX = random() < 0.5 ? -1 : 1;
      const signY = label === 1 ? signX : -signX;
      const x = signX * (padding + uniform(random, 0, 5));
      const y = signY * (padding + uniform(random, 0, 5));
      points.push(point(x + uniform(random, -5, 5) * noise, y + uniform(random, -5, 5) * noise, label));
    }
    return points;
  },
  // Two gaussian clusters; noise widens them until they overlap.
  gauss(count, noise, random) {
    const spread = 0.5 + noise * 7; // standard deviation: 0.5 without noise, 4 at 50 %
    const points = [];
    for (let i = 0; i < count; i += 1) {
      const label = i < count / 2 ? 1 : 0;
      const centre = label === 1 ? 2 : -2;
      points.push(point(centre + normal(random) * spread, centre + normal(random) * spread, label));
    }
    return points;
  },
  // Two interleaved spiral arms.
  spiral(count, noise, random) {
    const half = Math.floor(count / 2);
    const points = [];
    for (const [label, delta] of [
      [1, 0],
      [0, Math.PI],
    ]) {
      const n = label === 1 ? half : count - half;
      for (let i = 0; i < n; i += 1) {
        const r = (i / n) * 5;
        const t = ((1.75 * i) / n) * 2 * Math.PI + delta;
        const dx = uniform(random, -1, 1) * noise * 5;
        const dy = uniform(random, -1, 1) * noise * 5;
        points.push(point(r * Math.sin(t) + dx, r * Math.cos(t) + dy, label));
      }
    }
    return points;
  },
};

/**
 * `count` points of dataset `kind`, half of each class, reproducible from `seed`.
 * `noise` is 0-50 (per cent), as the slider shows it.
 */
export function generateDataset(kind, { count = POINTS, noise = 0, seed = 1 } = {}) {
  const generator = GENERATORS[kind];
  if (!generator) throw new RangeError(`unknown dataset: ${kind}`);
  const random = createRandom(seed);
  return generator(count, clampNumber(noise, 0, 50) / 100, random);
}

/** Split points into {train, test}: a seeded shuffle, then `ratio` per cent for training. */
export function splitData(points, ratio, seed = 1) {
  const shuffled = shuffle(points, createRandom(seed ^ 0x5eed));
  const trainCount = Math.round((shuffled.length * clampNumber(ratio, 0, 100)) / 100);
  return { train: shuffled.slice(0, trainCount), test: shuffled.slice(trainCount) };
}

/* ---------- Configuration ---------- */

function clampNumber(value, low, high) {
  const number = Number(value);
  if (!Number.isFinite(number)) return low;
  return Math.max(low, Math.min(high, number));
}

/** Throws a RangeError or TypeError unless `layers` is 0-4 hidden layers of 1-8 neurons. */
export function validateLayers(layers) {
  if (!Array.isArray(layers)) throw new TypeError("layers must be an array");
  if (layers.length > MAX_LAYERS) throw new RangeError(`at most ${MAX_LAYERS} hidden layers`);
  for (const size of layers) {
    if (!Number.isInteger(size) || size < MIN_NEURONS || size > MAX_NEURONS) {
      throw new RangeError(`a layer has ${MIN_NEURONS}-${MAX_NEURONS} neurons, not ${size}`);
    }
  }
  return layers;
}

export function isValidLayers(layers) {
  try {
    validateLayers(layers);
    return true;
  } catch {
    return false;
  }
}

/* Layer edits return a new array and leave it unchanged when the edit is not allowed. */

export function addLayer(layers) {
  if (layers.length >= MAX_LAYERS) return layers.slice();
  const size = layers.length ? layers[layers.length - 1] : 2;
  return [...layers, size];
}

export function removeLayer(layers) {
  return layers.slice(0, Math.max(0, layers.length - 1));
}

export function addNeuron(layers, index) {
  return layers.map((size, i) => (i === index ? Math.min(MAX_NEURONS, size + 1) : size));
}

export function removeNeuron(layers, index) {
  return layers.map((size, i) => (i === index ? Math.max(MIN_NEURONS, size - 1) : size));
}

function isPoint(value) {
  return (
    value &&
    typeof value === "object" &&
    Number.isFinite(value.x) &&
    Number.isFinite(value.y) &&
    (value.label === 0 || value.label === 1)
  );
}

/** A complete, valid configuration from anything (e.g. what localStorage held). */
export function normaliseConfig(raw) {
  const source = raw && typeof raw === "object" ? raw : {};
  const pick = (value, allowed, fallback) => (allowed.includes(value) ? value : fallback);
  const customPoints = Array.isArray(source.customPoints)
    ? source.customPoints
        .filter(isPoint)
        .slice(0, MAX_CUSTOM_POINTS)
        .map((p) => point(p.x, p.y, p.label))
    : [];
  return {
    dataset: pick(source.dataset, DATASETS, DEFAULT_CONFIG.dataset),
    noise: Math.round(clampNumber(source.noise ?? DEFAULT_CONFIG.noise, 0, 50)),
    trainRatio: Math.round(clampNumber(source.trainRatio ?? DEFAULT_CONFIG.trainRatio, 10, 90)),
    layers: isValidLayers(source.layers) ? source.layers.slice() : DEFAULT_CONFIG.layers.slice(),
    activation: pick(source.activation, ACTIVATIONS, DEFAULT_CONFIG.activation),
    learningRate: pick(source.learningRate, LEARNING_RATES, DEFAULT_CONFIG.learningRate),
    batchSize: pick(source.batchSize, BATCH_SIZES, DEFAULT_CONFIG.batchSize),
    seed: Number.isInteger(source.seed) && source.seed > 0 ? source.seed : DEFAULT_CONFIG.seed,
    customPoints,
  };
}

/* ---------- The network ---------- */

const ACTIVATION_FUNCTIONS = {
  relu: {
    f: (z) => (z > 0 ? z : 0),
    df: (z) => (z > 0 ? 1 : 0),
  },
  tanh: {
    f: Math.tanh,
    df: (z, a) => 1 - a * a,
  },
  sigmoid: {
    f: sigmoid,
    df: (z, a) => a * (1 - a),
  },
};

export function sigmoid(z) {
  return 1 / (1 + Math.exp(-z));
}

/**
 * A network with 2 inputs, the given hidden layers and one sigmoid output.
 * Each layer is {inputs, outputs, weights (outputs x inputs, row-major), biases, activation}.
 * Weights start as seeded normal samples scaled by sqrt(1/fan-in) (sqrt(2/fan-in) for ReLU).
 */
export function createNetwork({ layers = [4, 2], activation = "tanh", seed = 1 } = {}) {
  validateLayers(layers);
  if (!ACTIVATIONS.includes(activation)) throw new RangeError(`unknown activation: ${activation}`);
  const random = createRandom(seed);
  const sizes = [2, ...layers, 1];
  const built = [];
  for (let l = 1; l < sizes.length; l += 1) {
    const inputs = sizes[l - 1];
    const outputs = sizes[l];
    const isOutput = l === sizes.length - 1;
    const act = isOutput ? "sigmoid" : activation;
    const scale = Math.sqrt((act === "relu" ? 2 : 1) / inputs);
    const weights = new Float64Array(inputs * outputs);
    for (let i = 0; i < weights.length; i += 1) weights[i] = normal(random) * scale;
    const biases = new Float64Array(outputs).fill(act === "relu" ? 0.1 : 0);
    built.push({ inputs, outputs, weights, biases, activation: act });
  }
  return { activation, hidden: layers.slice(), layers: built };
}

/** Network input for a point of the plane: both coordinates scaled to [-1, 1]. */
export function inputOf(x, y) {
  return [x / EXTENT, y / EXTENT];
}

/** Forward pass keeping every layer's pre-activations (z) and activations (a). */
export function forwardTrace(network, input) {
  const zs = [];
  const as = [Float64Array.from(input)];
  let current = as[0];
  for (const layer of network.layers) {
    const { f } = ACTIVATION_FUNCTIONS[layer.activation];
    const z = new Float64Array(layer.outputs);
    const a = new Float64Array(layer.outputs);
    for (let o = 0; o < layer.outputs; o += 1) {
      let sum = layer.biases[o];
      const row = o * layer.inputs;
      for (let i = 0; i < layer.inputs; i += 1) sum += layer.weights[row + i] * current[i];
      z[o] = sum;
      a[o] = f(sum);
    }
    zs.push(z);
    as.push(a);
    current = a;
  }
  return { zs, as };
}

/** The network's probability of class 1 at plane point (x, y). */
export function predict(network, x, y) {
  const { as } = forwardTrace(network, inputOf(x, y));
  return as[as.length - 1][0];
}

const EPSILON = 1e-12;

/** Binary cross-entropy of probability p for label y (0 or 1). */
export function crossEntropy(p, y) {
  const q = Math.min(1 - EPSILON, Math.max(EPSILON, p));
  return -(y * Math.log(q) + (1 - y) * Math.log(1 - q));
}

/** {loss: mean cross-entropy, accuracy: share predicted right at 0.5} over points. */
export function evaluate(network, points) {
  if (!points.length) return { loss: 0, accuracy: 0 };
  let total = 0;
  let right = 0;
  for (const p of points) {
    const probability = predict(network, p.x, p.y);
    total += crossEntropy(probability, p.label);
    if ((probability >= 0.5 ? 1 : 0) === p.label) right += 1;
  }
  return { loss: total / points.length, accuracy: right / points.length };
}

/** Mean cross-entropy over points (0 for no points). */
export function loss(network, points) {
  return evaluate(network, points).loss;
}

/** Share (0-1) of points whose class the network predicts right (threshold 0.5). */
export function accuracy(network, points) {
  return evaluate(network, points).accuracy;
}

function zeroGradients(network) {
  return network.layers.map((layer) => ({
    weights: new Float64Array(layer.weights.length),
    biases: new Float64Array(layer.biases.length),
  }));
}

/**
 * Backpropagation: gradients of the mean cross-entropy over `points` with respect to every
 * weight and bias, as [{weights, biases}] shaped like network.layers.
 */
export function computeGradients(network, points) {
  const grads = zeroGradients(network);
  const last = network.layers.length - 1;
  for (const p of points) {
    const { zs, as } = forwardTrace(network, inputOf(p.x, p.y));
    // Sigmoid output with cross-entropy: dL/dz = p - y.
    let delta = Float64Array.of(as[last + 1][0] - p.label);
    for (let l = last; l >= 0; l -= 1) {
      const layer = network.layers[l];
      const input = as[l];
      const g = grads[l];
      for (let o = 0; o < layer.outputs; o += 1) {
        g.biases[o] += delta[o];
        const row = o * layer.inputs;
        for (let i = 0; i < layer.inputs; i += 1) g.weights[row + i] += delta[o] * input[i];
      }
      if (l > 0) {
        const below = network.layers[l - 1];
        const { df } = ACTIVATION_FUNCTIONS[below.activation];
        const next = new Float64Array(layer.inputs);
        for (let i = 0; i < layer.inputs; i += 1) {
          let sum = 0;
          for (let o = 0; o < layer.outputs; o += 1) sum += layer.weights[o * layer.inputs + i] * delta[o];
          next[i] = sum * df(zs[l - 1][i], as[l][i]);
        }
        delta = next;
      }
    }
  }
  const n = points.length || 1;
  for (const g of grads) {
    for (let i = 0; i < g.weights.length; i += 1) g.weights[i] /= n;
    for (let i = 0; i < g.biases.length; i += 1) g.biases[i] /= n;
  }
  return grads;
}

/** One gradient-descent step: parameter -= learningRate * gradient (in place). */
export function applyGradients(network, grads, learningRate) {
  network.layers.forEach((layer, l) => {
    const g = grads[l];
    for (let i = 0; i < layer.weights.length; i += 1) layer.weights[i] -= learningRate * g.weights[i];
    for (let i = 0; i < layer.biases.length; i += 1) layer.biases[i] -= learningRate * g.biases[i];
  });
}

/** One epoch of mini-batch SGD over `points`, shuffled by `random`. */
export function trainEpoch(network, points, { learningRate, batchSize, random }) {
  const order = shuffle(points, random);
  for (let start = 0; start < order.length; start += batchSize) {
    const batch = order.slice(start, start + batchSize);
    applyGradients(network, computeGradients(network, batch), learningRate);
  }
}

/**
 * The network's output over a size x size grid covering the plane, row by row from the top
 * (y = +EXTENT) to the bottom, each row from x = -EXTENT to +EXTENT (cell centres).
 */
export function outputGrid(network, size) {
  const values = new Float64Array(size * size);
  const cell = (2 * EXTENT) / size;
  for (let row = 0; row < size; row += 1) {
    const y = EXTENT - (row + 0.5) * cell;
    for (let col = 0; col < size; col += 1) {
      values[row * size + col] = predict(network, -EXTENT + (col + 0.5) * cell, y);
    }
  }
  return values;
}

/* ---------- A training session: data, network, epochs and loss history ---------- */

/**
 * Everything the page shows, from one configuration. `run` numbers the network's restarts:
 * the same configuration and run always give the same data, weights and training.
 */
export function createSession(rawConfig, run = 0) {
  const config = normaliseConfig(rawConfig);
  const points = generateDataset(config.dataset, { noise: config.noise, seed: config.seed });
  const { train, test } = splitData(points, config.trainRatio, config.seed);
  const session = {
    config,
    run,
    train: [...train, ...config.customPoints.map((p) => ({ ...p, custom: true }))],
    test,
    network: createNetwork({
      layers: config.layers,
      activation: config.activation,
      seed: (config.seed * 7919 + run * 104729 + 17) >>> 0,
    }),
    random: createRandom((config.seed * 31 + run * 7 + 3) >>> 0),
    epoch: 0,
    history: [],
  };
  session.history.push(measure(session));
  return session;
}

/** {epoch, trainLoss, testLoss, trainAccuracy, testAccuracy} of the session now. */
export function measure(session) {
  const train = evaluate(session.network, session.train);
  const test = evaluate(session.network, session.test);
  return {
    epoch: session.epoch,
    trainLoss: train.loss,
    testLoss: test.loss,
    trainAccuracy: train.accuracy,
    testAccuracy: test.accuracy,
  };
}

/** Train `epochs` epochs, recording the losses after each one; returns the last record. */
export function trainEpochs(session, epochs = 1) {
  const { learningRate, batchSize } = session.config;
  for (let e = 0; e < epochs; e += 1) {
    if (session.train.length) {
      trainEpoch(session.network, session.train, { learningRate, batchSize, random: session.random });
    }
    session.epoch += 1;
    session.history.push(measure(session));
  }
  return session.history[session.history.length - 1];
}

/** Add a visitor's point to the training data (and to the configuration, to keep it). */
export function addCustomPoint(session, x, y, label) {
  if (!Number.isFinite(x) || !Number.isFinite(y) || (label !== 0 && label !== 1)) {
    throw new RangeError("a point needs finite x and y and label 0 or 1");
  }
  if (session.config.customPoints.length >= MAX_CUSTOM_POINTS) return false;
  const p = point(x, y, label);
  session.config.customPoints.push(p);
  session.train.push({ ...p, custom: true });
  session.history[session.history.length - 1] = measure(session);
  return true;
}

/** Take the visitor's points out of the training data (the network keeps what it learnt). */
export function clearCustomPoints(session) {
  const removed = session.config.customPoints.length;
  session.config.customPoints = [];
  session.train = session.train.filter((p) => !p.custom);
  session.history[session.history.length - 1] = measure(session);
  return removed;
}
