// AI or human?: the game logic, pure (no DOM). app.js draws it; node --test checks it.
//
// A game is an immutable state object; every action returns a new one:
//   startGame(rounds, { bestStreak })  ->  state (phase "guessing", first round)
//   submitGuess(state, "person" | "model")  ->  state (phase "revealed", score and streak updated)
//   nextRound(state)  ->  state (phase "guessing" on the next round, or "finished")

export const SOURCES = ["person", "model"];

/** The rounds of the page's data (`{blocks: [{type: "round", id, value}]}`), in editor order,
 * keeping only complete ones (a text and a known source). */
export function roundsFromData(data) {
  const blocks = (data && Array.isArray(data.blocks)) ? data.blocks : [];
  return blocks
    .filter((block) => block && block.type === "round" && block.value)
    .map((block, index) => {
      const value = block.value;
      return {
        id: String(block.id || `round-${index + 1}`),
        text: String(value.text || "").trim(),
        source: value.source,
        provenance: String(value.provenance || "").trim(),
        signs: (Array.isArray(value.signs) ? value.signs : [])
          .map((sign) => String(sign || "").trim())
          .filter(Boolean),
      };
    })
    .filter((round) => round.text && SOURCES.includes(round.source));
}

export function startGame(rounds, { bestStreak = 0 } = {}) {
  return Object.freeze({
    rounds: Object.freeze([...rounds]),
    index: 0,
    phase: rounds.length ? "guessing" : "finished",
    score: 0,
    streak: 0,
    bestStreak: Math.max(0, Number(bestStreak) || 0),
    lastGuess: null,
    lastCorrect: null,
    answered: 0,
  });
}

export function currentRound(state) {
  return state.phase === "finished" ? null : state.rounds[state.index];
}

/** Records the visitor's guess for the current round. A second guess on the same round,
 * a guess after the end or an unknown answer changes nothing. */
export function submitGuess(state, guess) {
  if (state.phase !== "guessing" || !SOURCES.includes(guess)) return state;
  const correct = guess === state.rounds[state.index].source;
  const streak = correct ? state.streak + 1 : 0;
  return Object.freeze({
    ...state,
    phase: "revealed",
    score: state.score + (correct ? 1 : 0),
    streak,
    bestStreak: Math.max(state.bestStreak, streak),
    lastGuess: guess,
    lastCorrect: correct,
    answered: state.answered + 1,
  });
}

/** Moves on after an answer has been revealed; after the last round the game is finished. */
export function nextRound(state) {
  if (state.phase !== "revealed") return state;
  const index = state.index + 1;
  if (index >= state.rounds.length) {
    return Object.freeze({ ...state, phase: "finished" });
  }
  return Object.freeze({ ...state, index, phase: "guessing", lastGuess: null, lastCorrect: null });
}

/** Same rounds, same order, score and streak back to zero; the best streak is kept. */
export function restart(state) {
  return startGame(state.rounds, { bestStreak: state.bestStreak });
}

export function isLastRound(state) {
  return state.index >= state.rounds.length - 1;
}

/** Figures for the progress line and the final summary. */
export function summary(state) {
  return {
    score: state.score,
    answered: state.answered,
    total: state.rounds.length,
    round: Math.min(state.index + 1, state.rounds.length),
    streak: state.streak,
    bestStreak: state.bestStreak,
  };
}
