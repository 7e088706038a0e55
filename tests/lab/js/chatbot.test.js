/* Chatbot builder core: tokeniser, TF-IDF, cosine, threshold, import and export. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import {
  FORMAT,
  LIMITS,
  botFromBlocks,
  buildModel,
  exportBot,
  fileName,
  importBot,
  phrasesFromText,
  respond,
  scoreMessage,
  tokenize,
  validateBot,
  validateIntent,
} from "../../../static/lab/chatbot/core.js";

const close = (actual, expected, message) =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${message}: ${actual} ≠ ${expected}`);

/* Four phrases; "books" is in two of them, every other word in one. */
const LIBRARY = {
  name: "Desk",
  greeting: "Hello",
  fallback: "Sorry, I do not know that yet.",
  threshold: 0.5,
  intents: [
    { name: "hours", phrases: ["opening hours", "when open"], answer: "9 to 5." },
    { name: "loans", phrases: ["borrow books", "renew books"], answer: "Use your card." },
  ],
};
// idf = ln((1 + N) / (1 + df)) + 1 with N = 4 phrases.
const IDF_ONCE = Math.log(5 / 2) + 1; // df = 1
const IDF_BOOKS = Math.log(5 / 3) + 1; // df = 2

describe("tokenize", () => {
  test("lower-cases, folds accents, drops punctuation and stop words", () => {
    assert.deepEqual(tokenize("When is the Café OPEN?!", "en"), ["when", "cafe", "open"]);
    assert.deepEqual(tokenize("Wann öffnet die Bücherei?", "de"), ["wann", "offnet", "bucherei"]);
    assert.deepEqual(tokenize("Hoe laat gaat de bibliotheek open?", "nl"), [
      "hoe",
      "laat",
      "gaat",
      "bibliotheek",
      "open",
    ]);
  });

  test("keeps stop words when asked", () => {
    assert.deepEqual(tokenize("the cat", "en", { stopWords: false }), ["the", "cat"]);
  });

  test("splits French elisions", () => {
    assert.deepEqual(tokenize("l’heure d'ouverture", "fr"), ["heure", "ouverture"]);
  });

  test("segments Japanese and Chinese, written without spaces, into words", () => {
    const japanese = tokenize("図書館は何時に開きますか", "ja");
    assert.ok(japanese.includes("図書館"), japanese.join(" "));
    assert.ok(japanese.includes("何時"), japanese.join(" "));
    assert.ok(!japanese.includes("は"), "the particle は is a stop word");
    const chinese = tokenize("图书馆几点开门？", "zh-hans");
    assert.ok(chinese.length >= 3, chinese.join(" "));
    assert.ok(chinese.includes("开门"), chinese.join(" "));
    assert.ok(!chinese.includes("？"));
  });

  test("normalises Arabic: article prefixes, alef forms, ta marbuta", () => {
    assert.deepEqual(tokenize("متى تفتح المكتبة؟", "ar"), tokenize("متي تفتح مكتبه", "ar"));
    assert.deepEqual(tokenize("والكتب", "ar"), ["كتب"]);
    assert.deepEqual(tokenize("أين", "ar"), tokenize("اين", "ar"));
  });

  test("Japanese matching works end to end", () => {
    const bot = {
      ...LIBRARY,
      intents: [
        { name: "hours", phrases: ["図書館は何時に開きますか"], answer: "九時です。" },
        { name: "loans", phrases: ["本を借りたい"], answer: "カードが必要です。" },
      ],
    };
    const reply = respond(bot, buildModel(bot, "ja"), "何時に開きますか", 0.3);
    assert.equal(reply.intent.name, "hours");
  });
});

