// Sentiment analysis core: tokeniser, lexicon lookups and the rules, in all six languages.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import {
  analyse,
  chooseLanguage,
  classify,
  compound,
  debounce,
  lookup,
  prepareLexicon,
  tokenize,
  verdictOf,
} from "../../../static/lab/sentiment/core.js";

const DIR = new URL("../../../static/lab/sentiment/lexicons/", import.meta.url);
const LANGUAGES = ["en", "nl", "fr", "es", "de", "pt"];
const readJson = (name) => JSON.parse(readFileSync(new URL(name, DIR), "utf8"));
const EMOJI = readJson("emoji.json").emoji;
const LEX = Object.fromEntries(
  LANGUAGES.map((code) => [code, prepareLexicon(readJson(`${code}.json`), EMOJI)]),
);

const word = (result, text) => {
  const found = result.tokens.find((token) => token.text === text);
  assert.ok(found, `no token “${text}” in ${result.tokens.map((t) => t.text).join(" ")}`);
  return found;
};
const rules = (token) => token.effects.map((effect) => effect.rule);

// --- the lexicon files -------------------------------------------------------------------

test("every lexicon file is a few hundred words with valences in -4..4 and its own rules", () => {
  for (const code of LANGUAGES) {
    const data = readJson(`${code}.json`);
    assert.equal(data.language, code);
    assert.ok(data.credit.length > 20, `${code} credits its source`);
    const values = Object.values(data.words);
    assert.ok(values.length >= 250, `${code}: only ${values.length} words`);
    assert.ok(values.every((v) => typeof v === "number" && v >= -4 && v <= 4 && v !== 0));
    assert.ok(values.filter((v) => v > 0).length > 100, `${code}: positive words`);
    assert.ok(values.filter((v) => v < 0).length > 100, `${code}: negative words`);
    assert.ok(data.negators.length >= 5 && data.contrast.length >= 1);
    assert.ok(Object.keys(data.boosters).length >= 10);
    for (const w of [...data.negators, ...data.contrast]) {
      assert.ok(!(w in data.words), `${code}: “${w}” is both a rule word and a sentiment word`);
    }
  }
  const emoji = Object.values(EMOJI);
  assert.ok(emoji.length >= 80 && emoji.every((v) => v >= -4 && v <= 4));
});

// --- tokeniser ---------------------------------------------------------------------------

test("tokenize keeps accents, apostrophes and emoji, and splits off punctuation", () => {
  const tokens = tokenize("Don’t worry, it's très naïve… 👍🏽!!", { emoticons: [":)"] });
  assert.deepEqual(
    tokens.map((t) => [t.text, t.kind]),
    [
      ["Don't", "word"],
      ["worry", "word"],
      [",", "punct"],
      ["it's", "word"],
      ["très", "word"],
      ["naïve", "word"],
      ["…", "punct"],
      ["👍🏽", "emoji"],
      ["!!", "punct"],
    ],
  );
  const text = "Ça, c'est génial";
  for (const token of tokenize(text)) assert.equal(text.slice(token.start, token.end), token.text);
});

test("tokenize splits French elisions off, keeps words like aujourd'hui whole", () => {
  const elisions = LEX.fr.elisions;
  assert.deepEqual(
    tokenize("Je n'aime pas l’hôtel d'aujourd'hui", { elisions }).map((t) => t.text),
    ["Je", "n'", "aime", "pas", "l'", "hôtel", "d'", "aujourd'hui"],
  );
  // Without elisions (English), the apostrophe stays inside the word.
  assert.deepEqual(tokenize("isn't l'hotel").map((t) => t.text), ["isn't", "l'hotel"]);
});

test("emoticons are tokens only when they stand on their own", () => {
  const emoticons = LEX.en.emoticons;
  assert.deepEqual(
    tokenize("great :) xD but xDelta", { emoticons }).map((t) => [t.text, t.kind]),
    [
      ["great", "word"],
      [":)", "emoji"],
      ["xD", "emoji"],
      ["but", "word"],
      ["xDelta", "word"],
    ],
  );
});

// --- lookups -----------------------------------------------------------------------------

