"""Train the Lab's image generator: a tiny class-conditional diffusion model for 8x8 digits.

Data: the 1,797 handwritten digits that scikit-learn ships (`sklearn.datasets.load_digits`,
no download): 8x8 grey levels 0..16, rescaled to [-1, 1].

Noise schedule: T = 100 steps, cosine schedule (Nichol & Dhariwal 2021):
alpha_bar(t) = f(t) / f(0), f(t) = cos(((t / T) + 0.008) / 1.008 * pi / 2) ** 2, each
beta_t = 1 - alpha_bar(t) / alpha_bar(t - 1) clipped to 0.999. A noisy image is
x_t = sqrt(alpha_bar(t)) * x_0 + sqrt(1 - alpha_bar(t)) * noise.

Model: a multilayer perceptron that predicts the noise in x_t. Its input is x_t (64 values),
the step as 16 sine/cosine pairs of t / T (32 values, frequencies sqrt(2) ** k) and the digit
as a one-hot vector (10 values, all zero for "any digit"): 106 -> 128 -> 128 -> 128 -> 64,
SiLU between layers.
About 55,000 parameters. Written out by hand in numpy: forward pass, backpropagation, Adam.

Training: mean squared error between true and predicted noise, t uniform in 1..T, the digit
hidden (one-hot zeroed) for 10 % of the examples so that the model also learns the
unconditional noise (classifier-free guidance at sampling time), batches of 256, Adam with a
cosine learning-rate decay, an exponential moving average of the weights (the EMA is what is
saved). Everything is seeded (numpy's default_rng(SEED)): the same run gives the same file.

Output: static/lab/image_generator/weights.json: the EMA weights quantised to int8 with one
scale per output neuron (base64), biases as rounded floats, the schedule and a self-check
(one input and the expected output) that the JavaScript sampler's tests compare against.
The browser samples with DDIM (any number of steps from 5 to 100; "randomness" is DDIM's eta).

At the end the script samples 20 digits per class with the quantised weights (DDIM, 50 steps,
eta 0, guidance 1.5: a numpy twin of static/lab/image_generator/core.js) and reports how many
a logistic regression trained on load_digits recognises as the digit asked for.

Re-run (about two minutes on one core; the last run: 20,000 iterations in 122 s, 98 % of the
200 samples recognised):

    OMP_NUM_THREADS=1 .venv/bin/python lab/training/train_digit_diffusion.py
"""

import argparse
import base64
import json
import math
import time
from pathlib import Path

import numpy as np
from sklearn.datasets import load_digits
from sklearn.linear_model import LogisticRegression

SEED = 20260
T = 100
COSINE_S = 0.008
HIDDEN = 128
HIDDEN_LAYERS = 3
TIME_FREQUENCIES = 16
CLASSES = 10
PIXELS = 64
UNCONDITIONAL_FRACTION = 0.1
BATCH = 256
STEPS = 20_000
LEARNING_RATE = 2e-3
FINAL_LEARNING_RATE = 5e-5
EMA_DECAY = 0.999
GUIDANCE = 1.5
OUTPUT = Path(__file__).resolve().parents[2] / "static/lab/image_generator/weights.json"


def alpha_bar_schedule(steps=T, s=COSINE_S):
    """alpha_bar[0..steps]: alpha_bar[0] = 1, decreasing to about 0 at `steps`."""
    t = np.arange(steps + 1) / steps
    f = np.cos((t + s) / (1 + s) * math.pi / 2) ** 2
    alpha_bar = f / f[0]
    betas = np.clip(1 - alpha_bar[1:] / alpha_bar[:-1], 0, 0.999)
    return np.concatenate([[1.0], np.cumprod(1 - betas)])


def time_features(t):
    """sin and cos of pi * f * t / T for the frequencies f = 2 ** (k / 2), k = 0 .. F - 1."""
    frequencies = 2.0 ** (np.arange(TIME_FREQUENCIES) / 2)
    angle = (np.asarray(t, dtype=np.float64)[:, None] / T) * frequencies[None, :] * math.pi
    return np.concatenate([np.sin(angle), np.cos(angle)], axis=1)


def model_input(x, t, labels):
    """Concatenate x_t, the step features and the one-hot digit (label -1: no digit)."""
    one_hot = np.zeros((len(x), CLASSES))
    known = labels >= 0
    one_hot[np.nonzero(known)[0], labels[known]] = 1.0
    return np.concatenate([x, time_features(t), one_hot], axis=1)