describe("TF-IDF and cosine similarity", () => {
  const model = buildModel(LIBRARY, "en");

  test("idf weights match the formula", () => {
    close(model.idf.get("books"), IDF_BOOKS, "books");
    close(model.idf.get("renew"), IDF_ONCE, "renew");
    assert.equal(model.idf.size, 7);
    assert.equal(model.documents.length, 4);
  });

  test("a message equal to a phrase scores 1; the shared word alone scores less", () => {
    const { scores } = scoreMessage(model, "Renew my books");
    assert.deepEqual(
      scores.map((s) => s.name),
      ["loans", "hours"],
    );
    close(scores[0].score, 1, "renew books · renew books");
    assert.equal(scores[0].phrase, "renew books");
    assert.equal(scores[1].score, 0);
  });

  test("max over phrases: a one-word message against two-word phrases", () => {
    const { scores } = scoreMessage(model, "books");
    // cos([books], [borrow, books]) = idfB / sqrt(idf1² + idfB²)
    close(scores[0].score, IDF_BOOKS / Math.hypot(IDF_ONCE, IDF_BOOKS), "books");
    assert.equal(scores[0].phrase, "borrow books", "ties keep the first phrase");
  });

  test("term frequency counts: a repeated word weighs more", () => {
    const { scores } = scoreMessage(model, "books books borrow");
    const message = [2 * IDF_BOOKS, IDF_ONCE]; // books, borrow
    const phrase = [IDF_BOOKS, IDF_ONCE];
    const expected =
      (message[0] * phrase[0] + message[1] * phrase[1]) /
      (Math.hypot(...message) * Math.hypot(...phrase));
    close(scores[0].score, expected, "books books borrow");
    assert.equal(scores[0].phrase, "borrow books");
    assert.ok(expected < 1 && expected > 0.9);
  });

  test("unknown words are reported and do not count", () => {
    const result = scoreMessage(model, "renew dinosaurs");
    assert.deepEqual(result.unknown, ["dinosaurs"]);
    assert.deepEqual(result.known, ["renew"]);
    // cos([renew], [renew, books]) = idf1 / sqrt(idf1² + idfB²)
    close(result.scores[0].score, IDF_ONCE / Math.hypot(IDF_ONCE, IDF_BOOKS), "renew");
  });

  test("ties between intents keep the intents' order", () => {
    const { scores } = scoreMessage(model, "pizza");
    assert.deepEqual(
      scores.map((s) => [s.name, s.score]),
      [
        ["hours", 0],
        ["loans", 0],
      ],
    );
  });
});

describe("threshold and fallback", () => {
  const model = buildModel(LIBRARY, "en");
  const renewScore = IDF_ONCE / Math.hypot(IDF_ONCE, IDF_BOOKS); // ≈ 0.785

  test("at or above the threshold the best intent answers", () => {
    const reply = respond(LIBRARY, model, "renew", 0.5);
    assert.equal(reply.fallback, false);
    assert.equal(reply.intent.name, "loans");
    assert.equal(reply.answer, "Use your card.");
    assert.equal(respond(LIBRARY, model, "renew", renewScore).fallback, false);
  });

  test("below the threshold the bot falls back", () => {
    const reply = respond(LIBRARY, model, "renew", 0.8);
    assert.equal(reply.fallback, true);
    assert.equal(reply.intent, null);
    assert.equal(reply.answer, LIBRARY.fallback);
    assert.equal(reply.scores[0].name, "loans", "scores are still shown");
  });

  test("the bot's own threshold is the default; zero similarity never answers", () => {
    assert.equal(respond(LIBRARY, model, "renew").threshold, 0.5);
    assert.equal(respond(LIBRARY, model, "pizza", 0).fallback, true);
  });

  test("a bot without intents always falls back", () => {
    const empty = { ...LIBRARY, intents: [] };
    const reply = respond(empty, buildModel(empty, "en"), "hello", 0);
    assert.equal(reply.fallback, true);
    assert.deepEqual(reply.scores, []);
  });
});

describe("starter bot and editor helpers", () => {
  test("content blocks become a bot", () => {
    const bot = botFromBlocks([
      {
        type: "bot_settings",
        id: "s",
        value: { bot_name: "Bea", greeting: "Hi!", fallback_answer: "Pardon?", threshold: 0.25 },
      },
      {
        type: "intent",
        id: "a",
        value: { name: "hours", phrases: "open?\n\n open? \nclosed?", answer: "9" },
      },
      {
        type: "intent",
        id: "b",
        value: { name: "wifi", phrases: ["wifi", "internet"], answer: "Yes" },
      },
      { type: "round", id: "x", value: { text: "not ours" } },
    ]);
    assert.deepEqual(bot, {
      name: "Bea",
      greeting: "Hi!",
      fallback: "Pardon?",
      threshold: 0.25,
      intents: [
        { name: "hours", phrases: ["open?", "closed?"], answer: "9" },
        { name: "wifi", phrases: ["wifi", "internet"], answer: "Yes" },
      ],
    });
  });

  test("phrases: one per line, trimmed, no blanks or repeats", () => {
    assert.deepEqual(phrasesFromText(" a \r\nb\n\na\n"), ["a", "b"]);
  });

  test("an intent needs a unique name, a phrase and an answer", () => {
    const good = { name: "hours", phrases: ["open"], answer: "9" };
    assert.equal(validateIntent(good, ["wifi"]).ok, true);
    assert.deepEqual(validateIntent(good, ["Hours"]), {
      ok: false,
      error: "duplicate_name",
      params: { name: "hours" },
    });
    assert.equal(validateIntent({ ...good, name: "  " }).error, "empty_text");
    assert.equal(validateIntent({ ...good, phrases: ["  "] }).error, "no_phrases");
    assert.equal(validateIntent({ ...good, answer: "" }).error, "empty_text");
  });
});