test("inflected forms find their lexicon entry through each language's endings", () => {
  const cases = [
    ["en", "enjoyed", "enjoy"],
    ["en", "happiest", "happy"],
    ["nl", "gezelligste", "gezellig"],
    ["nl", "leukste", "leuk"],
    ["fr", "magnifiques", "magnifique"],
    ["fr", "décevantes", "décevant"],
    ["es", "buenas", "bueno"],
    ["es", "divertidas", "divertido"],
    ["de", "schrecklichen", "schrecklich"],
    ["de", "freundlichen", "freundlich"],
    ["pt", "ótimas", "ótimo"],
    ["pt", "divertidas", "divertido"],
  ];
  for (const [code, form, lemma] of cases) {
    const found = lookup(LEX[code], form);
    assert.ok(found, `${code} ${form}`);
    assert.equal(found.lemma, lemma, `${code} ${form}`);
  }
  assert.equal(lookup(LEX.en, "table"), null);
});

test("words typed without accents still match in French, Spanish and Portuguese", () => {
  assert.equal(lookup(LEX.fr, "genial").lemma, "génial");
  assert.equal(lookup(LEX.es, "increible").lemma, "increíble");
  assert.equal(lookup(LEX.pt, "pessimo").lemma, "péssimo");
  // … but a spelling as typed wins: Spanish "más" is a booster, "mas" a contrast word.
  assert.equal(classify(LEX.es, "mas").role, "contrast");
  assert.notEqual(classify(LEX.es, "más").role, "contrast");
  assert.ok(classify(LEX.es, "más").boost > 0);
  // German does not fold: "schon" (already) is not "schön" (beautiful).
  assert.equal(lookup(LEX.de, "schon"), null);
  assert.ok(lookup(LEX.de, "schön").valence > 0);
});

// --- rules -------------------------------------------------------------------------------

test("a plain positive and a plain negative sentence", () => {
  const good = analyse("The course was good", LEX.en);
  assert.equal(good.verdict, "positive");
  assert.equal(word(good, "good").value, 1.9);
  assert.equal(good.score, Math.round(compound(1.9) * 100) / 100);
  const bad = analyse("The course was bad", LEX.en);
  assert.equal(bad.verdict, "negative");
  assert.equal(word(bad, "bad").value, -2.5);
});

test("neutral text scores zero, and so does empty input", () => {
  for (const text of ["The train leaves at nine from platform four.", "", "   "]) {
    const result = analyse(text, LEX.en);
    assert.equal(result.score, 0);
    assert.equal(result.verdict, "neutral");
    assert.ok(result.tokens.every((t) => t.value === 0));
  }
  assert.equal(verdictOf(0.04), "neutral");
  assert.equal(verdictOf(0.05), "positive");
  assert.equal(verdictOf(-0.05), "negative");
});

test("negation flips and dampens the next words, once, and stops at a comma", () => {
  const result = analyse("This is not good", LEX.en);
  const good = word(result, "good");
  assert.equal(good.value, -1.41); // 1.9 × −0.74
  assert.deepEqual(good.effects, [{ rule: "negated", factor: -0.74, by: "not" }]);
  assert.equal(word(result, "not").role, "negator");
  assert.equal(result.verdict, "negative");

  assert.equal(word(analyse("It isn't great", LEX.en), "great").effects[0].rule, "negated");
  assert.equal(word(analyse("not at all good", LEX.en), "good").effects[0].rule, "negated");
  // Out of reach: four words later, or across a comma.
  assert.deepEqual(rules(word(analyse("not that I ever said good", LEX.en), "good")), []);
  assert.deepEqual(rules(word(analyse("No, good", LEX.en), "good")), []);
  // French "ne … pas" is one negation, not two.
  const pasMal = analyse("Ce n'est pas mal", LEX.fr);
  assert.equal(word(pasMal, "mal").value, 1.85); // −2.5 × −0.74
  assert.equal(pasMal.verdict, "positive");
});

