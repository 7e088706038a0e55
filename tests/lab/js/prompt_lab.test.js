import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";

import {
  ELEMENTS,
  analyse,
  buildDetector,
  challengesFromData,
  cueLanguages,
  debounce,
  findMatches,
  mergeRanges,
  phraseSource,
  requiredElements,
  score,
  segment,
  updateBest,
} from "../../../static/lab/prompt_lab/core.js";

const CUES_DIR = new URL("../../../static/lab/prompt_lab/cues/", import.meta.url);
const LANGUAGES = readdirSync(CUES_DIR).map((name) => name.replace(/\.json$/, "")).sort();
const cues = (lang) => JSON.parse(readFileSync(new URL(`${lang}.json`, CUES_DIR), "utf-8"));
const detectorFor = (lang) =>
  buildDetector(cueLanguages(lang, LANGUAGES).map((code) => cues(code)));
const NEUTRAL_ONLY = buildDetector([]);

function found(text, detector) {
  return analyse(text, detector, ELEMENTS).elements.filter((e) => e.found).map((e) => e.key);
}

function matchesOf(text, detector, element) {
  return analyse(text, detector, ELEMENTS).elements.find((e) => e.key === element).matches;
}

test("cue files exist for en, nl, fr, es, de, pt and ar, each with cues for every element", () => {
  for (const lang of ["ar", "de", "en", "es", "fr", "nl", "pt"]) {
    assert.ok(LANGUAGES.includes(lang), `cues/${lang}.json is missing`);
    const file = cues(lang);
    assert.equal(file.language, lang);
    for (const element of ELEMENTS) {
      assert.ok(file.elements[element].phrases.length >= 5, `${lang}: few ${element} cues`);
    }
    assert.ok(file.units.length > 5 && file.numbers.length > 5, `${lang}: units and numbers`);
    assert.doesNotThrow(() => buildDetector([file]), `${lang}: cues do not compile`);
  }
});

test("English: each element is found on its own, and nothing in a bare request", () => {
  const en = detectorFor("en");
  assert.deepEqual(found("Write about dogs", en), []);
  assert.deepEqual(found("You are a vet.", en), ["role"]);
  assert.deepEqual(found("I'm writing a newsletter for my dog club.", en), ["context"]);
  assert.deepEqual(found("Put it in a table.", en), ["format"]);
  assert.deepEqual(found("Keep it under 100 words.", en), ["constraints"]);
  assert.deepEqual(found("For example: Rex, 4, loves sticks.", en), ["examples"]);
  assert.deepEqual(found("Make it playful.", en), ["tone"]);
});

test("English cues match whole words only, in any case, with either apostrophe", () => {
  const en = detectorFor("en");
  assert.deepEqual(found("Describe the mustard", en), []); // "must" inside a word
  assert.deepEqual(found("YOU ARE a pilot", en), ["role"]);
  assert.deepEqual(found("You’re a pilot", en), ["role"]);
  assert.deepEqual(found("Make it friendlier", en), []); // "friendly" has no wildcard
});

test("a highlight reaches to the end of its sentence or clause", () => {
  const en = detectorFor("en");
  assert.deepEqual(matchesOf("You are a patient maths tutor. Explain fractions.", en, "role"), [
    "You are a patient maths tutor",
  ]);
  assert.deepEqual(matchesOf("Explain fractions, at most five sentences, please", en, "constraints"), [
    "at most five sentences",
  ]);
  assert.deepEqual(matchesOf("Write a slogan.\nFor example: Fresh bread\nThanks", en, "examples"), [
    "For example: Fresh bread",
  ]);
  assert.deepEqual(matchesOf("For instance Rex. Be brief", en, "examples"), ["For instance Rex"]);
  assert.deepEqual(matchesOf("Use a friendly voice", en, "tone"), ["friendly", "voice"]);
});

test("Dutch cues", () => {
  const nl = detectorFor("nl");
  assert.deepEqual(found("Schrijf iets over katten", nl), []);
  assert.deepEqual(found("Je bent een ervaren bakker.", nl), ["role"]);
  assert.deepEqual(found("Ik schrijf een brief voor mijn buren.", nl), ["context"]);
  assert.deepEqual(found("Geef een genummerde lijst.", nl), ["format"]);
  assert.deepEqual(found("Gebruik maximaal drie zinnen.", nl), ["constraints"]);
  assert.deepEqual(found("Bijvoorbeeld: appeltaart met kaneel.", nl), ["examples"]);
  assert.deepEqual(found("Houd de toon luchtig.", nl), ["tone"]);
});

