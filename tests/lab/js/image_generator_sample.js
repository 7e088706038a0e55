// Prints generated digits as JSON for tests/lab/test_image_generator.py:
// node tests/lab/js/image_generator_sample.js <per digit> <steps> <randomness> <first seed>
// -> {"samples": [{"digit": d, "seed": s, "grey": [64 grey levels 0..16]}, ...], "ms": ...}
import { readFileSync } from "node:fs";

import { decodeModel, sample, toGreyLevels } from "../../../static/lab/image_generator/core.js";

const [perDigit = "20", steps = "50", randomness = "0", firstSeed = "1"] = process.argv.slice(2);
const weightsUrl = new URL("../../../static/lab/image_generator/weights.json", import.meta.url);
const model = decodeModel(JSON.parse(readFileSync(weightsUrl, "utf8")));

const samples = [];
const started = performance.now();
for (let digit = 0; digit < 10; digit += 1) {
  for (let i = 0; i < Number(perDigit); i += 1) {
    const seed = Number(firstSeed) + digit * 1000 + i;
    const x = sample(model, { digit, steps: Number(steps), randomness: Number(randomness), seed });
    samples.push({ digit, seed, grey: toGreyLevels(x) });
  }
}
const ms = (performance.now() - started) / samples.length;
process.stdout.write(`${JSON.stringify({ samples, ms_per_image: ms })}\n`);