def init_params(rng):
    sizes = [PIXELS + 2 * TIME_FREQUENCIES + CLASSES] + [HIDDEN] * HIDDEN_LAYERS + [PIXELS]
    params = []
    for fan_in, fan_out in zip(sizes[:-1], sizes[1:], strict=True):
        weights = rng.normal(0, math.sqrt(2 / fan_in), (fan_in, fan_out))
        params.append([weights, np.zeros(fan_out)])
    params[-1][0] *= 0.1
    return params


def silu(z):
    return z / (1 + np.exp(-z))


def forward(params, h):
    """Return the output and what backprop needs (inputs and pre-activations per layer)."""
    cache = []
    for index, (weights, bias) in enumerate(params):
        z = h @ weights + bias
        cache.append((h, z))
        h = z if index == len(params) - 1 else silu(z)
    return h, cache


def backward(params, cache, grad_out):
    grads = [None] * len(params)
    grad = grad_out
    for index in range(len(params) - 1, -1, -1):
        h, z = cache[index]
        if index < len(params) - 1:
            sig = 1 / (1 + np.exp(-z))
            grad = grad * sig * (1 + z * (1 - sig))
        grads[index] = [h.T @ grad, grad.sum(axis=0)]
        grad = grad @ params[index][0].T
    return grads


def train(x0, labels, rng, steps=STEPS, log=print):
    alpha_bar = alpha_bar_schedule()
    params = init_params(rng)
    ema = [[w.copy(), b.copy()] for w, b in params]
    moments = [[np.zeros_like(p) for p in layer] for layer in params]
    squares = [[np.zeros_like(p) for p in layer] for layer in params]
    beta1, beta2, epsilon = 0.9, 0.999, 1e-8
    running = None
    for step in range(1, steps + 1):
        index = rng.integers(0, len(x0), BATCH)
        x = x0[index]
        digit = labels[index].copy()
        digit[rng.random(BATCH) < UNCONDITIONAL_FRACTION] = -1
        t = rng.integers(1, T + 1, BATCH)
        noise = rng.normal(size=x.shape)
        ab = alpha_bar[t][:, None]
        xt = np.sqrt(ab) * x + np.sqrt(1 - ab) * noise
        out, cache = forward(params, model_input(xt, t, digit))
        diff = out - noise
        loss = float(np.mean(diff**2))
        running = loss if running is None else 0.99 * running + 0.01 * loss
        grads = backward(params, cache, 2 * diff / diff.size)
        progress = (step - 1) / max(steps - 1, 1)
        lr = FINAL_LEARNING_RATE + 0.5 * (LEARNING_RATE - FINAL_LEARNING_RATE) * (
            1 + math.cos(math.pi * progress)
        )
        for layer in range(len(params)):
            for k in range(2):
                m = moments[layer][k]
                v = squares[layer][k]
                g = grads[layer][k]
                m *= beta1
                m += (1 - beta1) * g
                v *= beta2
                v += (1 - beta2) * g * g
                m_hat = m / (1 - beta1**step)
                v_hat = v / (1 - beta2**step)
                params[layer][k] -= lr * m_hat / (np.sqrt(v_hat) + epsilon)
                ema[layer][k] *= EMA_DECAY
                ema[layer][k] += (1 - EMA_DECAY) * params[layer][k]
        if step % 1000 == 0 or step == steps:
            log(f"step {step:>6}  loss {running:.4f}  lr {lr:.2e}")
    return ema


def quantise(params):
    """int8 weights, one scale per output neuron; stored row-major as [out][in]."""
    layers = []
    dequantised = []
    for weights, bias in params:
        rows = weights.T  # (out, in)
        scales = np.abs(rows).max(axis=1) / 127
        scales[scales == 0] = 1
        q = np.clip(np.round(rows / scales[:, None]), -127, 127).astype(np.int8)
        scales32 = scales.astype(np.float32)
        bias_rounded = np.array([float(f"{b:.6g}") for b in bias])
        scale_rounded = np.array([float(f"{s:.6g}") for s in scales32])
        layers.append(
            {
                "in": int(rows.shape[1]),
                "out": int(rows.shape[0]),
                "activation": "silu",
                "weights": base64.b64encode(q.tobytes()).decode("ascii"),
                "scales": scale_rounded.tolist(),
                "bias": bias_rounded.tolist(),
            }
        )
        dequantised.append([(q * scale_rounded[:, None]).T, bias_rounded])
    layers[-1]["activation"] = "linear"
    return layers, dequantised