test("French cues", () => {
  const fr = detectorFor("fr");
  assert.deepEqual(found("Parle-moi des volcans", fr), []);
  assert.deepEqual(found("Tu es un guide de montagne.", fr), ["role"]);
  assert.deepEqual(found("J'écris une affiche pour notre club.", fr), ["context"]);
  assert.deepEqual(found("Présente-le dans un tableau.", fr), ["format"]);
  assert.deepEqual(found("Pas plus de 50 mots.", fr), ["constraints"]);
  assert.deepEqual(found("Par exemple : le Vésuve.", fr), ["examples"]);
  assert.deepEqual(found("Reste chaleureux.", fr), ["tone"]);
});

test("Spanish cues", () => {
  const es = detectorFor("es");
  assert.deepEqual(found("Háblame de los volcanes", es), []);
  assert.deepEqual(found("Eres un guía de montaña.", es), ["role"]);
  assert.deepEqual(found("Estoy preparando un cartel para nuestro club.", es), ["context"]);
  assert.deepEqual(found("Preséntalo en una tabla.", es), ["format"]);
  assert.deepEqual(found("No más de 50 palabras.", es), ["constraints"]);
  assert.deepEqual(found("Por ejemplo: el Teide.", es), ["examples"]);
  assert.deepEqual(found("Que suene cercano.", es), ["tone"]);
});

test("Portuguese cues", () => {
  const pt = detectorFor("pt");
  assert.deepEqual(found("Fala-me dos vulcões", pt), []);
  assert.deepEqual(found("Você é um guia de montanha.", pt), ["role"]);
  assert.deepEqual(found("Estou a preparar um cartaz para o nosso clube.", pt), ["context"]);
  assert.deepEqual(found("Apresenta numa tabela.", pt), ["format"]);
  assert.deepEqual(found("No máximo 50 palavras.", pt), ["constraints"]);
  assert.deepEqual(found("Por exemplo: o Pico.", pt), ["examples"]);
  assert.deepEqual(found("Num registo descontraído.", pt), ["tone"]);
});

test("German cues", () => {
  const de = detectorFor("de");
  assert.deepEqual(found("Erzähl mir von Vulkanen", de), []);
  assert.deepEqual(found("Du bist eine Bergführerin.", de), ["role"]);
  assert.deepEqual(found("Ich schreibe ein Plakat für unseren Verein.", de), ["context"]);
  assert.deepEqual(found("Zeig es als Tabelle.", de), ["format"]);
  assert.deepEqual(found("Höchstens 50 Wörter.", de), ["constraints"]);
  assert.deepEqual(found("Zum Beispiel: der Ätna.", de), ["examples"]);
  assert.deepEqual(found("Bleib freundlich.", de), ["tone"]);
});

test("Arabic cues, with attached prefixes and Arabic digits", () => {
  const ar = detectorFor("ar");
  assert.deepEqual(found("حدثني عن البراكين", ar), []);
  assert.deepEqual(found("أنت مرشد جبلي.", ar), ["role"]);
  assert.deepEqual(found("تصرف كمعلم صبور.", ar), ["role"]);
  assert.deepEqual(found("أكتب ملصقا لنادي الحي.", ar), ["context"]);
  assert.deepEqual(found("ضع الإجابة في جدول.", ar), ["format"]);
  assert.deepEqual(found("استخدم ٥٠ كلمة.", ar), ["constraints"]);
  assert.deepEqual(found("استخدم ثلاث جمل.", ar), ["constraints"]);
  assert.deepEqual(found("على سبيل المثال: بركان إتنا.", ar), ["examples"]);
  assert.deepEqual(found("اجعل الأسلوب وديا.", ar), ["tone"]);
  assert.deepEqual(matchesOf("ضع الإجابة بالجدول", ar, "format"), ["بالجدول"]);
});