describe("import and export", () => {
  test("export round-trips through import", () => {
    const text = exportBot(LIBRARY);
    const parsed = JSON.parse(text);
    assert.equal(parsed.format, FORMAT);
    assert.equal(parsed.version, 1);
    const result = importBot(text);
    assert.equal(result.ok, true);
    assert.deepEqual(result.bot, LIBRARY);
    assert.equal(exportBot(result.bot), text);
  });

  test("bad JSON is refused with its own error", () => {
    assert.deepEqual(importBot("{not json"), { ok: false, error: "not_json", params: {} });
    assert.equal(importBot("").error, "not_json");
  });

  test("JSON of the wrong shape is refused, naming the part", () => {
    assert.deepEqual(importBot("[1, 2]"), { ok: false, error: "not_a_bot", params: {} });
    assert.equal(importBot("null").error, "not_a_bot");
    assert.equal(importBot('"a bot"').error, "not_a_bot");
    const bot = JSON.parse(exportBot(LIBRARY));
    const broken = (change) => importBot(JSON.stringify({ ...bot, ...change }));
    assert.deepEqual(broken({ intents: "many" }).params, { field: "intents" });
    assert.equal(broken({ format: "something-else" }).error, "not_a_bot");
    assert.deepEqual(broken({ version: 2 }).params, { field: "version" });
    assert.deepEqual(broken({ threshold: 2 }).params, { field: "threshold" });
    assert.deepEqual(broken({ name: 7 }).params, { field: "name" });
    assert.deepEqual(broken({ intents: [{ name: "x", phrases: "one", answer: "y" }] }).params, {
      field: "intents[0].phrases",
    });
    assert.deepEqual(broken({ intents: [{ name: "x", phrases: ["a", 3], answer: "y" }] }).params, {
      field: "intents[0].phrases[1]",
    });
    assert.equal(
      broken({ intents: [bot.intents[0], { ...bot.intents[0], name: "HOURS" }] }).error,
      "duplicate_name",
    );
  });

  test("oversize files, texts and lists are refused", () => {
    const big = " ".repeat(LIMITS.fileBytes + 1);
    assert.deepEqual(importBot(big), {
      ok: false,
      error: "too_large",
      params: { size: 101, max: 100 },
    });
    assert.equal(importBot("{}", 5 * 1024 * 1024).error, "too_large", "the file's own size counts");
    const bot = JSON.parse(exportBot(LIBRARY));
    const many = Array.from({ length: LIMITS.intents + 1 }, (_, i) => ({
      name: `i${i}`,
      phrases: ["p"],
      answer: "a",
    }));
    assert.deepEqual(importBot(JSON.stringify({ ...bot, intents: many })).params, {
      count: 51,
      max: 50,
    });
    const longAnswer = { ...bot.intents[0], answer: "x".repeat(LIMITS.textLength + 1) };
    assert.deepEqual(importBot(JSON.stringify({ ...bot, intents: [longAnswer] })), {
      ok: false,
      error: "text_too_long",
      params: { field: "intents[0].answer", max: 1000 },
    });
    const phrases = Array.from({ length: LIMITS.phrases + 1 }, (_, i) => `p${i}`);
    assert.equal(
      importBot(JSON.stringify({ ...bot, intents: [{ ...bot.intents[0], phrases }] })).error,
      "too_many_phrases",
    );
  });

  test("stored bots are checked the same way", () => {
    assert.equal(validateBot({ ...LIBRARY, fallback: "" }).error, "empty_text");
    assert.equal(validateBot(LIBRARY).ok, true);
  });

  test("download file names are safe", () => {
    assert.equal(fileName({ name: "Bibliothèque / Desk!" }), "bibliotheque-desk.json");
    assert.equal(fileName({ name: "" }), "chatbot.json");
    assert.equal(fileName({ name: "مكتب المساعدة" }), "مكتب-المساعدة.json");
  });
});
