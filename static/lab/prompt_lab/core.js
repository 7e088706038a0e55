// Prompt lab: finds the elements of a good prompt in the visitor's text, pure (no DOM).
//
// Detection is by cue data, not by a language model: per-language JSON files
// (cues/<lang>.json) list phrases and patterns for each element; a few language-neutral
// signals (quotes, bullets, file formats, numbers with units) work in every language.
//
//   const detector = buildDetector([cuesFor(lang), englishCues]);
//   const result = analyse(text, detector, challenge.elements);
//   result.elements  [{key, found, required, matches: [text, ...]}] in ELEMENTS order
//   result.segments  the text cut into pieces, each with the elements that cover it
//   result.score     {found, required, percent}
//   result.missing   required elements not found (advice is given for each)

export const ELEMENTS = ["role", "context", "format", "constraints", "examples", "tone"];

// How far a highlight reaches past its cue: a role ("You are a patient maths tutor"), a
// context or an example is the rest of its sentence, a constraint its clause; format and tone
// words stand alone.
const EXTEND = {
  role: "sentence",
  context: "sentence",
  format: "none",
  constraints: "clause",
  examples: "sentence",
  tone: "none",
};
const STOPS = {
  sentence: /[.!?。！？؟](?=\s|$)|[;؛\n]/u,
  clause: /[.!?。！？؟](?=\s|$)|[;؛,،、，\n]/u,
};
const MAX_EXTENSION = 160;

const LETTER = "\\p{L}\\p{M}\\p{N}_";
const BEFORE = `(?<![${LETTER}])`;
const AFTER = `(?![${LETTER}])`;
const NUMBER = "\\p{Nd}+(?:[.,]\\p{Nd}+)?";
// Neutral signals are Latin acronyms and symbols that also sit between CJK characters
// without spaces ("JSONで"), so their boundaries are ASCII ones.
const ASCII_BEFORE = "(?<![A-Za-z0-9_])";
const ASCII_AFTER = "(?![A-Za-z0-9_])";
const NUMBER_START = "(?<![\\p{Nd}.,])";

// Signals that need no language: they are added to every detector.
const NEUTRAL = [
  { element: "format", source: `${ASCII_BEFORE}(?:JSON|CSV|XML|YAML|HTML|Markdown|SQL|LaTeX|PDF)${ASCII_AFTER}` },
  // a bulleted or numbered line, a Markdown heading or a table row
  { element: "format", source: "^[ \\t]*(?:[-*•▪‣]|\\p{Nd}{1,2}[.)]|#{1,6})(?=[ \\t]+\\S)" },
  { element: "format", source: "^[ \\t]*\\|.*\\|[ \\t]*$" },
  // quoted passages: samples of what is wanted
  {
    element: "examples",
    source: '"[^"\\n]{3,}"|“[^”\\n]{3,}”|«[^»\\n]{3,}»|„[^“”\\n]{3,}[“”]|「[^」\\n]+」|『[^』\\n]+』',
  },
  // input → output pairs (← in right-to-left text)
  { element: "examples", source: "[^\\s<>]+[ \\t]*(?:->|→|=>|⇒|<-|←)[ \\t]*[^\\s<>]+" },
  // numbers with units that need no translation, and explicit bounds
  {
    element: "constraints",
    source: `${NUMBER_START}${NUMBER}[ \\t]?(?:%|€|\\$|£|¥|₹|km|kg|cm|mm|ms|px|KB|MB|GB)${ASCII_AFTER}`,
  },
  { element: "constraints", source: `(?:[≤≥<>]=?|⩽|⩾)[ \\t]*${NUMBER}` },
  { element: "constraints", source: `${ASCII_BEFORE}max\\.?[ \\t]*${NUMBER}` },
];

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The regular-expression source of one cue phrase: case and spacing free, straight and
 * curly apostrophes alike, a trailing `*` for any word ending ("friendl*"). */
