/* Chatbot builder: the pure part (no DOM). Tokeniser, TF-IDF, cosine similarity, matching,
 * bot validation, import and export.
 *
 * Matching, in short:
 * - every example phrase of every intent is one document;
 * - a word's weight in a document is tf × idf, with tf the raw count and
 *   idf(t) = ln((1 + N) / (1 + df(t))) + 1 (N phrases, df(t) phrases containing t);
 * - each phrase vector and the message vector are scaled to length 1, so their dot product
 *   is the cosine similarity (words the bot has never seen are left out of the message);
 * - an intent's score is the MAXIMUM cosine over its phrases (not a centroid): one close
 *   example is enough;
 * - the best intent answers when its score is at least the threshold and above 0; otherwise
 *   the bot gives its fallback answer.
 */

export const FORMAT = "ai-educademy-chatbot";
export const VERSION = 1;

export const LIMITS = Object.freeze({
  fileBytes: 100 * 1024,
  intents: 50,
  phrases: 40,
  nameLength: 80,
  phraseLength: 200,
  textLength: 1000,
});

export const DEFAULT_THRESHOLD = 0.3;

/* Small stop lists: only words that carry no intent (articles, a few pronouns and
 * prepositions, forms of "to be"). Question words stay: "when" and "where" matter. */
const STOP_WORDS = {
  en:
    "a an the is are am be to of and or in on at for it i me my you your we our do does " +
    "can could would please this that with",
  nl:
    "de het een is zijn ben en of in op aan voor van te ik mij me mijn je jij u uw we wij " +
    "ons er dat die dit met kan kunt wil graag",
  fr:
    "le la les l un une des de du d est sont et ou en au aux a je j me m mon ma mes tu te " +
    "vous votre nous ce c que qu pour avec",
  es:
    "el la los las un una unos unas de del es son y o en a al yo me mi tu te usted su " +
    "nosotros que para con por",
  pt:
    "o a os as um uma de do da dos das é são e ou em no na ao eu me meu minha você seu " +
    "sua nós que para com por",
  de:
    "der die das den dem des ein eine einen einem ist sind und oder in im am an zu zum " +
    "zur ich mir mein meine du dein sie ihr wir uns mit für",
  ar: "في من على الى إلى عن و او أو هل هو هي انا أنا انت أنت نحن هذا هذه ذلك التي الذي مع",
  ja: "は が を に の で と も か ね よ です ます",
  "zh-hans": "的 了 吗 是 呢 吧 我 你 在",
};

const stopSets = new Map();

function stopSet(lang) {
  const key = baseLanguage(lang);
  if (!stopSets.has(key)) {
    const words = STOP_WORDS[key] || "";
    stopSets.set(key, new Set(words.split(" ").filter(Boolean).map((w) => normalise(w, key))));
  }
  return stopSets.get(key);
}

/* "zh-hans" stays whole (its stop list is keyed so); "pt-br" → "pt". */
export function baseLanguage(lang) {
  const code = String(lang || "en").toLowerCase();
  if (code.startsWith("zh")) return "zh-hans";
  return code.split("-")[0];
}

/* Lower case, NFKC (full-width letters), Latin accents folded (é → e), and for Arabic the
 * usual light normalisation: no short vowels or tatweel, one alef, ى → ي, ة → ه. */
export function normalise(text, lang) {
  let value = String(text).normalize("NFKC").toLowerCase();
  value = value.normalize("NFD").replace(/[\u0300-\u036f]/g, "").normalize("NFC");
  if (baseLanguage(lang) === "ar") {
    value = value
      .replace(/[\u064b-\u0652\u0670\u0640]/g, "")
      .replace(/[أإآٱ]/g, "ا")
      .replace(/ى/g, "ي")
      .replace(/ة/g, "ه");
  }
  return value;
}

/* Arabic attaches the article (and "and", "with") to the word: المكتبة, والمكتبة. */
function arabicStem(word) {
  for (const prefix of ["وال", "بال", "فال", "كال", "لل"]) {
    if (word.startsWith(prefix) && word.length - prefix.length >= 2) {
      return word.slice(prefix.length);
    }
  }
  if (word.startsWith("ال") && word.length >= 4) return word.slice(2);
  return word;
}

const segmenters = new Map();

function segmenter(lang) {
  if (typeof Intl === "undefined" || typeof Intl.Segmenter !== "function") return null;
  if (!segmenters.has(lang)) {
    let instance;
    try {
      instance = new Intl.Segmenter(lang, { granularity: "word" });
    } catch {
      instance = new Intl.Segmenter("en", { granularity: "word" });
    }
    segmenters.set(lang, instance);
  }
  return segmenters.get(lang);
}

/* Words of a text: Intl.Segmenter finds them (so Chinese and Japanese, written without
 * spaces, split into words too); without it, runs of letters and digits. */