test("languages without a cue file use English plus the neutral signals", () => {
  assert.deepEqual(cueLanguages("ja", LANGUAGES), ["en"]);
  assert.deepEqual(cueLanguages("nl", LANGUAGES), ["nl"]);
  assert.deepEqual(cueLanguages("zh-hans", LANGUAGES), ["en"]);
  assert.deepEqual(cueLanguages("en", LANGUAGES), ["en"]);
  const ja = detectorFor("ja");
  assert.deepEqual(found("猫について書いて", ja), []);
  assert.deepEqual(found("猫について書いて。JSONで。", ja), ["format"]);
  assert.deepEqual(found("例：「ミケは三歳です」", ja), ["examples"]);
  assert.deepEqual(found("You are a vet. 猫について", ja), ["role"]);
});

test("neutral signals work in every language: formats, lists, quotes, arrows, units, bounds", () => {
  assert.deepEqual(found("Return JSON", NEUTRAL_ONLY), ["format"]);
  assert.deepEqual(found("x\n- first\n- second", NEUTRAL_ONLY), ["format"]);
  assert.deepEqual(found("x\n1. first\n2) second", NEUTRAL_ONLY), ["format"]);
  assert.deepEqual(found("| a | b |", NEUTRAL_ONLY), ["format"]);
  assert.deepEqual(found('say "hello there"', NEUTRAL_ONLY), ["examples"]);
  assert.deepEqual(found("«bonjour tout»", NEUTRAL_ONLY), ["examples"]);
  assert.deepEqual(found("happy → 😊", NEUTRAL_ONLY), ["examples"]);
  assert.deepEqual(found("سعيد ← 😊", NEUTRAL_ONLY), ["examples"]);
  assert.deepEqual(found("budget 20 €", NEUTRAL_ONLY), ["constraints"]);
  assert.deepEqual(found("≤ 300", NEUTRAL_ONLY), ["constraints"]);
  assert.deepEqual(found("max 12", NEUTRAL_ONLY), ["constraints"]);
  // a minus sign, a date or a lone number is not a signal
  assert.deepEqual(found("3 - 2 = 1 on 2024-05-01, 42", NEUTRAL_ONLY), []);
  assert.deepEqual(found("JSONish", NEUTRAL_ONLY), []);
});

test("ranges of one element that overlap or touch merge into one", () => {
  assert.deepEqual(
    mergeRanges([
      { start: 10, end: 15 },
      { start: 0, end: 4 },
      { start: 3, end: 6 },
      { start: 6, end: 8 },
      { start: 12, end: 13 },
      { start: 20, end: 20 },
    ]),
    [
      { start: 0, end: 8 },
      { start: 10, end: 15 },
    ],
  );
  assert.deepEqual(mergeRanges([]), []);
});

test("overlapping highlights of different elements become segments carrying both", () => {
  const text = "abcdefghij";
  const segments = segment(text, {
    role: [{ start: 0, end: 6 }],
    tone: [{ start: 4, end: 8 }],
    format: [{ start: 1, end: 2 }],
  });
  assert.deepEqual(
    segments.map((s) => [s.text, s.elements]),
    [
      ["a", ["role"]],
      ["b", ["role", "format"]],
      ["cd", ["role"]],
      ["ef", ["role", "tone"]],
      ["gh", ["tone"]],
      ["ij", []],
    ],
  );
  // the pieces always put the whole text back together
  assert.equal(segments.map((s) => s.text).join(""), text);
  assert.deepEqual(segment("", {}), []);
  assert.deepEqual(segment("plain", {}), [{ start: 0, end: 5, text: "plain", elements: [] }]);
});

test("a real prompt: a tone word inside a role sentence is highlighted as both", () => {
  const en = detectorFor("en");
  const text = "You are a friendly guide. Describe Lisbon.";
  const result = analyse(text, en, ["role", "tone"]);
  assert.deepEqual(
    result.segments.map((s) => [s.text, s.elements]),
    [
      ["You are a ", ["role"]],
      ["friendly", ["role", "tone"]],
      [" guide", ["role"]],
      [". Describe Lisbon.", []],
    ],
  );
  // two cues of the same element in one sentence give one highlight
  const twice = analyse("You are an expert, acting as a judge.", en, ["role"]);
  assert.deepEqual(twice.ranges.role, [{ start: 0, end: 36 }]);
  assert.equal(twice.segments.length, 2);
});

