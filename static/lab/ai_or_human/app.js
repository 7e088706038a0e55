// AI or human?: the page on top of core.js. See docs/lab.md for ctx.
import { startExperiment } from "../common.js";
import {
  currentRound,
  isLastRound,
  nextRound,
  restart,
  roundsFromData,
  startGame,
  submitGuess,
  summary,
} from "./core.js";

const BEST_STREAK = "bestStreak";

startExperiment((ctx) => {
  const $ = (hook) => ctx.app.querySelector(`[data-aoh-${hook}]`);
  const view = {
    empty: $("empty"),
    play: $("play"),
    progress: $("progress"),
    score: $("score"),
    streak: $("streak"),
    best: $("best"),
    text: $("text"),
    textLabel: $("text-label"),
    guess: $("guess"),
    choices: [...ctx.app.querySelectorAll("[data-aoh-choice]")],
    answer: $("answer"),
    verdict: $("verdict"),
    provenance: $("provenance"),
    signs: $("signs"),
    next: $("next"),
    end: $("end"),
    endHeading: $("end-heading"),
    summary: $("summary"),
    endBest: $("end-best"),
    restart: $("restart"),
  };
  const number = (value) => ctx.formatNumber(value);
  const sourceName = (source) => ctx.t(`source_${source}`);

  const rounds = roundsFromData(ctx.data);
  let state = startGame(rounds, { bestStreak: ctx.store.get(BEST_STREAK, 0) });

  if (!rounds.length) {
    view.empty.hidden = false;
    return;
  }

  function renderStats() {
    const figures = summary(state);
    view.progress.textContent = ctx.t("progress", {
      round: number(figures.round),
      total: number(figures.total),
    });
    view.score.textContent = ctx.t("score", {
      score: number(figures.score),
      answered: number(figures.answered),
    });
    view.streak.textContent = ctx.t("streak", { streak: number(figures.streak) });
    view.best.textContent = ctx.t("best_streak", { best: number(figures.bestStreak) });
  }

  function renderRound() {
    const round = currentRound(state);
    const revealed = state.phase === "revealed";
    view.text.textContent = round.text;
    view.textLabel.textContent = ctx.t("text_label", { round: number(state.index + 1) });
    for (const button of view.choices) {
      const chosen = revealed && button.dataset.aohChoice === state.lastGuess;
      button.disabled = revealed;
      button.setAttribute("aria-pressed", chosen ? "true" : "false");
    }
    view.guess.classList.toggle("is-answered", revealed);
    view.answer.hidden = !revealed;
    if (revealed) {
      const answer = sourceName(round.source);
      view.verdict.textContent = state.lastCorrect
        ? ctx.t("right", { answer })
        : ctx.t("wrong", { guess: sourceName(state.lastGuess), answer });
      view.verdict.classList.toggle("is-right", state.lastCorrect);
      view.verdict.classList.toggle("is-wrong", !state.lastCorrect);
      view.provenance.textContent = round.provenance;
      view.provenance.parentElement.hidden = !round.provenance;
      view.signs.replaceChildren(
        ...round.signs.map((sign) => {
          const item = document.createElement("li");
          item.textContent = sign;
          return item;
        }),
      );
      view.next.textContent = isLastRound(state) ? ctx.t("see_result") : ctx.t("next");
    }
  }

  function render() {
    const finished = state.phase === "finished";
    view.play.hidden = finished;
    view.end.hidden = !finished;
    renderStats();
    if (finished) {
      const figures = summary(state);
      view.summary.textContent = ctx.t("finished", {
        score: number(figures.score),
        total: number(figures.total),
      });
      view.endBest.textContent = ctx.t("best_streak", { best: number(figures.bestStreak) });
    } else {
      renderRound();
    }
  }

  function guess(choice) {
    const before = state.bestStreak;
    state = submitGuess(state, choice);
    if (state.phase !== "revealed") return;
    if (state.bestStreak > before) ctx.store.set(BEST_STREAK, state.bestStreak);
    render();
    const round = currentRound(state);
    const messages = [view.verdict.textContent];
    if (state.bestStreak > before && state.bestStreak > 1) {
      messages.push(ctx.t("new_best", { best: number(state.bestStreak) }));
    }
    messages.push(view.score.textContent);
    if (round.provenance) messages.push(round.provenance);
    ctx.announce(messages.join(" "));
    view.answer.focus();
  }

  for (const button of view.choices) {
    button.addEventListener("click", () => guess(button.dataset.aohChoice));
  }

  view.next.addEventListener("click", () => {
    state = nextRound(state);
    render();
    if (state.phase === "finished") {
      ctx.announce(view.summary.textContent);
      view.endHeading.focus();
    } else {
      ctx.announce(view.progress.textContent);
      view.text.focus();
    }
  });

  view.restart.addEventListener("click", () => {
    state = restart(state);
    render();
    ctx.announce(view.progress.textContent);
    view.text.focus();
  });

  ctx.onReset(() => {
    state = startGame(rounds, { bestStreak: 0 });
    render();
  });

  render();
});
