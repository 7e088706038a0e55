import assert from "node:assert/strict";
import { test } from "node:test";

import { createStore, createTranslator, interpolate, readJsonBlock } from "../../../static/lab/common.js";

function memoryStorage() {
  const items = new Map();
  return {
    getItem: (key) => (items.has(key) ? items.get(key) : null),
    setItem: (key, value) => items.set(key, String(value)),
    removeItem: (key) => items.delete(key),
    items,
  };
}

test("interpolate fills named placeholders and leaves unknown ones visible", () => {
  assert.equal(interpolate("Score: {score} of {total}", { score: 3, total: 5 }), "Score: 3 of 5");
  assert.equal(interpolate("{a}{a}", { a: "x" }), "xx");
  assert.equal(interpolate("Hi {name}", {}), "Hi {name}");
});

test("a translator never shows a raw key", () => {
  const t = createTranslator({ hello: "Hallo {name}" });
  assert.equal(t("hello", { name: "Ada" }), "Hallo Ada");
  assert.equal(t("missing.key"), "");
});

test("the store keeps values per experiment and resets only its own", () => {
  const storage = memoryStorage();
  const chatbot = createStore(storage, "chatbot");
  const ethics = createStore(storage, "ethics");
  chatbot.set("best", 7);
  ethics.set("best", 2);
  assert.equal(chatbot.get("best"), 7);
  assert.equal(createStore(storage, "chatbot").get("best"), 7, "survives a reload");
  chatbot.reset();
  assert.equal(chatbot.get("best", 0), 0);
  assert.equal(ethics.get("best"), 2);
  assert.ok(storage.items.has("educademy.lab.v1.ethics"));
});

test("the store survives corrupt, refused or missing storage", () => {
  const storage = memoryStorage();
  storage.setItem("educademy.lab.v1.x", "{not json");
  assert.equal(createStore(storage, "x").get("a", "default"), "default");

  const refusing = { getItem: () => null, setItem: () => { throw new Error("quota"); }, removeItem() {} };
  const store = createStore(refusing, "y");
  store.set("a", 1);
  assert.equal(store.persistent, false);
  assert.equal(store.get("a"), 1, "kept in memory for this page");

  const none = createStore(null, "z");
  none.set("a", 2);
  assert.equal(none.get("a"), 2);
  assert.equal(none.persistent, false);
});

test("readJsonBlock parses a data block and falls back on missing or broken ones", () => {
  const doc = {
    getElementById: (id) =>
      ({ good: { textContent: '{"a": [1, 2]}' }, bad: { textContent: "{" } })[id] || null,
  };
  assert.deepEqual(readJsonBlock(doc, "good"), { a: [1, 2] });
  assert.deepEqual(readJsonBlock(doc, "bad", { empty: true }), { empty: true });
  assert.deepEqual(readJsonBlock(doc, "absent"), {});
});
