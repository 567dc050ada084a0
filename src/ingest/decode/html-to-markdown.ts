/**
 * Turns the HTML that mammoth makes of a Word file into the Markdown-like text tilmash's seeds use, keeping
 * what marks an article's blocks: headings as `#`…`######`, bold as `**…**`, italics as `*…*`, superscripts
 * as `<sup>…</sup>` (affiliation marks), paragraphs separated by a blank line, list items as `1. `/`- ` lines.
 *
 * Why not mammoth's own (deprecated) Markdown writer: it writes bold as `__`, escapes every `.`, `-` and `(`
 * (so `1999.` becomes `1999\.`), drops superscripts and runs table cells together. Mammoth's HTML is a small,
 * well-formed vocabulary (it escapes `&`, `<`, `>` and `"` and nothing else), so mapping it here is both
 * simpler and more faithful.
 */
export interface MarkdownConversion {
  markdown: string;
  /** Images met (their content is not text and is left out). */
  images: number;
  /** Tables met (their cells become paragraphs, row by row). */
  tables: number;
}

type Flag = 'strong' | 'em' | 'sup' | 'sub';
const FLAG_ORDER: readonly Flag[] = ['strong', 'em', 'sup', 'sub'];
const OPEN: Record<Flag, string> = { strong: '**', em: '*', sup: '<sup>', sub: '<sub>' };
const CLOSE: Record<Flag, string> = { strong: '**', em: '*', sup: '</sup>', sub: '</sub>' };

/** A stretch of text with one set of inline formats; `\n` alone is a hard line break. */
interface Run {
  text: string;
  flags: ReadonlySet<Flag>;
}

interface Block {
  /** `#` marks, list bullet or nothing, written before the inline text. */
  prefix: string;
  heading: boolean;
  runs: Run[];
  /** List items of one list are written on consecutive lines, like the seeds' reference lists. */
  listId: number;
}

interface Token {
  type: 'open' | 'close' | 'self' | 'text';
  name: string;
  attributes: Record<string, string>;
  text: string;
}

interface ListState {
  ordered: boolean;
  count: number;
  id: number;
}

/** Converts mammoth's HTML to Markdown-like text (see the module comment). */
export function htmlToMarkdown(html: string): MarkdownConversion {
  const blocks: Block[] = [];
  const inline: Flag[] = [];
  const lists: ListState[] = [];
  let nextListId = 1;
  let images = 0;
  let tables = 0;
  let current: Block | undefined;
  // Inside a list item, its paragraphs continue the item instead of starting blocks.
  let itemDepth = 0;
  let skipDepth = 0;

  const startBlock = (prefix: string, heading: boolean): void => {
    const list = lists.at(-1);
    current = { prefix, heading, runs: [], listId: itemDepth > 0 && list ? list.id : 0 };
    blocks.push(current);
  };
  const ensureBlock = (): Block => {
    if (!current) startBlock('', false);
    return current as Block;
  };
  const addText = (text: string): void => {
    if (skipDepth > 0 || text.length === 0) return;
    ensureBlock().runs.push({ text, flags: new Set(inline) });
  };

  for (const token of tokenize(html)) {
    const { name } = token;
    if (token.type === 'text') {
      addText(token.text);
      continue;
    }
    if (token.type === 'open' && name === 'a' && /^#(footnote|endnote|comment)-ref-/.test(token.attributes.href ?? '')) {
      // Mammoth's "↑" link back from a note to its reference: navigation, not text.
      skipDepth += 1;
      continue;
    }
    if (token.type === 'close' && name === 'a') {
      if (skipDepth > 0) skipDepth -= 1;
      continue;
    }
    if (/^h[1-6]$/.test(name)) {
      if (token.type === 'open') startBlock(`${'#'.repeat(Number(name[1]))} `, true);
      else current = undefined;
      continue;
    }
    switch (name) {
      case 'p':
        if (token.type === 'open') {
          if (itemDepth > 0 && current && current.runs.length > 0) addText('\n');
          else if (itemDepth === 0) startBlock('', false);
        } else if (itemDepth === 0) {
          current = undefined;
        }
        break;
      case 'ul':
      case 'ol':
        if (token.type === 'open') lists.push({ ordered: name === 'ol', count: 0, id: lists.at(-1)?.id ?? nextListId++ });
        else lists.pop();
        current = undefined;
        break;
      case 'li':
        if (token.type === 'open') {
          const list = lists.at(-1) ?? { ordered: false, count: 0, id: nextListId++ };
          list.count += 1;
          const indent = '   '.repeat(Math.max(0, lists.length - 1));
          itemDepth += 1;
          startBlock(`${indent}${list.ordered ? `${list.count}.` : '-'} `, false);
        } else {
          itemDepth = Math.max(0, itemDepth - 1);
          current = undefined;
        }
        break;
      case 'table':
        if (token.type === 'open') tables += 1;
        current = undefined;
        break;
      case 'tr':
      case 'td':
      case 'th':
        current = undefined;
        break;
      case 'br':
        addText('\n');
        break;
      case 'img':
        images += 1;
        break;
      case 'strong':
      case 'em':
      case 'sup':
      case 'sub':
        if (token.type === 'open') inline.push(name);
        else removeLast(inline, name);
        break;
      default:
        // s (strike-through), u, span, div, a with a web link: keep the text, drop the element.
        break;
    }
  }

  const written: string[] = [];
  let previousList = 0;
  for (const block of blocks) {
    const body = writeInline(block.runs, block.heading);
    if (body.trim().length === 0) continue;
    const line = `${block.prefix}${body}`;
    // Items of the same list follow each other on consecutive lines; everything else is its own paragraph.
    if (block.listId !== 0 && block.listId === previousList && written.length > 0) {
      written[written.length - 1] += `\n${line}`;
    } else {
      written.push(line);
    }
    previousList = block.listId;
  }
  const markdown = written.length > 0 ? `${written.join('\n\n')}\n` : '';
  return { markdown, images, tables };
}

