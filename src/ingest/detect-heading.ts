import type { Paragraph } from './split-paragraphs.js';
import { matchLabel } from './match-label.js';
import { endsLikeSentence, isAllCaps, wordCount } from './looks-like.js';
import { plainView } from './plain-view.js';

/** Longest heading we believe in, in words: longer emphasised lines are quotes or epigraphs. */
const MAX_HEADING_WORDS = 15;

/** Markdown ATX heading (`## Title`). */
export function isMarkdownHeading(raw: string): boolean {
  return /^#{1,6}\s/.test(raw);
}

/** The whole line is wrapped in emphasis (`**Title**`, `*Пайдаланылған әдебиеттер тізімі*`). */
export function isEmphasisedLine(raw: string): boolean {
  return /^(\*{1,3}|_{1,3})\S[\s\S]*\S\1[.:]?$|^(\*{1,3}|_{1,3})\S\2$/.test(raw.trim());
}

/**
 * A body section heading standing alone in its paragraph: a Markdown heading, a short emphasised or all-caps
 * line, a known section word (`Introduction`, `Кіріспе`, `Заключение`, optionally numbered), or a short numbered
 * line without a closing full stop (`2.1 Data collection`).
 */
export function isStandaloneHeading(paragraph: Paragraph): boolean {
  if (paragraph.lines.length !== 1) return false;
  const raw = paragraph.lines[0].text;
  if (isMarkdownHeading(raw)) return true;
  const plain = plainView(raw).plain.trim();
  const words = wordCount(plain, MAX_HEADING_WORDS);
  if (words === 0 || words > MAX_HEADING_WORDS) return false;
  if (isEmphasisedLine(raw) && !endsLikeSentence(plain)) return true;
  if (isAllCaps(plain) && !endsLikeSentence(plain)) return true;
  const section = matchLabel(raw, 'sections');
  if (section?.standalone) return true;
  return /^\d+(?:\.\d+)*\.?\s+\p{Lu}/u.test(plain) && words <= 8 && !/[.;,]$/.test(plain);
}

/** Where a run-in heading ends and its paragraph's text begins (offsets relative to the paragraph text). */
export interface RunInHeading {
  labelEnd: number;
  restStart: number;
}

/**
 * A run-in section heading at a paragraph start: an emphasised phrase closed by `.` or `:` (`**Introduction.**
 * Power is…`, `**Discussion:** The word…`), or a known section word with punctuation (`Conclusion. On the…`).
 */
export function detectRunInHeading(raw: string): RunInHeading | null {
  const emphasised = /^(\*\*|__|\*|_)([^*_\n]{1,120}?)\1([.:])?[ \t]*/.exec(raw);
  if (emphasised) {
    const inner = emphasised[2].trim();
    const closed = /[.:]$/.test(inner) || emphasised[3] !== undefined;
    const rest = raw.slice(emphasised[0].length);
    if (closed && wordCount(inner, 10) <= 10 && /\p{L}/u.test(inner) && /\S/.test(rest)) {
      return { labelEnd: emphasised[0].trimEnd().length, restStart: emphasised[0].length };
    }
  }
  const section = matchLabel(raw, 'sections');
  if (section && !section.standalone) return { labelEnd: section.labelEnd, restStart: section.restStart };
  return null;
}