export function words(text, lang = "en") {
  let value = normalise(text, lang);
  // French elides with an apostrophe (l'heure, d'ouverture): two words, not one.
  if (baseLanguage(lang) === "fr") value = value.replace(/['\u2019]/g, " ");
  const seg = segmenter(baseLanguage(lang));
  if (seg) {
    return Array.from(seg.segment(value))
      .filter((part) => part.isWordLike)
      .map((part) => part.segment);
  }
  return value.match(/[\p{L}\p{N}\p{M}]+/gu) || [];
}

/* The tokens used for matching: words without stop words (options.stopWords: false keeps
 * them all), Arabic article prefixes removed. */
export function tokenize(text, lang = "en", options = {}) {
  const base = baseLanguage(lang);
  const stops = options.stopWords === false ? null : stopSet(base);
  const tokens = [];
  for (let word of words(text, lang)) {
    if (base === "ar") word = arabicStem(word);
    if (stops && stops.has(word)) continue;
    tokens.push(word);
  }
  return tokens;
}

function counts(tokens) {
  const result = new Map();
  for (const token of tokens) result.set(token, (result.get(token) || 0) + 1);
  return result;
}

function unitVector(termCounts, idf) {
  const vector = new Map();
  let squares = 0;
  for (const [term, count] of termCounts) {
    const weight = idf.get(term);
    if (weight === undefined) continue;
    const value = count * weight;
    vector.set(term, value);
    squares += value * value;
  }
  const length = Math.sqrt(squares);
  if (length > 0) for (const [term, value] of vector) vector.set(term, value / length);
  return vector;
}

export function cosine(a, b) {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, value] of small) {
    const other = large.get(term);
    if (other !== undefined) sum += value * other;
  }
  return sum;
}

/* The model of a bot: vocabulary with idf, and one unit vector per phrase. */
export function buildModel(bot, lang = "en", options = {}) {
  const documents = [];
  (bot.intents || []).forEach((intent, intentIndex) => {
    for (const phrase of intent.phrases) {
      const tokens = tokenize(phrase, lang, options);
      if (tokens.length) documents.push({ intentIndex, phrase, termCounts: counts(tokens) });
    }
  });
  const df = new Map();
  for (const doc of documents) {
    for (const term of doc.termCounts.keys()) df.set(term, (df.get(term) || 0) + 1);
  }
  const total = documents.length;
  const idf = new Map();
  for (const [term, frequency] of df) idf.set(term, Math.log((1 + total) / (1 + frequency)) + 1);
  for (const doc of documents) doc.vector = unitVector(doc.termCounts, idf);
  return { lang, options, idf, documents, intents: (bot.intents || []).map((i) => i.name) };
}

/* Every intent's score for a message, best first (ties keep the intents' order). */
export function scoreMessage(model, message) {
  const tokens = tokenize(message, model.lang, model.options);
  const vector = unitVector(counts(tokens), model.idf);
  const scores = model.intents.map((name, index) => ({
    index,
    name,
    score: 0,
    phrase: null,
  }));
  for (const doc of model.documents) {
    const score = cosine(vector, doc.vector);
    const entry = scores[doc.intentIndex];
    if (score > entry.score) {
      entry.score = score;
      entry.phrase = doc.phrase;
    }
  }
  scores.sort((a, b) => b.score - a.score || a.index - b.index);
  return {
    tokens,
    known: tokens.filter((t) => model.idf.has(t)),
    unknown: tokens.filter((t) => !model.idf.has(t)),
    scores,
  };
}

/* The bot's reply: the best intent's answer at or above the threshold, else the fallback. */
export function respond(bot, model, message, threshold = bot.threshold) {
  const result = scoreMessage(model, message);
  const best = result.scores[0];
  const matched = Boolean(best && best.score > 0 && best.score >= threshold - 1e-9);
  return {
    ...result,
    threshold,
    intent: matched ? bot.intents[best.index] : null,
    answer: matched ? bot.intents[best.index].answer : bot.fallback,
    fallback: !matched,
  };
}

/* Editor text → phrases: one per line, trimmed, no blanks or repeats. */
export function phrasesFromText(text) {
  const seen = new Set();
  const phrases = [];
  for (const line of String(text || "").split(/\r?\n/)) {
    const phrase = line.trim();
    if (phrase && !seen.has(phrase)) {
      seen.add(phrase);
      phrases.push(phrase);
    }
  }
  return phrases;
}

/* The starter bot from the page's content blocks (`intent`, `bot_settings`). */
export function botFromBlocks(blocks) {
  const bot = { name: "", greeting: "", fallback: "", threshold: DEFAULT_THRESHOLD, intents: [] };
  for (const block of blocks || []) {
    const value = block && block.value;
    if (!value || typeof value !== "object") continue;
    if (block.type === "bot_settings") {
      bot.name = String(value.bot_name || "");
      bot.greeting = String(value.greeting || "");
      bot.fallback = String(value.fallback_answer || "");
      const threshold = Number(value.threshold);
      if (Number.isFinite(threshold) && threshold >= 0 && threshold <= 1) bot.threshold = threshold;
    } else if (block.type === "intent") {
      const phrases = Array.isArray(value.phrases)
        ? phrasesFromText(value.phrases.join("\n"))
        : phrasesFromText(value.phrases);
      bot.intents.push({
        name: String(value.name || "").trim(),
        phrases,
        answer: String(value.answer || "").trim(),
      });
    }
  }
  return bot;
}