function removeLast(stack: Flag[], flag: Flag): void {
  const index = stack.lastIndexOf(flag);
  if (index >= 0) stack.splice(index, 1);
}

/**
 * Writes runs as Markdown with balanced markers. Markers must hug non-space text (`** bold**` is not bold in
 * Markdown), so spaces take the formats shared by their neighbours; then a stack opens the longer-lasting
 * format outside the shorter one and closes formats in reverse order.
 */
function writeInline(runs: readonly Run[], heading: boolean): string {
  const segments = mergeSegments(respaceRuns(runs, heading));
  let out = '';
  const open: Flag[] = [];
  for (let index = 0; index < segments.length; index += 1) {
    const segment = segments[index];
    // Close from the top down to the outermost format that ends here; formats closed on the way that go
    // on are reopened below.
    const deepestEnded = open.findIndex((flag) => !segment.flags.has(flag));
    if (deepestEnded >= 0) {
      while (open.length > deepestEnded) out += CLOSE[open.pop() as Flag];
    }
    const toOpen = FLAG_ORDER.filter((flag) => segment.flags.has(flag) && !open.includes(flag));
    toOpen.sort((a, b) => lastingLength(segments, index, b) - lastingLength(segments, index, a));
    for (const flag of toOpen) {
      out += OPEN[flag];
      open.push(flag);
    }
    out += segment.text === '\n' ? '  \n' : escapeText(segment.text, out);
  }
  while (open.length > 0) out += CLOSE[open.pop() as Flag];
  return out.trim();
}

/** How many segments from `start` on keep `flag`: the longer one opens first, outside the other. */
function lastingLength(segments: readonly Run[], start: number, flag: Flag): number {
  let index = start;
  while (index < segments.length && segments[index].flags.has(flag)) index += 1;
  return index - start;
}

/**
 * Splits runs into space and non-space stretches and gives each space stretch only the formats that its
 * neighbours on both sides share, so no marker ends up next to a space. In a heading a line break becomes a
 * space, since a Markdown heading is one line.
 */
function respaceRuns(runs: readonly Run[], heading: boolean): Run[] {
  const pieces: Run[] = [];
  for (const run of runs) {
    const text = heading ? run.text.replace(/\n/g, ' ') : run.text;
    for (const part of text.split(/(\n|[^\S\n]+)/)) {
      if (part.length > 0) pieces.push({ text: part, flags: run.flags });
    }
  }
  const isSpace = (piece: Run): boolean => /^\s+$/.test(piece.text);
  const result: Run[] = [];
  for (let index = 0; index < pieces.length; index += 1) {
    const piece = pieces[index];
    if (!isSpace(piece)) {
      result.push(piece);
      continue;
    }
    const before = findNonSpace(pieces, index, -1);
    const after = findNonSpace(pieces, index, 1);
    const shared = new Set<Flag>();
    if (before && after) for (const flag of before.flags) if (after.flags.has(flag)) shared.add(flag);
    result.push({ text: piece.text, flags: shared });
  }
  return result;

  function findNonSpace(list: readonly Run[], from: number, step: number): Run | undefined {
    for (let index = from + step; index >= 0 && index < list.length; index += step) {
      if (!isSpace(list[index])) return list[index];
    }
    return undefined;
  }
}

function mergeSegments(runs: readonly Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last && last.text !== '\n' && run.text !== '\n' && sameFlags(last.flags, run.flags)) {
      merged[merged.length - 1] = { text: last.text + run.text, flags: last.flags };
    } else {
      merged.push(run);
    }
  }
  return merged;
}

function sameFlags(a: ReadonlySet<Flag>, b: ReadonlySet<Flag>): boolean {
  if (a.size !== b.size) return false;
  for (const flag of a) if (!b.has(flag)) return false;
  return true;
}

/**
 * Escapes the characters that would otherwise start Markdown formatting, as the seeds do (`\*`, `\_`), and a
 * `#` at the very start of a paragraph, which would make it a heading.
 */
function escapeText(text: string, written: string): string {
  let escaped = text.replace(/[\\*_]/g, (char) => `\\${char}`);
  if (written.trim().length === 0 && /^\s*#/.test(escaped)) escaped = escaped.replace('#', '\\#');
  return escaped;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function* tokenize(html: string): Generator<Token> {
  const pattern = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=/>]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+|<)/g;
  for (const match of html.matchAll(pattern)) {
    const [, slash, tagName, attributeText, selfClosing, text] = match;
    if (text !== undefined) {
      yield { type: 'text', name: '', attributes: {}, text: decodeEntities(text) };
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const attribute of (attributeText ?? '').matchAll(/([^\s=/>]+)(?:="([^"]*)")?/g)) {
      attributes[attribute[1].toLowerCase()] = decodeEntities(attribute[2] ?? '');
    }
    const type = slash ? 'close' : selfClosing ? 'self' : 'open';
    yield { type, name: tagName.toLowerCase(), attributes, text: '' };
  }
}
