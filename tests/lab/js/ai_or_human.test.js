import { test } from "node:test";
import assert from "node:assert/strict";

import {
  currentRound,
  isLastRound,
  nextRound,
  restart,
  roundsFromData,
  startGame,
  submitGuess,
  summary,
} from "../../../static/lab/ai_or_human/core.js";

const DATA = {
  blocks: [
    { type: "round", id: "a", value: { text: " First text ", source: "person", provenance: "p1", signs: ["typo", " "] } },
    { type: "challenge", id: "x", value: { title: "not a round" } },
    { type: "round", id: "b", value: { text: "Second text", source: "model", provenance: "p2", signs: [] } },
    { type: "round", id: "c", value: { text: "", source: "model" } },
    { type: "round", id: "d", value: { text: "Unknown source", source: "alien" } },
    { type: "round", id: "e", value: { text: "Third text", source: "model", provenance: "", signs: ["hedging", "lists"] } },
  ],
};

function play(rounds, guesses) {
  let state = startGame(rounds);
  for (const guess of guesses) {
    state = nextRound(submitGuess(state, guess));
  }
  return state;
}

test("rounds come from the page data in editor order, incomplete ones left out", () => {
  const rounds = roundsFromData(DATA);
  assert.deepEqual(rounds.map((round) => round.id), ["a", "b", "e"]);
  assert.equal(rounds[0].text, "First text");
  assert.deepEqual(rounds[0].signs, ["typo"]);
  assert.deepEqual(rounds[2].signs, ["hedging", "lists"]);
  assert.deepEqual(roundsFromData(null), []);
  assert.deepEqual(roundsFromData({ blocks: "nope" }), []);
});

test("the game walks the rounds in the order given", () => {
  const rounds = roundsFromData(DATA);
  let state = startGame(rounds);
  const seen = [];
  while (state.phase !== "finished") {
    seen.push(currentRound(state).id);
    state = nextRound(submitGuess(state, "model"));
  }
  assert.deepEqual(seen, ["a", "b", "e"]);
  assert.equal(currentRound(state), null);
});

test("a right guess scores and extends the streak; a wrong one resets the streak", () => {
  const rounds = roundsFromData(DATA); // person, model, model
  let state = startGame(rounds);
  state = submitGuess(state, "person");
  assert.equal(state.phase, "revealed");
  assert.equal(state.lastCorrect, true);
  assert.deepEqual([state.score, state.streak, state.bestStreak], [1, 1, 1]);
  state = nextRound(state);
  state = submitGuess(state, "person"); // wrong: it was a model
  assert.equal(state.lastCorrect, false);
  assert.equal(state.lastGuess, "person");
  assert.deepEqual([state.score, state.streak, state.bestStreak], [1, 0, 1]);
  state = nextRound(state);
  state = submitGuess(state, "model");
  assert.deepEqual([state.score, state.streak, state.bestStreak], [2, 1, 1]);
});

test("the best streak grows past the stored one and never shrinks", () => {
  const rounds = roundsFromData(DATA);
  assert.equal(play(rounds, ["person", "model", "model"]).bestStreak, 3);
  assert.equal(startGame(rounds, { bestStreak: 5 }).bestStreak, 5);
  let state = startGame(rounds, { bestStreak: 2 });
  state = nextRound(submitGuess(state, "person"));
  state = nextRound(submitGuess(state, "model"));
  assert.equal(state.bestStreak, 2);
  state = submitGuess(state, "model");
  assert.equal(state.bestStreak, 3);
  assert.equal(startGame(rounds, { bestStreak: "junk" }).bestStreak, 0);
});

test("only one guess counts per round, and unknown answers are ignored", () => {
  const rounds = roundsFromData(DATA);
  let state = startGame(rounds);
  assert.equal(submitGuess(state, "robot"), state);
  state = submitGuess(state, "model"); // wrong
  const again = submitGuess(state, "person");
  assert.equal(again, state);
  assert.equal(state.score, 0);
  // Moving on is only possible once the answer is shown.
  const fresh = startGame(rounds);
  assert.equal(nextRound(fresh), fresh);
});

test("the game ends after the last round and then takes no more guesses", () => {
  const rounds = roundsFromData(DATA);
  let state = startGame(rounds);
  state = nextRound(submitGuess(state, "person"));
  state = nextRound(submitGuess(state, "person"));
  assert.equal(isLastRound(state), true);
  state = submitGuess(state, "model");
  assert.equal(state.phase, "revealed");
  state = nextRound(state);
  assert.equal(state.phase, "finished");
  assert.equal(submitGuess(state, "model"), state);
  assert.deepEqual(summary(state), {
    score: 2, answered: 3, total: 3, round: 3, streak: 1, bestStreak: 1,
  });
});

test("summary counts the round being played", () => {
  const state = startGame(roundsFromData(DATA));
  assert.deepEqual(summary(state), {
    score: 0, answered: 0, total: 3, round: 1, streak: 0, bestStreak: 0,
  });
  assert.equal(summary(nextRound(submitGuess(state, "person"))).round, 2);
});

test("restart keeps the rounds and the best streak, clears score and streak", () => {
  const rounds = roundsFromData(DATA);
  const finished = play(rounds, ["person", "model", "person"]);
  assert.equal(finished.bestStreak, 2);
  const again = restart(finished);
  assert.equal(again.phase, "guessing");
  assert.deepEqual([again.score, again.streak, again.bestStreak, again.index], [0, 0, 2, 0]);
  assert.equal(currentRound(again).id, "a");
});

test("a game without rounds is finished from the start", () => {
  const state = startGame([]);
  assert.equal(state.phase, "finished");
  assert.equal(currentRound(state), null);
  assert.equal(submitGuess(state, "person"), state);
});

test("states are frozen so the view cannot change them by accident", () => {
  const state = startGame(roundsFromData(DATA));
  assert.ok(Object.isFrozen(state));
  assert.ok(Object.isFrozen(submitGuess(state, "person")));
});
