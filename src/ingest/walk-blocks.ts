import type { DraftBlock } from './draft-block.js';
import { classifyFrontMatter } from './classify-front-matter.js';
import { detectRunInHeading, isEmphasisedLine, isMarkdownHeading, isStandaloneHeading } from './detect-heading.js';
import { endsLikeSentence, isAllCaps, looksLikeAffiliation, looksLikeAuthorLine, looksLikeMetadata, wordCount } from './looks-like.js';
import { matchLabel, startsWithPhrase, type LabelMatch } from './match-label.js';
import { plainView } from './plain-view.js';
import { splitItems, startsItem } from './split-items.js';
import { splitParagraphs, trimRange, type Paragraph } from './split-paragraphs.js';

/** Longest paragraph, in characters, that can still be front matter (a title with authors and affiliations). */
const MAX_FRONT_PARAGRAPH = 600;
/** How far ahead (in paragraphs) an abstract or keyword label may be for short paragraphs to count as its front matter. */
const FRONT_LOOKAHEAD = 8;
/** A labelled abstract may run over several paragraphs when its keyword line follows within this many. */
const ABSTRACT_LOOKAHEAD = 4;

interface Labels {
  abstract: LabelMatch | null;
  keywords: LabelMatch | null;
  references: LabelMatch | null;
}

type State = 'front' | 'abstract' | 'body' | 'references' | 'closing';

/**
 * Walks the paragraphs of an article once, with a small state machine (front matter → abstract → keywords →
 * front matter of the next language … → body → reference lists), and cuts them into blocks. Labels decide
 * first (abstract, keyword and reference headings in any of the three languages); layout decides the rest
 * (Markdown and emphasised headings, capitals, author and affiliation lines). Every non-blank character of
 * `text` ends up in exactly one block.
 */