test("score counts required elements found out of those required; extras do not count", () => {
  const en = detectorFor("en");
  const result = analyse("You are a chef. Use a table. Be playful.", en, ["role", "format", "examples"]);
  assert.deepEqual(result.score, { found: 2, required: 3, percent: 67 });
  assert.deepEqual(result.missing, ["examples"]);
  assert.deepEqual(result.extra, ["tone"]);
  assert.deepEqual(result.elements.find((e) => e.key === "tone"), {
    key: "tone", found: true, required: false, matches: ["playful"],
  });
  assert.deepEqual(score([], ["role"]), { found: 0, required: 1, percent: 0 });
  assert.deepEqual(score(["role", "tone"], ["tone", "role"]), { found: 2, required: 2, percent: 100 });
});

test("advice is owed for every missing required element, in the fixed order", () => {
  const en = detectorFor("en");
  const empty = analyse("", en, ["tone", "role", "constraints"]);
  assert.deepEqual(empty.missing, ["role", "constraints", "tone"]);
  assert.deepEqual(empty.score, { found: 0, required: 3, percent: 0 });
  const full = analyse(
    "You are a coach. I'm preparing a talk for my team. Use bullet points, at most 5 items, " +
      'for example "Drink water". Keep the tone upbeat.',
    en,
    ELEMENTS,
  );
  assert.deepEqual(full.missing, []);
  assert.deepEqual(full.score, { found: 6, required: 6, percent: 100 });
});

test("required elements: unknown names dropped, all six when none given", () => {
  assert.deepEqual(requiredElements(["tone", "bogus", "role"]), ["role", "tone"]);
  assert.deepEqual(requiredElements([]), ELEMENTS);
  assert.deepEqual(requiredElements(undefined), ELEMENTS);
});

test("challenges come from the page data, incomplete ones left out", () => {
  const data = {
    blocks: [
      { type: "challenge", id: "c1", value: { title: "Menu", task: "Write a menu", elements: ["tone", "role"], example: " You are a chef. " } },
      { type: "round", id: "r1", value: { text: "not a challenge" } },
      { type: "challenge", id: "c2", value: { title: "", task: "No title" } },
      { type: "challenge", id: "c3", value: { title: "Any", task: "Anything", elements: [] } },
    ],
  };
  const challenges = challengesFromData(data);
  assert.deepEqual(challenges.map((c) => c.id), ["c1", "c3"]);
  assert.deepEqual(challenges[0].elements, ["role", "tone"]);
  assert.equal(challenges[0].example, "You are a chef.");
  assert.deepEqual(challenges[1].elements, ELEMENTS);
  assert.deepEqual(challengesFromData(undefined), []);
});

test("best scores per challenge only go up", () => {
  let best = updateBest(null, "c1", 50);
  assert.deepEqual(best, { c1: 50 });
  best = updateBest(best, "c1", 30);
  assert.deepEqual(best, { c1: 50 });
  best = updateBest(best, "c2", 100);
  best = updateBest(best, "c1", 67);
  assert.deepEqual(best, { c1: 67, c2: 100 });
});

test("visitor text is never read as a pattern", () => {
  const en = detectorFor("en");
  assert.doesNotThrow(() => analyse("(((( [[[ *+? \\", en, ELEMENTS));
  assert.equal(phraseSource("e.g."), "e\\.g\\.");
  assert.equal(phraseSource("you're  here"), "you['’]re\\s+here");
  assert.ok(findMatches("a".repeat(5000), en).length === 0);
});

test("debounce runs once, with the last arguments, after the pause", (t) => {
  t.mock.timers.enable({ apis: ["setTimeout"] });
  const calls = [];
  const run = debounce((value) => calls.push(value), 200);
  run("a");
  t.mock.timers.tick(100);
  run("ab");
  t.mock.timers.tick(199);
  assert.deepEqual(calls, []);
  t.mock.timers.tick(1);
  assert.deepEqual(calls, ["ab"]);
  run("abc");
  run.cancel();
  t.mock.timers.tick(500);
  assert.deepEqual(calls, ["ab"]);
});