test("in German and Dutch a negation after the verb reaches back", () => {
  const de = analyse("Ich mag den Film nicht.", LEX.de);
  assert.equal(word(de, "mag").effects[0].by, "nicht");
  assert.equal(de.verdict, "negative");
  const nl = analyse("Het eten bevalt me niet", LEX.nl);
  assert.equal(word(nl, "bevalt").effects[0].rule, "negated");
  assert.equal(nl.verdict, "negative");
  // English has no such rule: "good, not" leaves "good" alone.
  assert.deepEqual(rules(word(analyse("It was good not", LEX.en), "good")), []);
});

test("intensifiers scale up, diminishers scale down, and they stack", () => {
  const very = word(analyse("very good", LEX.en), "good");
  assert.equal(very.value, 2.47); // 1.9 × 1.3
  assert.deepEqual(very.effects, [{ rule: "boosted", factor: 1.3, by: "very" }]);
  assert.equal(word(analyse("slightly good", LEX.en), "good").value, 1.33); // × 0.7
  assert.equal(word(analyse("very very good", LEX.en), "good").value, 3.21); // × 1.3 × 1.3
  // A booster may sit one word away: "kind of boring", "een beetje saai".
  assert.equal(word(analyse("It was kind of boring", LEX.en), "boring").value, -1.26); // × 0.7
  assert.equal(word(analyse("Het was een beetje saai", LEX.nl), "saai").value, -1.26);
  // "terribly" is a booster before a sentiment word and a plain word otherwise.
  const terriblyGood = analyse("terribly good", LEX.en);
  assert.equal(word(terriblyGood, "terribly").role, "booster");
  assert.equal(terriblyGood.verdict, "positive");
  const vreselijk = analyse("Het was vreselijk", LEX.nl);
  assert.equal(word(vreselijk, "vreselijk").role, "sentiment");
  assert.equal(vreselijk.verdict, "negative");
  // A booster with nothing to boost contributes nothing.
  assert.equal(analyse("very table", LEX.en).score, 0);
});

test("a but-clause: before counts half, after counts one and a half", () => {
  const result = analyse("The food was good but the service was slow", LEX.en);
  const good = word(result, "good");
  const slow = word(result, "slow");
  assert.deepEqual(good.effects, [{ rule: "contrastBefore", factor: 0.5, by: "but" }]);
  assert.deepEqual(slow.effects, [{ rule: "contrastAfter", factor: 1.5, by: "but" }]);
  assert.equal(good.value, 0.95);
  assert.equal(slow.value, -2.85);
  assert.equal(result.verdict, "negative");
  // Reversed, the same words are positive: the clause after "but" decides.
  assert.equal(analyse("The service was slow but the food was good", LEX.en).verdict, "positive");
  // The contrast only splits its own sentence.
  const two = analyse("It was good. Slow but friendly.", LEX.en);
  assert.deepEqual(rules(word(two, "good")), []);
});

test("capitals boost a shouted word, unless the whole text is in capitals", () => {
  const shouted = word(analyse("This is GOOD", LEX.en), "GOOD");
  assert.equal(shouted.value, 2.47);
  assert.deepEqual(shouted.effects, [{ rule: "caps", factor: 1.3 }]);
  assert.deepEqual(rules(word(analyse("THIS IS GOOD", LEX.en), "GOOD")), []);
});

test("exclamation marks push the score away from zero, four at most", () => {
  const plain = analyse("good", LEX.en);
  const one = analyse("good!", LEX.en);
  const many = analyse("good!!!!!!", LEX.en);
  assert.equal(one.sum, 2.19); // 1.9 + 0.292
  assert.equal(many.sum, 3.07); // 1.9 + 4 × 0.292
  assert.ok(plain.score < one.score && one.score < many.score);
  const mark = many.tokens.find((t) => t.kind === "punct");
  assert.equal(mark.role, "exclamation");
  assert.equal(mark.count, 4);
  assert.equal(analyse("bad!", LEX.en).sum, -2.79);
  // Nothing to emphasise: a neutral text stays neutral.
  assert.equal(analyse("Hello!!!", LEX.en).score, 0);
});