export function walkBlocks(text: string): DraftBlock[] {
  const raw = (p: Paragraph) => text.slice(p.range.start, p.range.end);
  const paragraphs = splitParagraphs(text).flatMap((p) => splitAtLabelLines(p));
  const labels: Labels[] = paragraphs.map((p) => {
    const source = raw(p);
    const keywords = matchLabel(source, 'keywords');
    const references = matchLabel(source, 'references');
    return {
      keywords,
      abstract: keywords ? null : matchLabel(source, 'abstract'),
      references: references && (references.standalone || references.ownLine) && !keywords ? references : null,
    };
  });
  const anyAnchor = labels.some((l) => l.abstract || l.keywords);

  const blocks: DraftBlock[] = [];
  const push = (kind: DraftBlock['kind'], start: number, end: number, extra: Partial<DraftBlock> = {}) => {
    const trimmed = trimRange(text, start, end);
    if (trimmed) blocks.push({ kind, range: trimmed.range, ...extra });
  };

  const shortParagraph = (p: Paragraph) =>
    p.range.end - p.range.start <= MAX_FRONT_PARAGRAPH && p.lines.every((line) => line.text.length <= 300);
  /** An abstract or keyword label soon, with nothing long in between: what precedes it is front matter. */
  const anchorAhead = (i: number) => {
    for (let j = i; j < Math.min(paragraphs.length, i + FRONT_LOOKAHEAD); j++) {
      if (labels[j].abstract || labels[j].keywords) return true;
      // A long paragraph ends the head, unless it is an unlabelled abstract right before its keyword line.
      if (labels[j].references || (!shortParagraph(paragraphs[j]) && !(j > i && proseLike(paragraphs[j]) && keywordsSoon(j)))) return false;
    }
    return false;
  };
  /**
   * A one-line paragraph before more prose that leads to a keyword line, with no marked title yet: a plain title
   * (`What is the Global Citizen Festival and has it done anything?`), not the first paragraph of the abstract.
   */
  const plainTitleBeforeAbstract = (i: number) => {
    const p = paragraphs[i];
    const next = paragraphs[i + 1];
    if (p.lines.length !== 1 || p.range.end - p.range.start > 250 || !next || labels[i + 1].keywords || !proseLike(next)) return false;
    if (endsLikeSentence(plainView(raw(p)).plain)) return false;
    return !pending.some((q) => q.lines.some((line) => isMarkdownHeading(line.text) || isEmphasisedLine(line.text) || isAllCaps(plainView(line.text).plain)));
  };
  /** Running prose (an abstract, a body paragraph): enough words and a sentence end. */
  const proseLike = (p: Paragraph) => {
    const plain = plainView(raw(p)).plain.trim();
    if (p.lines.every(headLine)) return false;
    // A sentence end after a small letter or a number (`А.Б.` initials do not count).
    return wordCount(plain, 15) >= 15 && /[\p{Ll}\p{N}»"”)][.!?…](?:\s|$)/u.test(plain);
  };
  /** Title, author, affiliation or metadata lines, as at the top of a file without labels (seed 002). */
  const frontish = (p: Paragraph) =>
    shortParagraph(p) &&
    !matchLabel(raw(p), 'sections')?.standalone &&
    p.lines.every((line) => {
      const plain = plainView(line.text).plain.trim();
      return (
        looksLikeMetadata(plain) ||
        looksLikeAffiliation(plain) ||
        looksLikeAuthorLine(plain) ||
        isMarkdownHeading(line.text) ||
        isAllCaps(plain) ||
        (wordCount(plain, 30) <= 30 && !endsLikeSentence(plain))
      );
    });
  const opensAbstract = (p: Paragraph) => startsWithPhrase(raw(p), 'abstractOpeners');
  /** A line as it stands in the head of an article: title (marked, capitals), authors or affiliation. */
  const headLine = (line: Paragraph['lines'][number]) => {
    const plain = plainView(line.text).plain.trim();
    return isMarkdownHeading(line.text) || isEmphasisedLine(line.text) || isAllCaps(plain) || looksLikeAuthorLine(plain) || looksLikeAffiliation(plain);
  };
  /**
   * A title or author line as it stands at the head of an article (not a list item or a sentence); a plain title
   * counts too when it has no year and no `//` (a reference item has them) and no closing full stop.
   */
  const headLike = (p: Paragraph) =>
    shortParagraph(p) &&
    !startsItem(p.lines[0].text) &&
    p.lines.every((line) => {
      const plain = plainView(line.text).plain.trim();
      return headLine(line) || (!/\b(?:1[89]|20)\d\d\b|\/\//.test(plain) && !endsLikeSentence(plain) && wordCount(plain, 30) <= 30);
    });

  let state: State = 'front';
  let pending: Paragraph[] = [];
  let group = 0;
  let abstractParagraphs = 0;
  let seenUnit = false;
  let expectKeywordList: DraftBlock | null = null;

  const flushFront = () => {
    if (pending.length > 0) blocks.push(...classifyFrontMatter(pending));
    pending = [];
  };

  const body = (p: Paragraph) => {
    const source = raw(p);
    // Markdown tables, images and horizontal rules carry no sentences to align.
    if (p.lines.every((line) => /^\|.*\|$|^!\[[^\]]*\]\([^)]*\)$|^(?:[-*_]\s*){3,}$/.test(line.text))) {
      return push('other', p.range.start, p.range.end);
    }
    if (isStandaloneHeading(p)) return push('heading', p.range.start, p.range.end);
    const runIn = detectRunInHeading(source);
    if (runIn) {
      push('heading', p.range.start, p.range.start + runIn.labelEnd);
      push('body', p.range.start + runIn.restStart, p.range.end);
      return;
    }
    for (const item of splitItems(p)) push('body', item.start, item.end);
  };

  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const source = raw(p);
    const label = labels[i];

    if (expectKeywordList && !label.abstract && !label.keywords && !label.references) {
      // `Key words:` alone on its line, the list in the next paragraph.
      push('keywords', p.range.start, p.range.end, { labelLangs: expectKeywordList.labelLangs, contentStart: p.range.start });
      expectKeywordList.listFollows = true;
      expectKeywordList = null;
      continue;
    }
    expectKeywordList = null;

    if (label.references) {
      flushFront();
      const end = label.references.standalone ? p.range.end : p.range.start + label.references.labelEnd;
      push('references-heading', p.range.start, end, { labelLangs: label.references.langs, group: ++group });
      state = 'references';
      // `Литература` on the first line, the items on the next ones (no blank line in between).
      if (!label.references.standalone && p.lines.length > 1) {
        const rest = p.lines.slice(1);
        const items = { lines: rest, range: { start: rest[0].range.start, end: p.range.end } };
        for (const item of splitItems(items, true)) push('references', item.start, item.end, { group });
      }
      continue;
    }
    if (label.keywords) {
      flushFront();
      const block: DraftBlock = { kind: 'keywords', range: { ...p.range }, labelLangs: label.keywords.langs };
      if (label.keywords.standalone) expectKeywordList = block;
      else block.contentStart = p.range.start + label.keywords.restStart;
      blocks.push(block);
      state = 'front';
      seenUnit = true;
      continue;
    }
    // Notes about the authors after the references: neither body nor references, up to the next head.
    const closing = matchLabel(source, 'authorInfo');
    if (closing && (closing.standalone || closing.ownLine)) {
      flushFront();
      push('other', p.range.start, p.range.end);
      state = 'closing';
      continue;
    }
    // In the body or the references, only a label that stands out is a heading (`Summary: the results…` is not).
    const abstract = label.abstract;
    if (abstract && (state === 'front' || state === 'abstract' || abstract.standalone || /^[*_#]/.test(source))) {
      flushFront();
      group++;
      push('abstract-heading', p.range.start, p.range.start + abstract.labelEnd, { labelLangs: abstract.langs, group });
      abstractParagraphs = 0;
      if (!abstract.standalone) {
        push('abstract', p.range.start + abstract.restStart, p.range.end, { group });
        abstractParagraphs++;
      }
      state = 'abstract';
      seenUnit = true;
      continue;
    }

    if (state === 'front') {
      // An unlabelled abstract: prose right before its keyword line (Kazakh journals often drop the heading) …
      if (proseLike(p) && keywordsSoon(i) && !plainTitleBeforeAbstract(i)) {
        flushFront();
        push('abstract', p.range.start, p.range.end, { group: ++group });
        abstractParagraphs = 1;
        state = 'abstract';
        continue;
      }
      // After a keyword line, only labels ahead make short paragraphs front matter (else `## Introduction` would
      // become a title); at the top of the file, title-like lines are front matter even without labels.
      if (shortParagraph(p) && (anchorAhead(i) || (!seenUnit && frontish(p)))) {
        pending.push(p);
        continue;
      }
      // … or, with no label anywhere in the file, a paragraph opening like an abstract after the title (seed 002).
      if (!anyAnchor && pending.length > 0 && opensAbstract(p)) {
        flushFront();
        push('abstract', p.range.start, p.range.end, { group: ++group });
        state = 'body';
        continue;
      }
      flushFront();
      state = 'body';
      body(p);
      continue;
    }

    if (state === 'abstract') {
      const heading = isStandaloneHeading(p) || detectRunInHeading(source) !== null;
      const titleLike = isMarkdownHeading(source) || isAllCaps(plainView(source).plain);
      if (heading && !(titleLike && anchorAhead(i))) {
        state = 'body';
        body(p);
        continue;
      }
      if (!heading && (abstractParagraphs === 0 || keywordsSoon(i))) {
        push('abstract', p.range.start, p.range.end, { group });
        abstractParagraphs++;
        continue;
      }
      if (shortParagraph(p) && anchorAhead(i)) {
        state = 'front';
        pending.push(p);
        continue;
      }
      state = 'body';
      body(p);
      continue;
    }

    // A head of another language version after the body or the references (end-of-article summaries): a title or
    // author line followed closely by an abstract or keyword label.
    if ((state === 'body' || state === 'references' || state === 'closing') && headLike(p) && anchorAhead(i)) {
      state = 'front';
      pending.push(p);
      continue;
    }

    if (state === 'closing') {
      push('other', p.range.start, p.range.end);
      continue;
    }

    if (state === 'references') {
      if (isMarkdownHeading(source) || matchLabel(source, 'sections')?.standalone) {
        state = 'body';
        body(p);
        continue;
      }
      for (const item of splitItems(p, true)) push('references', item.start, item.end, { group });
      continue;
    }

    body(p);
  }
  flushFront();
  return blocks;

  /** A keyword label within a few paragraphs, before any heading: the paragraphs up to it are still abstract. */
  function keywordsSoon(i: number): boolean {
    for (let j = i; j < Math.min(paragraphs.length, i + ABSTRACT_LOOKAHEAD); j++) {
      if (labels[j].keywords) return true;
      if (labels[j].abstract || labels[j].references || isStandaloneHeading(paragraphs[j])) return false;
    }
    return false;
  }
}

/**
 * PDF conversions often lose the blank line before a label: `…end of the abstract.\nKeywords: a, b`. A line
 * inside a paragraph that starts with a keyword, abstract or reference label starts a paragraph of its own.
 */
function splitAtLabelLines(paragraph: Paragraph): Paragraph[] {
  if (paragraph.lines.length < 2) return [paragraph];
  const parts: Paragraph['lines'][] = [[]];
  let inKeywordList = false;
  paragraph.lines.forEach((line, i) => {
    // Labels are capitalised; a wrapped line that happens to begin with `abstract:` is not one.
    const capitalised = /^\P{L}*\p{Lu}/u.test(line.text);
    const keywordLabel = capitalised && matchLabel(line.text, 'keywords') !== null;
    const label =
      i > 0 &&
      capitalised &&
      (keywordLabel || matchLabel(line.text, 'abstract') !== null || matchLabel(line.text, 'references')?.standalone === true);
    // A keyword list ends with its line unless it wraps (the line ends with a comma or semicolon, or the next
    // one goes on in lower case): PDF conversions often put the first body paragraph right under it.
    const previous = paragraph.lines[i - 1]?.text ?? '';
    const endsKeywordList = i > 0 && inKeywordList && !label && !/[,;]$/.test(previous) && !/^\p{Ll}/u.test(line.text);
    if (label || endsKeywordList) parts.push([]);
    if (keywordLabel) inKeywordList = true;
    else if (label || endsKeywordList) inKeywordList = false;
    parts[parts.length - 1].push(line);
  });
  return parts.map((lines) => ({ lines, range: { start: lines[0].range.start, end: lines[lines.length - 1].range.end } }));
}
