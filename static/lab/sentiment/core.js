/* Lexicon-and-rules sentiment analysis: a tokeniser and a scorer, pure functions, no DOM.
 *
 * The approach follows the idea of VADER (Hutto & Gilbert, 2014): every known word carries a
 * valence from -4 to +4, and a handful of rules adjust it before the valences are summed and
 * squashed into a compound score between -1 and +1. The code and the word lists are our own.
 *
 * Rules, in the order they apply to a word:
 *   booster     "very good": a booster scales the next sentiment word (×1.3 for +0.3)
 *   capitals    "GOOD" in a sentence that is not all capitals: ×1.3
 *   negation    "not good": a negator up to three words before flips and dampens (×−0.74);
 *               in languages that negate after the verb (de, nl) a negator at the end of a
 *               clause reaches back to the nearest sentiment word
 *   contrast    "good but slow": in the sentence, words before the contrast word count ×0.5,
 *               words after it ×1.5
 *   exclamation each "!" (up to four) adds 0.292 in the direction of the sum
 * Emoji and emoticons carry their own valence; boosters and negation do not reach them.
 */

export const NEGATION_FACTOR = -0.74;
export const CAPS_FACTOR = 1.3;
export const CONTRAST_BEFORE = 0.5;
export const CONTRAST_AFTER = 1.5;
export const EXCLAMATION_STEP = 0.292;
export const EXCLAMATION_MAX = 4;
export const NEGATION_WINDOW = 3;
export const BOOSTER_WINDOW = 2;
export const NORMALISE_ALPHA = 15;
export const NEUTRAL_BAND = 0.05;

