import { identifyLanguage } from '../lang/identify/index.js';
import { LANGS, type Lang, type Report, type SectionKind } from '../model/index.js';
import type { DraftBlock } from './draft-block.js';
import { CodePointClass, CYRILLIC, LETTER } from './code-point-class.js';
import { plainView } from './plain-view.js';
import type { Block, IngestedSection, SourceParagraph } from './types.js';

/** Below this confidence a short block (a title, a keyword list) takes the language of its unit instead. */
const SURE = 0.9;
/** Share of Kazakh-only letters below which Kazakh text has lost them (running text has about 0.1). */
const MIN_KAZAKH_LETTER_SHARE = 0.02;
/** Letters a Kazakh section needs before its share of Kazakh-only letters means anything. */
const MIN_LETTERS_FOR_SHARE = 200;
/** Confidence above which a short block's own language contradicting its unit is worth a warning. */
const CERTAIN = 0.999;
/** Body paragraphs with fewer letters than this follow the body's main language (captions, list numbers). */
const MIN_BODY_LETTERS = 40;

interface Guess {
  lang: Lang | null;
  confidence: number;
}

function guessOf(text: string): Guess {
  return identifyLanguage(plainView(text).plain);
}

/**
 * `guessOf` with the guesses of one document kept by text: a unit's abstract content is its abstract block when
 * the block has no inline label, and a title's or keyword list's content is asked for once for its unit and once
 * for its section, so each distinct text is identified once.
 */
function documentGuesses(): (text: string) => Guess {
  const known = new Map<string, Guess>();
  return (text) => {
    let guess = known.get(text);
    if (guess === undefined) known.set(text, (guess = guessOf(text)));
    return guess;
  };
}

const LATIN = new CodePointClass(/^\p{Script=Latin}$/u);

/** More Latin than Cyrillic letters. */
function isMostlyLatin(text: string): boolean {
  return LATIN.count(text) > CYRILLIC.count(text);
}

function letters(text: string): number {
  return LETTER.count(text);
}

/** The one language a label belongs to, or null when it is shared (`Аннотация`: Russian and Kazakh). */
function labelLang(block: DraftBlock): Lang | null {
  return block.labelLangs && block.labelLangs.length === 1 ? block.labelLangs[0] : null;
}

const SECTION_ORDER: SectionKind[] = ['title', 'abstract', 'keywords', 'body', 'references'];

/** Blocks with languages, sections per kind and language, and the languages the article has. */
export interface BuiltDocument {
  blocks: Block[];
  sections: IngestedSection[];
  languages: Lang[];
}

/**
 * Identifies the language of every block and gathers the sections: per front-matter unit one language (that of
 * its abstract, else its keywords, else its title), body paragraphs by their own language, reference items by
 * the language of their list's heading. Reports warnings for problems only: empty abstracts, keyword labels or
 * reference headings, headings without text, blocks whose language contradicts their unit or label, a second
 * section of one kind in one language.
 */