test("emoji and emoticons count, skin tones included, the same in every language", () => {
  for (const code of LANGUAGES) {
    const result = analyse("🙂 👍🏾 :(", LEX[code]);
    assert.deepEqual(
      result.tokens.map((t) => [t.role, t.value]),
      [
        ["emoji", 1.5],
        ["emoji", 2],
        ["emoji", -1.8],
      ],
      code,
    );
  }
  assert.equal(analyse("Meeting at ten 😡", LEX.en).verdict, "negative");
  // Negation does not reach an emoji.
  assert.deepEqual(rules(word(analyse("not 😊", LEX.en), "😊")), []);
});

test("each of the six languages: a positive, a negative and a turned sentence", () => {
  const cases = {
    en: ["What a lovely, helpful teacher", "The app is slow and useless", "Not bad at all"],
    nl: ["Wat een mooie, gezellige avond", "Het hotel was vies en duur", "Het was niet slecht"],
    fr: [
      "Un film magnifique, vraiment génial",
      "Le repas était froid et décevant",
      "Ce n’est pas mal du tout",
    ],
    es: ["Una película preciosa y divertida", "El servicio fue lento y horrible", "No está nada mal"],
    de: [
      "Ein wunderbarer, sehr lustiger Abend",
      "Das Essen war kalt und teuer",
      "Das war nicht schlecht",
    ],
    pt: ["Um livro ótimo e muito divertido", "O hotel era sujo e caro", "Não foi nada mau"],
  };
  for (const [code, [positive, negative, turned]] of Object.entries(cases)) {
    assert.equal(analyse(positive, LEX[code]).verdict, "positive", `${code}: ${positive}`);
    assert.equal(analyse(negative, LEX[code]).verdict, "negative", `${code}: ${negative}`);
    const flipped = analyse(turned, LEX[code]);
    assert.equal(flipped.verdict, "positive", `${code}: ${turned}`);
    assert.ok(flipped.tokens.some((t) => rules(t).includes("negated")), `${code}: ${turned}`);
  }
});

test("each language's contrast word moves the weight to the second clause", () => {
  const cases = {
    en: "The room was beautiful but dirty",
    nl: "De kamer was mooi maar vies",
    fr: "La chambre était belle mais sale",
    es: "La habitación era bonita pero sucia",
    de: "Das Zimmer war schön aber schmutzig",
    pt: "O quarto era bonito mas sujo",
  };
  for (const [code, text] of Object.entries(cases)) {
    const result = analyse(text, LEX[code]);
    assert.equal(result.verdict, "negative", `${code}: ${text}`);
    assert.ok(result.tokens.some((t) => t.role === "contrast"), code);
    const after = result.tokens.filter((t) => rules(t).includes("contrastAfter"));
    assert.equal(after.length, 1, code);
    assert.ok(after[0].value < 0, code);
  }
});

test("sarcasm fools the rules: the words are positive, the meaning is not", () => {
  const result = analyse("Oh great, my train is late again. Just perfect.", LEX.en);
  assert.equal(result.verdict, "positive");
});

test("positive and negative parts add up to the sum", () => {
  const result = analyse("Great food, terrible music, nice people!", LEX.en);
  assert.ok(result.positive > 0 && result.negative < 0);
  assert.ok(Math.abs(result.positive + result.negative - result.sum) < 0.02);
  assert.ok(result.score > -1 && result.score < 1);
});

// --- helpers for the page ----------------------------------------------------------------

test("chooseLanguage uses the page language when a lexicon exists, else English", () => {
  assert.equal(chooseLanguage("nl", LANGUAGES), "nl");
  assert.equal(chooseLanguage("pt-BR", LANGUAGES), "pt");
  assert.equal(chooseLanguage("ar", LANGUAGES), "en");
  assert.equal(chooseLanguage("zh-hans", LANGUAGES), "en");
});

test("debounce runs once, after the last call of a burst", () => {
  const timers = [];
  const fake = {
    setTimeout: (fn) => timers.push(fn) - 1,
    clearTimeout: (handle) => {
      timers[handle] = null;
    },
  };
  const calls = [];
  const run = debounce((value) => calls.push(value), 200, fake);
  run("a");
  run("b");
  run("c");
  for (const fn of timers) fn?.();
  assert.deepEqual(calls, ["c"]);
});