export function phraseSource(phrase) {
  let text = String(phrase).trim();
  const open = text.endsWith("*");
  if (open) text = text.slice(0, -1);
  const source = text
    .split(/\s+/u)
    .map((word) => escapeRegExp(word).replace(/['’]/gu, "['’]"))
    .join("\\s+");
  return open ? `${source}[${LETTER.replace("_", "")}]*` : source;
}

function alternation(items) {
  return [...new Set(items)].sort((a, b) => b.length - a.length).join("|");
}

/** Compiles cue files (parsed JSON) into detection rules. Earlier files come first; the
 * language-neutral signals are always added. */
export function buildDetector(cueFiles) {
  const rules = [];
  for (const file of cueFiles) {
    if (!file || typeof file !== "object" || !file.elements) continue;
    const prefixes = (file.prefixes || []).map(escapeRegExp);
    const prefix = prefixes.length ? `(?:${alternation(prefixes)})?` : "";
    for (const element of ELEMENTS) {
      const cues = file.elements[element] || {};
      const phrases = (cues.phrases || []).map(phraseSource);
      if (phrases.length) {
        rules.push({
          element,
          regex: new RegExp(`${BEFORE}${prefix}(?:${alternation(phrases)})${AFTER}`, "giu"),
        });
      }
      for (const pattern of cues.patterns || []) {
        rules.push({ element, regex: new RegExp(pattern, "gimu") });
      }
    }
    const units = (file.units || []).map(phraseSource);
    if (units.length) {
      const numberWords = (file.numbers || []).map(phraseSource);
      const amount = numberWords.length
        ? `(?:${NUMBER}|${prefix}(?:${alternation(numberWords)}))`
        : NUMBER;
      rules.push({
        element: "constraints",
        regex: new RegExp(
          `${BEFORE}${amount}[ \\t\\u00a0-]*${prefix}(?:${alternation(units)})${AFTER}`,
          "giu",
        ),
      });
    }
  }
  for (const { element, source } of NEUTRAL) {
    rules.push({ element, regex: new RegExp(source, "gimu") });
  }
  return rules;
}

function extendEnd(text, element, end) {
  const mode = EXTEND[element];
  if (mode === "none") return end;
  const rest = text.slice(end, end + MAX_EXTENSION);
  const stop = rest.search(STOPS[mode]);
  let reach = stop === -1 ? rest.length : stop;
  // never stop in the middle of a word when the extension is cut short
  if (stop === -1 && end + reach < text.length) {
    const lastSpace = rest.search(/\s\S*$/u);
    if (lastSpace > 0) reach = lastSpace;
  }
  return end + rest.slice(0, reach).trimEnd().length;
}

/** Every cue found in the text: [{element, start, end}] (end exclusive), unsorted. */
export function findMatches(text, detector) {
  const matches = [];
  for (const { element, regex } of detector) {
    regex.lastIndex = 0;
    for (const match of text.matchAll(regex)) {
      if (!match[0].trim()) continue;
      const start = match.index;
      const end = extendEnd(text, element, start + match[0].length);
      matches.push({ element, start, end });
    }
  }
  return matches;
}

/** Sorts ranges and joins those that overlap or touch: [{start, end}]. */
export function mergeRanges(ranges) {
  const sorted = ranges
    .filter((range) => range.end > range.start)
    .map(({ start, end }) => ({ start, end }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) {
      last.end = Math.max(last.end, range.end);
    } else {
      merged.push(range);
    }
  }
  return merged;
}

/** Cuts the text at every highlight boundary: [{start, end, text, elements}], covering the
 * whole text, `elements` in ELEMENTS order (empty for plain text), neighbours with the same
 * elements joined. `ranges` is {element: [{start, end}]}, merged per element. */
export function segment(text, ranges) {
  const cuts = new Set([0, text.length]);
  for (const element of ELEMENTS) {
    for (const { start, end } of ranges[element] || []) {
      cuts.add(Math.max(0, Math.min(start, text.length)));
      cuts.add(Math.max(0, Math.min(end, text.length)));
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const start = points[i];
    const end = points[i + 1];
    if (end <= start) continue;
    const elements = ELEMENTS.filter((element) =>
      (ranges[element] || []).some((range) => range.start <= start && range.end >= end),
    );
    const last = segments[segments.length - 1];
    if (last && last.elements.join() === elements.join()) {
      last.end = end;
      last.text = text.slice(last.start, end);
    } else {
      segments.push({ start, end, text: text.slice(start, end), elements });
    }
  }
  return segments;
}

/** The required elements of a challenge, in ELEMENTS order; all six when it names none. */
export function requiredElements(required) {
  const wanted = new Set(Array.isArray(required) ? required : []);
  const known = ELEMENTS.filter((element) => wanted.has(element));
  return known.length ? known : [...ELEMENTS];
}

/** {found, required, percent}: required elements found out of those required. */
export function score(foundElements, required) {
  const needed = requiredElements(required);
  const found = needed.filter((element) => foundElements.includes(element)).length;
  return {
    found,
    required: needed.length,
    percent: Math.round((100 * found) / needed.length),
  };
}

export function analyse(text, detector, required) {
  const source = String(text || "");
  const needed = requiredElements(required);
  const ranges = {};
  for (const element of ELEMENTS) ranges[element] = [];
  for (const match of findMatches(source, detector)) ranges[match.element].push(match);
  for (const element of ELEMENTS) ranges[element] = mergeRanges(ranges[element]);
  const elements = ELEMENTS.map((key) => ({
    key,
    found: ranges[key].length > 0,
    required: needed.includes(key),
    matches: [...new Set(ranges[key].map(({ start, end }) => source.slice(start, end).trim()))],
  }));
  const found = elements.filter((element) => element.found).map((element) => element.key);
  return {
    elements,
    ranges,
    segments: segment(source, ranges),
    score: score(found, needed),
    missing: needed.filter((element) => !found.includes(element)),
    extra: found.filter((element) => !needed.includes(element)),
  };
}

/** The challenges of the page's data (`{blocks: [{type: "challenge", id, value}]}`). */
export function challengesFromData(data) {
  const blocks = data && Array.isArray(data.blocks) ? data.blocks : [];
  return blocks
    .filter((block) => block && block.type === "challenge" && block.value)
    .map((block, index) => ({
      id: String(block.id || `challenge-${index + 1}`),
      title: String(block.value.title || "").trim(),
      task: String(block.value.task || "").trim(),
      elements: requiredElements(block.value.elements),
      example: String(block.value.example || "").trim(),
    }))
    .filter((challenge) => challenge.title && challenge.task);
}

/** The best scores kept per challenge ({id: percent}), with a new result counted in. */
export function updateBest(best, id, percent) {
  const previous = best && typeof best === "object" ? best : {};
  const current = Number(previous[id]) || 0;
  return percent > current ? { ...previous, [id]: percent } : { ...previous };
}

/** Runs `fn` once the calls have paused for `wait` milliseconds (with the last arguments). */
export function debounce(fn, wait) {
  let timer = null;
  const debounced = (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      fn(...args);
    }, wait);
  };
  debounced.cancel = () => {
    clearTimeout(timer);
    timer = null;
  };
  return debounced;
}

/** The cue files to use for a page language: its own when there is one, else English
 * (mixing both would misread words such as Dutch "brief", a letter). */
export function cueLanguages(lang, available) {
  const base = String(lang || "en").toLowerCase();
  return available.includes(base) ? [base] : ["en"];
}
