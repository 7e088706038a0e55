// The image generator's model and sampler: pure functions, no DOM (tested by node --test).
//
// The model (trained by lab/training/train_digit_diffusion.py) is a small multilayer
// perceptron that predicts the noise in a noisy 8x8 digit. Sampling runs DDIM: start from
// pure noise, and at each of the visitor's steps estimate the clean image, then move to a
// less noisy image. "Randomness" is DDIM's eta: 0 follows one fixed path from the starting
// noise, 1 adds fresh noise at every step (like the original DDPM sampler).

export const PIXELS = 64;
export const MIN_STEPS = 2;

/** Decode base64 to bytes (atob exists in browsers and in node >= 16). */
function base64Bytes(text) {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** alpha_bar[0..steps] of the cosine schedule (Nichol & Dhariwal), betas clipped to 0.999. */
export function cosineAlphaBar(steps, s = 0.008) {
  const f = (t) => Math.cos(((t / steps + s) / (1 + s)) * (Math.PI / 2)) ** 2;
  const alphaBar = new Float64Array(steps + 1);
  alphaBar[0] = 1;
  for (let t = 1; t <= steps; t += 1) {
    const beta = Math.min(Math.max(1 - f(t) / f(t - 1), 0), 0.999);
    alphaBar[t] = alphaBar[t - 1] * (1 - beta);
  }
  return alphaBar;
}

/** Turn the weights JSON into arrays the sampler uses (int8 times a scale per neuron). */
export function decodeModel(json) {
  if (json.format !== "educademy-digit-diffusion-1") {
    throw new Error(`Unknown model format: ${json.format}`);
  }
  const layers = json.layers.map((layer) => {
    const bytes = base64Bytes(layer.weights);
    if (bytes.length !== layer.in * layer.out) {
      throw new Error(`Layer of ${layer.in}x${layer.out} has ${bytes.length} weights`);
    }
    const signed = new Int8Array(bytes.buffer);
    const weights = new Float64Array(signed.length);
    for (let row = 0; row < layer.out; row += 1) {
      const scale = layer.scales[row];
      for (let col = 0; col < layer.in; col += 1) {
        const index = row * layer.in + col;
        weights[index] = signed[index] * scale;
      }
    }
    return {
      in: layer.in,
      out: layer.out,
      activation: layer.activation,
      weights,
      bias: Float64Array.from(layer.bias),
    };
  });
  const { steps, s } = json.schedule;
  return {
    layers,
    steps,
    alphaBar: cosineAlphaBar(steps, s),
    timeFrequencies: json.input.time_frequencies,
    timeFrequencyBase: json.input.time_frequency_base,
    classes: json.input.classes,
    guidance: json.guidance,
  };
}

/** The model's input: x_t, sin/cos of pi * f * t / T, the one-hot digit (null: none). */
export function modelInput(model, x, t, digit) {
  const count = model.timeFrequencies;
  const input = new Float64Array(PIXELS + 2 * count + model.classes);
  input.set(x, 0);
  for (let k = 0; k < count; k += 1) {
    const angle = (t / model.steps) * model.timeFrequencyBase ** k * Math.PI;
    input[PIXELS + k] = Math.sin(angle);
    input[PIXELS + count + k] = Math.cos(angle);
  }
  if (digit !== null && digit !== undefined) input[PIXELS + 2 * count + digit] = 1;
  return input;
}

/** The network's noise estimate for x at step t (digit null: the unconditional estimate). */
export function predictNoise(model, x, t, digit) {
  let h = modelInput(model, x, t, digit);
  for (const layer of model.layers) {
    const next = new Float64Array(layer.out);
    for (let row = 0; row < layer.out; row += 1) {
      let sum = layer.bias[row];
      const offset = row * layer.in;
      for (let col = 0; col < layer.in; col += 1) sum += layer.weights[offset + col] * h[col];
      next[row] = layer.activation === "silu" ? sum / (1 + Math.exp(-sum)) : sum;
    }
    h = next;
  }
  return h;
}

/** Classifier-free guidance: eps_any + guidance * (eps_digit - eps_any). */
export function guidedNoise(model, x, t, digit, guidance = model.guidance) {
  const conditional = predictNoise(model, x, t, digit);
  if (guidance === 1) return conditional;
  const unconditional = predictNoise(model, x, t, null);
  const eps = new Float64Array(PIXELS);
  for (let i = 0; i < PIXELS; i += 1) {
    eps[i] = unconditional[i] + guidance * (conditional[i] - unconditional[i]);
  }
  return eps;
}

/** `count` distinct steps from T down to 1, evenly spread (count clamped to 2..T). */
export function ddimTimesteps(steps, count) {
  const n = Math.min(Math.max(Math.round(count), MIN_STEPS), steps);
  const timesteps = [];
  for (let i = 0; i < n; i += 1) {
    timesteps.push(Math.floor(steps - (i * (steps - 1)) / (n - 1) + 0.5));
  }
  return timesteps;
}

/** A seeded random source: mulberry32 for uniforms, Box-Muller for normals. */
export function createRandom(seed) {
  let state = seed >>> 0;
  let spare = null;
  const uniform = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => {
    if (spare !== null) {
      const value = spare;
      spare = null;
      return value;
    }
    const radius = Math.sqrt(-2 * Math.log(1 - uniform()));
    const angle = 2 * Math.PI * uniform();
    spare = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };
  return { uniform, normal };
}

/**
 * Every image on the way from noise to a digit: frames[0] is the starting noise, frames[k]
 * the image after step k, the last one the generated digit. Each frame carries the model's
 * step t and how much noise is left (sqrt(1 - alpha_bar), 1 = pure noise, 0 = none).
 */
export function sampleFrames(model, { digit, steps = 50, randomness = 0, seed = 1, guidance }) {
  const random = createRandom(seed);
  const eta = Math.min(Math.max(randomness, 0), 1);
  const timesteps = ddimTimesteps(model.steps, steps);
  let x = new Float64Array(PIXELS);
  for (let i = 0; i < PIXELS; i += 1) x[i] = random.normal();
  const frames = [{ step: 0, t: model.steps, noise: 1, x }];
  timesteps.forEach((t, index) => {
    const tPrev = index + 1 < timesteps.length ? timesteps[index + 1] : 0;
    const ab = model.alphaBar[t];
    const abPrev = model.alphaBar[tPrev];
    const eps = guidedNoise(model, x, t, digit, guidance ?? model.guidance);
    const sigma = eta * Math.sqrt(((1 - abPrev) / (1 - ab)) * (1 - ab / abPrev));
    const direction = Math.sqrt(Math.max(1 - abPrev - sigma * sigma, 0));
    const next = new Float64Array(PIXELS);
    for (let i = 0; i < PIXELS; i += 1) {
      const x0 = Math.min(Math.max((x[i] - Math.sqrt(1 - ab) * eps[i]) / Math.sqrt(ab), -1), 1);
      const cleanEps = (x[i] - Math.sqrt(ab) * x0) / Math.sqrt(1 - ab);
      next[i] = Math.sqrt(abPrev) * x0 + direction * cleanEps;
    }
    if (sigma > 0) for (let i = 0; i < PIXELS; i += 1) next[i] += sigma * random.normal();
    x = next;
    frames.push({ step: index + 1, t: tPrev, noise: Math.sqrt(1 - abPrev), x });
  });
  return frames;
}

/** The generated digit only (the last frame). */
export function sample(model, options) {
  const frames = sampleFrames(model, options);
  return frames[frames.length - 1].x;
}

/** Model values (-1 paper .. 1 ink) to load_digits' grey levels 0..16. */
export function toGreyLevels(x) {
  return Array.from(x, (value) => Math.min(Math.max((value + 1) * 8, 0), 16));
}

/** Model values to RGBA bytes: dark ink on light paper, noise clipped to the range. */
export function toRgba(x) {
  const rgba = new Uint8ClampedArray(x.length * 4);
  x.forEach((value, i) => {
    const ink = Math.min(Math.max((value + 1) / 2, 0), 1);
    const level = Math.round(255 - ink * 255);
    rgba.set([level, level, level, 255], i * 4);
  });
  return rgba;
}
