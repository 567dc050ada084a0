import { enHyphenation } from '../lang/en/hyphenation.js';
import { kkHyphenation } from '../lang/kk/hyphenation.js';
import { ruHyphenation } from '../lang/ru/hyphenation.js';
import type { Lang, Report } from '../model/index.js';
import type { HyphenEvidence, HyphenQuestions } from './hyphen-evidence.js';
import { hyphenPoints } from './hyphen-points.js';
import { isKnownWord } from './known-words.js';
import { scoreWord } from '../lang/identify/index.js';
import type { Edit, MappedText } from './mapped-text.js';
import { applyEdits, sourceRangeOf } from './mapped-text.js';
import type { Repair } from './types.js';

const DATA: Record<Lang, { boundSuffixes: string[]; compoundPrefixes: string[] }> = {
  en: enHyphenation,
  kk: kkHyphenation,
  ru: ruHyphenation,
};

const suffixSets = new Map<Lang, Set<string>>();
const longestSuffix = new Map<Lang, number>();

/** True when `word` is one bound suffix or a chain of them (`шылар`, `тықтың`, `tions`). */
export function isSuffixChain(word: string, lang: Lang): boolean {
  let suffixes = suffixSets.get(lang);
  if (!suffixes) suffixSets.set(lang, (suffixes = new Set(DATA[lang].boundSuffixes)));
  // Dynamic programming over split points: reachable[i] says word[0, i) is a chain of suffixes.
  // Only pieces as long as the longest suffix are tried, so a long word costs linear time, not quadratic.
  let longest = longestSuffix.get(lang);
  if (longest === undefined) longestSuffix.set(lang, (longest = Math.max(0, ...[...suffixes].map((suffix) => suffix.length))));
  const reachable = [true, ...new Array<boolean>(word.length).fill(false)];
  for (let i = 0; i < word.length; i++) {
    if (!reachable[i]) continue;
    for (let j = i + 1; j <= Math.min(word.length, i + longest); j++) if (suffixes.has(word.slice(i, j))) reachable[j] = true;
  }
  return reachable[word.length];
}

/** Why a hyphen was joined or kept: the evidence, for tests and for the repair message. */
export type HyphenDecision =
  | { action: 'join'; because: 'document-has-joined-form' | 'bound-suffix' | 'one-word-by-letters' | 'lexicon-has-joined-form' | 'line-break' }
  | {
      action: 'keep';
      because:
        | 'document-has-hyphenated-form'
        | 'proper-name-or-acronym'
        | 'single-letter'
        | 'compound-prefix'
        | 'two-words-by-letters'
        | 'both-parts-are-words'
        | 'no-evidence';
    };

/**
 * Decides whether `left-right` (with `gap`: a space after the hyphen, as a PDF line break leaves it) is one word
 * split at a line end or a real hyphenated word. Evidence in order: the document's own spellings, capitals
 * (names, acronyms: `Әл-Фараби`, `ҚазҰУ-нің`), bound suffixes (`бағыну-шы`, `формирова-ние`, `institu- tions`),
 * compound prefixes (`socio-`, `post-`), the lexicon (`іс-қимыл`: both parts are words). Without evidence a hyphen
 * followed by a space was a line break; one without a space is kept.
 */