def predict_noise(params, x, t, labels, guidance):
    """Classifier-free guidance: eps_any + guidance * (eps_digit - eps_any)."""
    steps = np.full(len(x), t)
    conditional, _ = forward(params, model_input(x, steps, labels))
    if guidance == 1:
        return conditional
    unconditional, _ = forward(params, model_input(x, steps, np.full(len(x), -1)))
    return unconditional + guidance * (conditional - unconditional)


def ddim_timesteps(n):
    """n distinct steps from T down to 1 (the same rounding as core.js)."""
    return [math.floor(T - i * (T - 1) / (n - 1) + 0.5) for i in range(n)]


def sample(params, labels, rng, n_steps=50, eta=0.0, guidance=GUIDANCE):
    """DDIM, predicted x_0 clipped to [-1, 1] (numpy twin of core.js for the report)."""
    alpha_bar = alpha_bar_schedule()
    x = rng.normal(size=(len(labels), PIXELS))
    timesteps = ddim_timesteps(n_steps)
    for i, t in enumerate(timesteps):
        t_prev = timesteps[i + 1] if i + 1 < len(timesteps) else 0
        ab, ab_prev = alpha_bar[t], alpha_bar[t_prev]
        eps = predict_noise(params, x, t, labels, guidance)
        x0 = np.clip((x - math.sqrt(1 - ab) * eps) / math.sqrt(ab), -1, 1)
        eps = (x - math.sqrt(ab) * x0) / math.sqrt(1 - ab)
        sigma = eta * math.sqrt((1 - ab_prev) / (1 - ab) * (1 - ab / ab_prev))
        x = (
            math.sqrt(ab_prev) * x0
            + math.sqrt(max(1 - ab_prev - sigma**2, 0)) * eps
            + sigma * rng.normal(size=x.shape)
        )
    return x


def to_grey_levels(x):
    """[-1, 1] back to load_digits' 0..16."""
    return np.clip((x + 1) * 8, 0, 16)


def digit_classifier():
    digits = load_digits()
    classifier = LogisticRegression(max_iter=5000)
    classifier.fit(digits.data, digits.target)
    return classifier


def self_check(params):
    """One deterministic input and the model's output, for the JavaScript tests."""
    x = np.array([[math.sin(i * 0.7) for i in range(PIXELS)]])
    t, label = 37, 3
    out, _ = forward(params, model_input(x, np.array([t]), np.array([label])))
    return {
        "x": [round(v, 6) for v in x[0].tolist()],
        "t": t,
        "digit": label,
        "eps": [round(v, 6) for v in out[0].tolist()],
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=STEPS, help="training iterations")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()

    rng = np.random.default_rng(SEED)
    digits = load_digits()
    x0 = digits.data / 8.0 - 1.0
    labels = digits.target.astype(np.int64)

    started = time.perf_counter()
    ema = train(x0, labels, rng, steps=args.steps)
    seconds = time.perf_counter() - started

    layers, dequantised = quantise(ema)
    payload = {
        "format": "educademy-digit-diffusion-1",
        "about": "Class-conditional DDPM for 8x8 digits trained on sklearn load_digits "
        "by lab/training/train_digit_diffusion.py",
        "image": {"width": 8, "height": 8, "min": -1, "max": 1},
        "schedule": {
            "type": "cosine",
            "steps": T,
            "s": COSINE_S,
            "alpha_bar": [float(f"{v:.8g}") for v in alpha_bar_schedule()],
        },
        "input": {
            "pixels": PIXELS,
            "time_frequencies": TIME_FREQUENCIES,
            "time_frequency_base": math.sqrt(2),
            "classes": CLASSES,
        },
        "guidance": GUIDANCE,
        "training": {"seed": SEED, "iterations": args.steps, "batch": BATCH},
        "layers": layers,
        "check": self_check(dequantised),
    }
    args.output.write_text(json.dumps(payload, separators=(",", ":")) + "\n")

    classifier = digit_classifier()
    eval_rng = np.random.default_rng(SEED + 1)
    wanted = np.repeat(np.arange(CLASSES), 20)
    generated = sample(dequantised, wanted, eval_rng)
    recognised = classifier.predict(to_grey_levels(generated)) == wanted
    print(f"trained {args.steps} iterations in {seconds:.0f} s")
    print(f"wrote {args.output} ({args.output.stat().st_size} bytes)")
    print(f"classifier recognises {recognised.mean():.1%} of 200 generated digits")
    for digit in range(CLASSES):
        print(f"  {digit}: {recognised[wanted == digit].mean():.0%}")


if __name__ == "__main__":
    main()