class Invalid extends Error {
  constructor(code, params = {}) {
    super(code);
    this.code = code;
    this.params = params;
  }
}

function text(value, field, max, { required = true } = {}) {
  if (typeof value !== "string") throw new Invalid("wrong_shape", { field });
  const trimmed = value.trim();
  if (required && !trimmed) throw new Invalid("empty_text", { field });
  if (trimmed.length > max) throw new Invalid("text_too_long", { field, max });
  return trimmed;
}

/* One intent as the editor or an imported file gives it; `others` are the other intents'
 * names (a name is used once). Throws Invalid. */
function checkIntent(value, field, others) {
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    throw new Invalid("wrong_shape", { field });
  }
  const name = text(value.name, `${field}.name`, LIMITS.nameLength);
  if (others.has(name.toLocaleLowerCase())) throw new Invalid("duplicate_name", { name });
  if (!Array.isArray(value.phrases)) {
    throw new Invalid("wrong_shape", { field: `${field}.phrases` });
  }
  const phrases = [];
  value.phrases.forEach((phrase, index) => {
    const checked = text(phrase, `${field}.phrases[${index}]`, LIMITS.phraseLength, {
      required: false,
    });
    if (checked && !phrases.includes(checked)) phrases.push(checked);
  });
  if (!phrases.length) throw new Invalid("no_phrases", { name });
  if (phrases.length > LIMITS.phrases) {
    throw new Invalid("too_many_phrases", { name, max: LIMITS.phrases });
  }
  const answer = text(value.answer, `${field}.answer`, LIMITS.textLength);
  return { name, phrases, answer };
}

function failure(error) {
  if (error instanceof Invalid) return { ok: false, error: error.code, params: error.params };
  throw error;
}

/* Checks an intent from the editor against the bot's other intents. */
export function validateIntent(intent, otherNames = []) {
  try {
    const others = new Set(otherNames.map((n) => String(n).toLocaleLowerCase()));
    return { ok: true, intent: checkIntent(intent, "intent", others) };
  } catch (error) {
    return failure(error);
  }
}

/* A whole bot (from storage or a file): {ok: true, bot} with trimmed texts, or
 * {ok: false, error: code, params}. Codes: not_a_bot, wrong_shape, empty_text, text_too_long,
 * too_many_intents, too_many_phrases, no_phrases, duplicate_name. */
export function validateBot(value) {
  try {
    if (!value || typeof value !== "object" || Array.isArray(value)) {
      throw new Invalid("not_a_bot");
    }
    if (value.format !== undefined && value.format !== FORMAT) throw new Invalid("not_a_bot");
    if (value.version !== undefined && value.version !== VERSION) {
      throw new Invalid("wrong_shape", { field: "version" });
    }
    const name = text(value.name, "name", LIMITS.nameLength);
    const greeting = text(value.greeting ?? "", "greeting", LIMITS.textLength, { required: false });
    const fallback = text(value.fallback, "fallback", LIMITS.textLength);
    const threshold = value.threshold ?? DEFAULT_THRESHOLD;
    if (typeof threshold !== "number" || !(threshold >= 0 && threshold <= 1)) {
      throw new Invalid("wrong_shape", { field: "threshold" });
    }
    if (!Array.isArray(value.intents)) throw new Invalid("wrong_shape", { field: "intents" });
    if (value.intents.length > LIMITS.intents) {
      throw new Invalid("too_many_intents", { count: value.intents.length, max: LIMITS.intents });
    }
    const names = new Set();
    const intents = value.intents.map((intent, index) => {
      const checked = checkIntent(intent, `intents[${index}]`, names);
      names.add(checked.name.toLocaleLowerCase());
      return checked;
    });
    return { ok: true, bot: { name, greeting, fallback, threshold, intents } };
  } catch (error) {
    return failure(error);
  }
}

/* The text of an exported file: the bot with a format marker, pretty-printed. */
export function exportBot(bot) {
  const { name, greeting, fallback, threshold, intents } = bot;
  return `${JSON.stringify(
    {
      format: FORMAT,
      version: VERSION,
      name,
      greeting,
      fallback,
      threshold,
      intents: intents.map(({ name: n, phrases, answer }) => ({ name: n, phrases, answer })),
    },
    null,
    2,
  )}\n`;
}

/* Reads a file's text: size (in UTF-8 bytes), then JSON, then shape. Never throws. */
export function importBot(fileText, byteSize) {
  const size = byteSize ?? new TextEncoder().encode(String(fileText)).length;
  if (size > LIMITS.fileBytes) {
    return {
      ok: false,
      error: "too_large",
      params: { size: Math.ceil(size / 1024), max: LIMITS.fileBytes / 1024 },
    };
  }
  let value;
  try {
    value = JSON.parse(String(fileText).replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, error: "not_json", params: {} };
  }
  return validateBot(value);
}

/* A safe file name for the download, from the bot's name. */
export function fileName(bot) {
  const slug = normalise(bot.name || "", "en")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return `${slug || "chatbot"}.json`;
}