export function decideHyphen(left: string, right: string, gap: boolean, lang: Lang, evidence: HyphenEvidence): HyphenDecision {
  const l = left.toLowerCase();
  const r = right.toLowerCase();
  const joined = l + r;
  const joinedCount = evidence.standalone.get(joined) ?? 0;
  // This occurrence itself is counted among the hyphenated pairs when it has no gap.
  const hyphenCount = Math.max(0, (evidence.hyphenated.get(`${l}-${r}`) ?? 0) - (gap ? 0 : 1));
  if (joinedCount > hyphenCount) return { action: 'join', because: 'document-has-joined-form' };
  if (hyphenCount > joinedCount) return { action: 'keep', because: 'document-has-hyphenated-form' };
  // Acronyms keep the hyphen before a case ending (`ҚазҰУ-нің`, `ҚР-да`): two capitals make one.
  if (/^\p{Lu}/u.test(right) || (left.match(/\p{Lu}/gu) ?? []).length >= 2) {
    return { action: 'keep', because: 'proper-name-or-acronym' };
  }
  if ([...left].length === 1) return { action: 'keep', because: 'single-letter' };
  // A Cyrillic ending on a Latin word (`Daily-дің`, `Brexit-тен`) keeps its hyphen by Kazakh spelling rules.
  if (/\p{Script=Latin}$/u.test(left) && /^\p{Script=Cyrillic}/u.test(right)) return { action: 'keep', because: 'proper-name-or-acronym' };
  if (isSuffixChain(r, lang) && (gap || !isKnownWord(r, lang) || isKnownWord(joined, lang))) {
    return { action: 'join', because: 'bound-suffix' };
  }
  // How much likelier one word is than two, by the language's character model (`бағынушы` +7.8, `іс қимыл` −2.2).
  const boundary = scoreWord(joined, lang) - scoreWord(l, lang) - scoreWord(r, lang);
  if (boundary >= SURE_ONE_WORD) return { action: 'join', because: 'one-word-by-letters' };
  // Prefixes that are also common first syllables (`co-`, `pro-`) only count once the letters are not sure.
  if (DATA[lang].compoundPrefixes.includes(l)) return { action: 'keep', because: 'compound-prefix' };
  if (boundary <= -SURE_ONE_WORD) return { action: 'keep', because: 'two-words-by-letters' };
  // The document's own words first: the lexicon (a Kazakh morphological analysis) is the dearer question.
  const leftKnown = evidence.standalone.has(l) || isKnownWord(l, lang);
  const rightKnown = evidence.standalone.has(r) || isKnownWord(r, lang);
  const joinedKnown = isKnownWord(joined, lang);
  if (leftKnown && rightKnown && !joinedKnown) return { action: 'keep', because: 'both-parts-are-words' };
  if (joinedKnown && !(leftKnown && rightKnown)) return { action: 'join', because: 'lexicon-has-joined-form' };
  // Weak evidence: a space after the hyphen means a line ended there, so lean to joining; without one, to keeping.
  if (gap) return boundary > -1 ? { action: 'join', because: 'line-break' } : { action: 'keep', because: 'two-words-by-letters' };
  return boundary > 1.5 ? { action: 'join', because: 'one-word-by-letters' } : { action: 'keep', because: 'no-evidence' };
}

/** Log-odds (character model) above which `left+right` is one word whatever the lexicon says; measured on
 * synthetic PDF damage of ntrex-dev (`npm run eval -- --only hyphens`): real compounds sit below −1, splits of
 * one word mostly above +4. */
const SURE_ONE_WORD = 4;

/**
 * The spellings `decideHyphen` will look up in the evidence for the hyphens of `texts`, found as
 * `joinLineBreakHyphens` finds them, so that `collectHyphenEvidence` counts only those.
 */
export function hyphenQuestions(texts: Iterable<string>): HyphenQuestions {
  const standalone = new Set<string>();
  const hyphenated = new Set<string>();
  for (const text of texts) {
    for (const point of hyphenPoints(text)) {
      const l = point.left.toLowerCase();
      const r = point.right.toLowerCase();
      standalone.add(l + r).add(l).add(r);
      hyphenated.add(`${l}-${r}`);
    }
  }
  return { standalone, hyphenated };
}

/**
 * Joins words split by PDF line-break hyphens (`бағыну-шы` → `бағынушы`, `con- cept` → `concept`) and closes the
 * gap of real hyphenated words split at a line end (`multi- party` → `multi-party`), using `decideHyphen`. Runs
 * after white space is cleaned, so a hyphen at a line end arrives as `- `. Each change is a `Repair` and an info
 * message `join-line-break-hyphen`.
 */
export function joinLineBreakHyphens(
  mapped: MappedText,
  lang: Lang,
  evidence: HyphenEvidence,
  repairs: Repair[],
  report: Report,
): MappedText {
  const { text } = mapped;
  const points = hyphenPoints(text);
  if (points.length === 0) return mapped;
  const edits: Edit[] = [];
  for (const { index, left, space, right } of points) {
    const gap = space === ' ';
    const decision = decideHyphen(left, right, gap, lang, evidence);
    const hyphenAt = index + left.length;
    if (decision.action === 'keep' && !gap) continue;
    const edit: Edit =
      decision.action === 'join'
        ? { start: hyphenAt, end: hyphenAt + 1 + space.length, insert: '' }
        : { start: hyphenAt + 1, end: hyphenAt + 2, insert: '' };
    edits.push(edit);
    const start = index;
    const end = hyphenAt + 1 + space.length + right.length;
    const actual = text.slice(start, end);
    const expected = decision.action === 'join' ? left + right : `${left}${text[hyphenAt]}${right}`;
    const range = sourceRangeOf(mapped, start, end);
    repairs.push({ ruleId: 'join-line-break-hyphen', range, actual, expected });
    report({
      reason:
        decision.action === 'join'
          ? `Expected \`${expected}\` as one word, found it split by a line-break hyphen (\`${actual}\`; ${decision.because}).`
          : `Expected the hyphenated word \`${expected}\` without a space, found \`${actual}\` (${decision.because}).`,
      ruleId: 'join-line-break-hyphen',
      severity: 'info',
      range,
      actual,
      expected,
    });
  }
  return applyEdits(mapped, edits);
}