const APOSTROPHES = /[\u2019\u02BC\u2018`´]/g;
const WORD = "[\\p{L}\\p{M}\\p{N}]+(?:'[\\p{L}\\p{M}\\p{N}]+)*";
const EMOJI =
  "\\p{Extended_Pictographic}(?:\\uFE0F|\\p{Emoji_Modifier}|\\u200D\\p{Extended_Pictographic})*";
const PUNCT = "[!?.,;:\u00A1\u00BF\u2026]+";
const CLAUSE_END = /[.,;:!?\u2026]/;
const SENTENCE_END = /[.!?\u2026]/;

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Lower case, NFC, one kind of apostrophe. */
export function normalise(word) {
  return word.normalize("NFC").replace(APOSTROPHES, "'").toLowerCase();
}

/** The word without accents ("très" → "tres"), for visitors who type without them. */
export function fold(word) {
  return word.normalize("NFD").replace(/\p{M}+/gu, "").normalize("NFC");
}

/** The emoji without variation selectors or skin tones, as the emoji table lists it. */
export function emojiKey(emoji) {
  return emoji.replace(/[\uFE0F\u200D]|\p{Emoji_Modifier}/gu, "") || emoji;
}

const patterns = new Map();

/** The tokeniser's expression for a set of emoticons, compiled once. */
function tokenPattern(emoticons) {
  const emoticonPattern = [...emoticons]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");
  if (!patterns.has(emoticonPattern)) {
    // An emoticon stands on its own: "xD" yes, the start of "xDelta" no.
    const parts = [
      emoticonPattern &&
        `(?<![\\p{L}\\p{N}])(?<emoticon>${emoticonPattern})(?![\\p{L}\\p{N}])`,
      `(?<emoji>${EMOJI})`,
      `(?<word>${WORD})`,
      `(?<punct>${PUNCT})`,
    ];
    patterns.set(emoticonPattern, new RegExp(parts.filter(Boolean).join("|"), "gu"));
  }
  return patterns.get(emoticonPattern);
}

/**
 * Split a text into tokens {text, kind, start, end}; kind is "word", "emoji" (emoticons
 * included) or "punct". Apostrophes inside a word keep it whole ("don't", "aujourd'hui");
 * with `elisions` (French: l', d', qu', n'…) the elided article or pronoun becomes a token
 * of its own ("n'est" → "n'", "est").
 */
export function tokenize(text, { elisions = [], emoticons = [] } = {}) {
  const source = String(text ?? "")
    .normalize("NFC")
    .replace(APOSTROPHES, "'");
  const pattern = tokenPattern(emoticons);
  const elided = new Set(elisions.map(normalise));
  const tokens = [];
  for (const match of source.matchAll(pattern)) {
    const groups = match.groups;
    const start = match.index;
    if (groups.emoticon || groups.emoji) {
      tokens.push({ text: match[0], kind: "emoji", start, end: start + match[0].length });
    } else if (groups.punct) {
      tokens.push({ text: match[0], kind: "punct", start, end: start + match[0].length });
    } else {
      const word = match[0];
      const quote = word.indexOf("'");
      const head = quote > 0 ? normalise(word.slice(0, quote + 1)) : "";
      if (head && elided.has(head) && quote < word.length - 1) {
        const end = start + quote + 1;
        tokens.push({ text: word.slice(0, quote + 1), kind: "word", start, end });
        tokens.push({
          text: word.slice(quote + 1),
          kind: "word",
          start: start + quote + 1,
          end: start + word.length,
        });
      } else {
        tokens.push({ text: word, kind: "word", start, end: start + word.length });
      }
    }
  }
  return tokens;
}

function indexWords(entries, foldAccents) {
  const exact = new Map();
  const folded = new Map(); // accent-free spelling → the lexicon's own spelling
  for (const [word, value] of entries) {
    const key = normalise(word);
    exact.set(key, value);
    if (foldAccents && !folded.has(fold(key))) folded.set(fold(key), key);
  }
  return { exact, folded };
}

/**
 * Turn a lexicon file ({language, words: {word: valence}, negators: [...], boosters:
 * {word: increment}, contrast: [...], elisions, negatorSuffixes, suffixes: [[ending,
 * replacement]], foldAccents, negationAfter}) and the shared emoji table ({emoji: valence})
 * into the lookup structure `analyse` uses.
 */
export function prepareLexicon(data, emojiTable = {}) {
  const foldAccents = Boolean(data.foldAccents);
  const words = indexWords(Object.entries(data.words || {}), foldAccents);
  const negators = indexWords(
    (data.negators || []).map((word) => [word, true]),
    foldAccents,
  );
  const boosters = indexWords(Object.entries(data.boosters || {}), foldAccents);
  const contrast = indexWords(
    (data.contrast || []).map((word) => [word, true]),
    foldAccents,
  );
  const emoji = new Map(Object.entries(emojiTable).map(([key, value]) => [emojiKey(key), value]));
  return {
    language: data.language,
    words,
    negators,
    boosters,
    contrast,
    emoji,
    emoticons: Object.keys(emojiTable).filter((key) => /^[\x20-\x7E]+$/.test(key)),
    elisions: data.elisions || [],
    negatorSuffixes: (data.negatorSuffixes || []).map(normalise),
    suffixes: data.suffixes || [],
    negationAfter: Boolean(data.negationAfter),
    foldAccents,
  };
}

/** The entry for `key`: as spelt, or (second pass, `loose`) ignoring accents. */
function find(index, key, loose) {
  if (!loose) return index.exact.has(key) ? { value: index.exact.get(key), key } : null;
  const original = index.folded.get(fold(key));
  return original === undefined ? null : { value: index.exact.get(original), key: original };
}

function lookupPass(lexicon, key, loose) {
  const direct = find(lexicon.words, key, loose);
  if (direct) return { valence: direct.value, lemma: direct.key };
  for (const [ending, replacement] of lexicon.suffixes) {
    if (key.length > ending.length + 2 && key.endsWith(ending)) {
      const stem = key.slice(0, key.length - ending.length) + replacement;
      const found = find(lexicon.words, stem, loose);
      if (found) return { valence: found.value, lemma: found.key };
    }
  }
  return null;
}

/** A word's valence and the lexicon entry it came from (directly, or by an ending rule). */
export function lookup(lexicon, word) {
  const key = normalise(word);
  const asTyped = lookupPass(lexicon, key, false);
  if (asTyped || !lexicon.foldAccents) return asTyped;
  return lookupPass(lexicon, key, true);
}

/**
 * What a word is in this language: {role: "contrast" | "negator" | "sentiment" | null,
 * valence, lemma, boost}. Spellings as typed win over accent-free matches, so Spanish
 * "más" (more) stays a booster and "mas" (but) a contrast word.
 */
export function classify(lexicon, word) {
  const key = normalise(word);
  const passes = lexicon.foldAccents ? [false, true] : [false];
  for (const loose of passes) {
    if (find(lexicon.contrast, key, loose)) return { role: "contrast", valence: 0, lemma: key };
    const suffixed =
      !loose && lexicon.negatorSuffixes.some((end) => key.length > end.length && key.endsWith(end));
    if (suffixed || find(lexicon.negators, key, loose)) {
      return { role: "negator", valence: 0, lemma: key };
    }
    const entry = lookupPass(lexicon, key, loose);
    const booster = find(lexicon.boosters, key, loose);
    if (entry || booster) {
      const sentiment = entry && entry.valence !== 0;
      return {
        role: sentiment ? "sentiment" : null,
        valence: sentiment ? entry.valence : 0,
        lemma: sentiment ? entry.lemma : null,
        boost: booster ? booster.value : undefined,
      };
    }
  }
  return { role: null, valence: 0, lemma: null };
}

/** Written in capitals: at least one cased letter and no lower-case one. */
function inCapitals(text) {
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

function isShouting(text) {
  return text.length > 1 && inCapitals(text);
}

function round(value) {
  return Math.round(value * 100) / 100;
}

/** VADER's normalisation of a sum of valences into -1..1. */
export function compound(sum, alpha = NORMALISE_ALPHA) {
  if (sum === 0) return 0;
  return sum / Math.sqrt(sum * sum + alpha);
}

/** "positive", "negative" or "neutral" for a compound score. */
export function verdictOf(score) {
  if (score >= NEUTRAL_BAND) return "positive";
  if (score <= -NEUTRAL_BAND) return "negative";
  return "neutral";
}

/**
 * Analyse a text with a prepared lexicon. Returns
 *   {tokens, sum, score, verdict, positive, negative}
 * where every token has `role` ("sentiment", "negator", "booster", "contrast", "emoji",
 * "exclamation" or null), `base` (the lexicon valence, 0 when unknown), `lemma`, `value`
 * (its contribution to the sum, rounded to 2 decimals) and `effects`: the rules that changed
 * it, each {rule: "negated" | "boosted" | "caps" | "contrastBefore" | "contrastAfter",
 * factor, by (the word that caused it, when there is one)}.
 */
export function analyse(text, lexicon) {
  const tokens = tokenize(text, { elisions: lexicon.elisions, emoticons: lexicon.emoticons }).map(
    (token) => ({ ...token, role: null, base: 0, lemma: null, raw: 0, value: 0, effects: [] }),
  );
  const letters = String(text ?? "").replace(/[^\p{L}]/gu, "");
  const allCaps = letters.length > 0 && inCapitals(letters);

  // Clause and sentence numbers, so that negation and contrast stop at punctuation.
  let clause = 0;
  let sentence = 0;
  for (const token of tokens) {
    token.clause = clause;
    token.sentence = sentence;
    if (token.kind === "punct") {
      if (CLAUSE_END.test(token.text)) clause += 1;
      if (SENTENCE_END.test(token.text)) sentence += 1;
    }
  }

  // 1. What each word is.
  for (const token of tokens) {
    if (token.kind === "emoji") {
      const valence = lexicon.emoji.get(emojiKey(token.text)) ?? lexicon.emoji.get(token.text);
      if (valence !== undefined) {
        token.role = "emoji";
        token.base = valence;
        token.raw = valence;
      }
      continue;
    }
    if (token.kind !== "word") continue;
    const found = classify(lexicon, token.text);
    token.role = found.role;
    token.base = found.valence;
    token.raw = found.valence;
    token.lemma = found.lemma;
    if (found.boost !== undefined) token.boost = found.boost;
  }

  const words = tokens.filter((token) => token.kind === "word");
  // 2. Boosters: a booster followed by a sentiment word scales it; a word that is both a
  //    booster and a sentiment word ("terribly") is a booster only when one follows.
  //    Right to left, so that "so terribly bad" boosts "bad" twice.
  for (let position = words.length - 1; position >= 0; position -= 1) {
    const token = words[position];
    if (token.boost === undefined) continue;
    let target = null;
    for (let j = position + 1; j < words.length && j <= position + BOOSTER_WINDOW; j += 1) {
      if (words[j].clause !== token.clause) break;
      if (words[j].role === "booster") continue;
      if (words[j].role === "sentiment") {
        target = words[j];
        break;
      }
      if (words[j].role === "negator" || words[j].role === "contrast") break;
    }
    if (!target) continue;
    token.role = "booster";
    token.base = 0;
    token.lemma = null;
    token.raw = 0;
    const factor = round(1 + token.boost * (isShouting(token.text) && !allCaps ? CAPS_FACTOR : 1));
    target.raw *= factor;
    target.effects.push({ rule: "boosted", factor, by: token.text });
  }

  // 3. Capitals.
  if (!allCaps) {
    for (const token of words) {
      if (token.role === "sentiment" && isShouting(token.text)) {
        token.raw *= CAPS_FACTOR;
        token.effects.push({ rule: "caps", factor: CAPS_FACTOR });
      }
    }
  }

  // 4. Negation: forwards up to three words in the clause, counted once however many
  //    negators there are ("ne … pas", "no … nada"); backwards at the end of a clause where
  //    the language puts the negation after the verb ("Ich mag das nicht").
  const negated = new Set();
  words.forEach((token, position) => {
    if (token.role !== "sentiment") return;
    for (let j = position - 1; j >= 0 && j >= position - NEGATION_WINDOW; j -= 1) {
      if (words[j].clause !== token.clause) break;
      if (words[j].role === "contrast") break;
      if (words[j].role === "negator") {
        negated.add(token);
        token.raw *= NEGATION_FACTOR;
        token.effects.push({ rule: "negated", factor: NEGATION_FACTOR, by: words[j].text });
        break;
      }
    }
  });
  if (lexicon.negationAfter) {
    words.forEach((token, position) => {
      if (token.role !== "negator") return;
      const next = words[position + 1];
      const endsClause = !next || next.clause !== token.clause || next.role === "contrast";
      if (!endsClause) return;
      for (let j = position - 1; j >= 0 && j >= position - NEGATION_WINDOW; j -= 1) {
        const before = words[j];
        if (before.clause !== token.clause || before.role === "contrast") break;
        if (before.role === "negator") break;
        if (before.role === "sentiment") {
          if (!negated.has(before)) {
            negated.add(before);
            before.raw *= NEGATION_FACTOR;
            before.effects.push({ rule: "negated", factor: NEGATION_FACTOR, by: token.text });
          }
          break;
        }
      }
    });
  }

  // 5. Contrast: the first contrast word of each sentence splits it.
  const pivots = new Map();
  tokens.forEach((token, position) => {
    if (token.role === "contrast" && !pivots.has(token.sentence)) {
      pivots.set(token.sentence, position);
    }
  });
  tokens.forEach((token, position) => {
    if (token.role !== "sentiment" && token.role !== "emoji") return;
    if (!pivots.has(token.sentence)) return;
    const pivot = pivots.get(token.sentence);
    const by = tokens[pivot].text;
    if (position < pivot) {
      token.raw *= CONTRAST_BEFORE;
      token.effects.push({ rule: "contrastBefore", factor: CONTRAST_BEFORE, by });
    } else {
      token.raw *= CONTRAST_AFTER;
      token.effects.push({ rule: "contrastAfter", factor: CONTRAST_AFTER, by });
    }
  });

  // 6. Sum, then exclamation marks push it further from zero.
  let sum = tokens.reduce((total, token) => total + token.raw, 0);
  const marks = tokens
    .filter((token) => token.kind === "punct" && token.text.includes("!"))
    .map((token) => ({ token, count: [...token.text].filter((c) => c === "!").length }));
  let budget = EXCLAMATION_MAX;
  if (sum !== 0) {
    const direction = Math.sign(sum);
    for (const { token, count } of marks) {
      const used = Math.min(count, budget);
      if (used <= 0) break;
      budget -= used;
      token.role = "exclamation";
      token.count = used;
      token.raw = direction * EXCLAMATION_STEP * used;
      sum += token.raw;
    }
  }

  let positive = 0;
  let negative = 0;
  for (const token of tokens) {
    token.value = round(token.raw);
    if (token.raw > 0) positive += token.raw;
    if (token.raw < 0) negative += token.raw;
    delete token.boost;
  }
  const score = round(compound(sum));
  return {
    tokens,
    sum: round(sum),
    score,
    verdict: verdictOf(score),
    positive: round(positive),
    negative: round(negative),
  };
}

/** The language to analyse in: the page's if a lexicon exists, else English. */
export function chooseLanguage(pageLanguage, available) {
  const code = String(pageLanguage || "").toLowerCase();
  if (available.includes(code)) return code;
  const base = code.split("-")[0];
  if (available.includes(base)) return base;
  return available.includes("en") ? "en" : available[0];
}

/** Call `fn` once, `wait` ms after the last of a burst of calls. */
export function debounce(fn, wait, timers = globalThis) {
  let handle = null;
  return (...args) => {
    if (handle !== null) timers.clearTimeout(handle);
    handle = timers.setTimeout(() => {
      handle = null;
      fn(...args);
    }, wait);
  };
}