export function buildSections(text: string, drafts: readonly DraftBlock[], units: readonly number[], report: Report): BuiltDocument {
  const slice = (d: { range: { start: number; end: number } }) => text.slice(d.range.start, d.range.end);
  const guessText = documentGuesses();
  // A block's own guess, made when first needed: labelled headings and author lines inside a unit need none.
  const guesses: Array<Guess | undefined> = [];
  const guessAt = (i: number): Guess => (guesses[i] ??= guessText(slice(drafts[i])));
  // Letters of body blocks, counted once for the main language and once more per block below.
  const bodyLetterCounts = drafts.map((d) => (d.kind === 'body' ? letters(slice(d)) : 0));

  // Language of each unit: its abstract text, else its keyword list, else its title.
  const unitLang = new Map<number, Lang>();
  for (const kind of ['title', 'keywords', 'abstract'] as const) {
    const byUnit = new Map<number, string[]>();
    drafts.forEach((d, i) => {
      if (d.kind !== kind || units[i] < 0) return;
      const contents = byUnit.get(units[i]);
      if (contents) contents.push(contentOf(d));
      else byUnit.set(units[i], [contentOf(d)]);
    });
    for (const [unit, contents] of byUnit) {
      // Joined without a line break in front: the guess depends only on the letters' words, and a lone block's
      // content is then the very text its own guess reads.
      const guess = guessText(contents.join('\n'));
      if (guess.lang) unitLang.set(unit, guess.lang);
    }
  }

  // A name or a short line cannot tell Russian from Kazakh; inside a unit it takes the unit's language.
  const blocks: Block[] = drafts.map((d, i) => {
    const own = units[i] >= 0 ? unitLang.get(units[i]) : undefined;
    const label = d.kind.endsWith('heading') ? labelLang(d) : null;
    // An author line is a name: it belongs to the language version of the head it stands in.
    const followsUnit = !label && own && (d.kind === 'author' || guessAt(i).confidence < SURE);
    const lang = label || (followsUnit ? own : guessAt(i).lang);
    return { kind: d.kind, lang, range: { ...d.range }, text: slice(d) };
  });

  const sections = new Map<string, IngestedSection>();
  const sectionUnit = new Map<string, number>();
  const add = (kind: SectionKind, lang: Lang, paragraph: SourceParagraph, unit: number, at: DraftBlock) => {
    const key = `${kind}:${lang}`;
    let section = sections.get(key);
    if (!section) sections.set(key, (section = { kind, lang, paragraphs: [] }));
    else if (unit >= 0 && sectionUnit.get(key) !== unit) {
      report({
        reason: `Expected one ${kind} in ${lang} per article, found another one; its text is appended to the first.`,
        ruleId: 'repeated-section',
        severity: 'warning',
        range: { ...at.range },
      });
    }
    sectionUnit.set(key, unit);
    section.paragraphs.push(paragraph);
  };

  function contentOf(d: DraftBlock): string {
    const start = d.kind === 'title' ? titleStart(d) : (d.contentStart ?? d.range.start);
    return text.slice(start, d.range.end);
  }
  function titleStart(d: DraftBlock): number {
    const hashes = /^#{1,6}[ \t]*/.exec(text.slice(d.range.start, d.range.end));
    return d.range.start + (hashes ? hashes[0].length : 0);
  }
  const paragraphOf = (start: number, end: number): SourceParagraph | null =>
    start < end && /\S/.test(text.slice(start, end)) ? { text: text.slice(start, end), range: { start, end } } : null;

  const mismatch = (d: DraftBlock, found: Lang, expected: Lang, what: string) =>
    report({
      reason: `Expected the ${d.kind} to be in ${expected} like its ${what}, found ${found}.`,
      ruleId: 'block-language-mismatch',
      severity: 'warning',
      range: { ...d.range },
      actual: found,
      expected,
    });

  // Body: the main language decides paragraphs too short to tell.
  const bodyLetters = new Map<Lang, number>();
  drafts.forEach((d, i) => {
    const lang = d.kind === 'body' ? guessAt(i).lang : null;
    if (d.kind === 'body' && lang) bodyLetters.set(lang, (bodyLetters.get(lang) ?? 0) + bodyLetterCounts[i]);
  });
  const mainBodyLang = [...bodyLetters].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;

  // Reference lists: the language of the heading's label (or of its text when the label is shared).
  const listLang = new Map<number, Lang>();
  drafts.forEach((d, i) => {
    if (d.kind === 'references-heading' && d.group !== undefined) {
      const lang = labelLang(d) ?? guessAt(i).lang;
      if (lang) listLang.set(d.group, lang);
    }
  });

  drafts.forEach((d, i) => {
    const unit = units[i];
    const own = unit >= 0 ? unitLang.get(unit) : undefined;
    switch (d.kind) {
      case 'title': {
        // The unit's language (from its abstract) decides: titles are short and full of names.
        const content = guessText(contentOf(d));
        const lang = own ?? content.lang;
        if (!lang) return;
        if (content.lang && content.lang !== lang && content.confidence >= CERTAIN) mismatch(d, content.lang, lang, 'abstract');
        const paragraph = paragraphOf(titleStart(d), d.range.end);
        if (paragraph) add('title', lang, paragraph, unit, d);
        return;
      }
      case 'abstract-heading': {
        const label = labelLang(d);
        const hasText = drafts.some((other) => other.kind === 'abstract' && other.group === d.group);
        if (!hasText) {
          report({
            reason: `Expected the text of the abstract after the heading \`${slice(d)}\`, found none.`,
            ruleId: 'empty-abstract',
            severity: 'warning',
            range: { ...d.range },
          });
        } else if (label && own && label !== own) mismatch(d, own, label, 'heading');
        return;
      }
      case 'abstract': {
        const lang = own ?? guessAt(i).lang;
        if (!lang) return;
        add('abstract', lang, { text: slice(d), range: { ...d.range } }, unit, d);
        return;
      }
      case 'keywords': {
        if (d.listFollows) return;
        const paragraph = paragraphOf(d.contentStart ?? d.range.end, d.range.end);
        if (!paragraph) {
          report({
            reason: `Expected a keyword list after the label \`${slice(d)}\`, found none.`,
            ruleId: 'empty-keywords',
            severity: 'warning',
            range: { ...d.range },
          });
          return;
        }
        // Keyword lists are short and full of names and loanwords: the unit's language, else the label's, decides.
        const content = guessText(paragraph.text);
        const label = labelLang(d);
        const lang = own ?? label ?? content.lang;
        if (!lang) return;
        if (label && label !== lang) mismatch(d, lang, label, 'label');
        else if (content.lang && content.lang !== lang && content.confidence >= CERTAIN) mismatch(d, content.lang, lang, 'abstract');
        add('keywords', lang, paragraph, unit, d);
        return;
      }
      case 'body': {
        const sure = guessAt(i).lang && bodyLetterCounts[i] >= MIN_BODY_LETTERS && guessAt(i).confidence >= SURE;
        const lang = sure ? guessAt(i).lang : (mainBodyLang ?? guessAt(i).lang);
        if (lang) add('body', lang, { text: slice(d), range: { ...d.range } }, -1, d);
        return;
      }
      case 'references-heading': {
        const hasItems = drafts.some((other) => other.kind === 'references' && other.group === d.group);
        if (!hasItems) {
          report({
            reason: `Expected reference items after the heading \`${slice(d)}\`, found none.`,
            ruleId: 'empty-references',
            severity: 'warning',
            range: { ...d.range },
          });
        }
        return;
      }
      case 'references': {
        const lang = (d.group !== undefined ? listLang.get(d.group) : undefined) ?? guessAt(i).lang;
        if (lang) add('references', lang, { text: slice(d), range: { ...d.range } }, -1, d);
        return;
      }
      case 'heading': {
        const next = drafts[i + 1];
        if (!next || next.kind === 'heading' || next.kind === 'references-heading') {
          report({
            reason: `Expected text after the heading \`${slice(d)}\`, found ${next ? 'another heading' : 'the end of the file'}.`,
            ruleId: 'heading-without-content',
            severity: 'warning',
            range: { ...d.range },
          });
        }
        return;
      }
      default:
        return;
    }
  });

  // Kazakh in the Latin alphabet is identified as Kazakh, but later Kazakh steps (stemming, terms) read Cyrillic.
  for (const section of sections.values()) {
    // Reference lists are transliterated on purpose (journals print a romanised copy).
    if (section.lang !== 'kk' || section.kind === 'references') continue;
    // A font without Kazakh letters leaves Russified text (`билим` for `білім`) that cannot be repaired letter by
    // letter; running Kazakh has about one Kazakh-only letter in ten.
    const latinParagraphs = section.paragraphs.map((p) => isMostlyLatin(p.text));
    const cyrillic = section.paragraphs.filter((_, k) => !latinParagraphs[k]).map((p) => p.text).join(' ');
    const cyrillicLetters = CYRILLIC.count(cyrillic);
    const kazakhLetters = (cyrillic.match(/[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g) ?? []).length;
    if (cyrillicLetters >= MIN_LETTERS_FOR_SHARE && kazakhLetters / cyrillicLetters < MIN_KAZAKH_LETTER_SHARE) {
      report({
        reason: `Expected Kazakh-only letters (ә ғ қ ң ө ұ ү һ і) in about one letter of ten in the Kazakh ${section.kind}, found ${kazakhLetters} in ${cyrillicLetters}; the PDF font may have lacked them.`,
        ruleId: 'kazakh-letters-missing',
        severity: 'warning',
        range: { ...section.paragraphs[0].range },
      });
    }
    const latin = section.paragraphs.find((_, k) => latinParagraphs[k]);
    if (latin) {
      report({
        reason: `Expected Kazakh in Cyrillic letters in the ${section.kind}, found Latin-script Kazakh; Kazakh stemming and term extraction read Cyrillic only.`,
        ruleId: 'latin-script-kazakh',
        severity: 'warning',
        range: { ...latin.range },
      });
    }
  }

  const ordered = [...sections.values()].sort(
    (a, b) => SECTION_ORDER.indexOf(a.kind) - SECTION_ORDER.indexOf(b.kind) || LANGS.indexOf(a.lang) - LANGS.indexOf(b.lang),
  );
  const present = new Set(ordered.filter((s) => s.kind !== 'references').map((s) => s.lang));
  return { blocks, sections: ordered, languages: LANGS.filter((lang) => present.has(lang)) };
}
