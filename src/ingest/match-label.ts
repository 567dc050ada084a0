import type { Lang } from '../model/index.js';
import { labelsOf, type LabelCategory } from './heading-words.js';
import { plainView } from './plain-view.js';

/** Where a label sits in a paragraph (offsets relative to the paragraph text). */
export interface LabelMatch {
  /** The label as written, lower-cased and with spaces folded (`key words`). */
  label: string;
  /** Languages that spell the label this way. */
  langs: Lang[];
  /** True when the paragraph is nothing but the label (`### *Abstract*`, `Аннотация:`). */
  standalone: boolean;
  /** True when the label fills its own first line and the text follows on the next line. */
  ownLine: boolean;
  /** End of the label with its emphasis marks and punctuation, before the blank that separates it from the rest. */
  labelEnd: number;
  /** Start of the text after the label (its opening emphasis marks included); paragraph length when standalone. */
  restStart: number;
}

const compiled = new Map<LabelCategory, { regex: RegExp; labels: Map<string, Lang[]> }>();

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ -]+/g, '[\\s\\u00a0-]*');
}

function compile(category: LabelCategory) {
  let entry = compiled.get(category);
  if (!entry) {
    const labels = labelsOf(category);
    // Longest first, so `Түйін сөздер` wins over `Түйін` and `Results and discussion` over `Results`.
    const alternatives = [...labels.keys()].sort((a, b) => b.length - a.length).map(escape);
    // An optional section number (`1.`, `2.1`) may precede a label; the label must end at a word boundary.
    const regex = new RegExp(
      `^\\s*(?:\\d+(?:\\.\\d+)*\\.?\\s+)?(${alternatives.join('|')})(?![\\p{L}\\p{N}])[ \\t\\u00a0]*([.:：—–-]+)?\\s*`,
      'iu',
    );
    entry = { regex, labels };
    compiled.set(category, entry);
  }
  return entry;
}

/**
 * Finds a label of `category` at the start of `raw` (a paragraph, markup included): standalone, or run in
 * before the text it labels. A run-in label needs punctuation (`Abstract.`, `Кілт сөздер:`) or emphasis of its
 * own (`**Abstract** The…`), so that a body sentence starting `Literature shows…` is not a heading.
 */
export function matchLabel(raw: string, category: LabelCategory): LabelMatch | null {
  const { regex, labels } = compile(category);
  const view = plainView(raw);
  const match = regex.exec(view.plain);
  if (!match) return null;
  const label = match[1].toLowerCase().replace(/[\s\u00a0-]+/g, ' ');
  const langs = labels.get(label) ?? labels.get(match[1].toLowerCase()) ?? findLangs(labels, label);
  const matchEnd = match.index + match[0].length;
  const standalone = view.plain.slice(matchEnd).trim() === '';
  // Emphasis marks right after the label word (`**Abstract**`) make an unpunctuated run-in label credible.
  const labelWordEnd = match.index + match[0].indexOf(match[1]) + match[1].length;
  const afterWord = raw.slice(view.rawOffset(labelWordEnd - 1) + 1, view.rawOffset(labelWordEnd));
  const emphasised = /[*_]/.test(afterWord);
  // A label alone on its line (`Abstract` then the text on the next line) is a heading too.
  const ownLine = /^[^\S\n]*(?:[.:：—–-]+[^\S\n]*)?\n/.test(view.plain.slice(labelWordEnd));
  if (!standalone && !match[2] && !emphasised && !ownLine) return null;
  if (standalone) return { label, langs, standalone, ownLine: false, labelEnd: raw.trimEnd().length, restStart: raw.length };
  if (ownLine) {
    // The label's line ends the label; the text is everything from the next line on, markup included.
    const lineEnd = raw.indexOf('\n', view.rawOffset(labelWordEnd - 1));
    let next = lineEnd + 1;
    while (next < raw.length && /[ \t]/.test(raw[next])) next++;
    return { label, langs, standalone, ownLine, labelEnd: raw.slice(0, lineEnd).trimEnd().length, restStart: next };
  }
  // The rest starts at its first plain character, minus the emphasis marks glued to it (`*The text*`).
  let restStart = view.rawOffset(matchEnd);
  while (restStart > 0 && /[*_]/.test(raw[restStart - 1])) restStart--;
  let labelEnd = restStart;
  while (labelEnd > 0 && /\s/.test(raw[labelEnd - 1])) labelEnd--;
  if (labelEnd === restStart) {
    // No blank between label and text (`**Abstract.**The…`): cut right after the label's own marks.
    labelEnd = view.rawOffset(matchEnd - 1) + 1;
    while (/[*_]/.test(raw[labelEnd] ?? '') && labelEnd < restStart) labelEnd++;
    restStart = labelEnd;
  }
  return { label, langs, standalone, ownLine, labelEnd, restStart };
}

function findLangs(labels: Map<string, Lang[]>, label: string): Lang[] {
  for (const [key, langs] of labels) if (key.replace(/-/g, ' ') === label) return langs;
  return [];
}

/**
 * True when the paragraph's plain text starts with a phrase of `category` (no punctuation needed), e.g. an
 * abstract opener (`This article examines…`, `Мақалада…`).
 */
export function startsWithPhrase(raw: string, category: LabelCategory): boolean {
  const { regex } = compile(category);
  const view = plainView(raw);
  const match = regex.exec(view.plain);
  return match !== null && match.index === 0;
}
