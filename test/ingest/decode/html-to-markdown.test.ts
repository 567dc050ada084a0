// The mapping from mammoth's HTML to Markdown-like text, on HTML as mammoth writes it (escaped text,
// footnotes at the end, table cells wrapping paragraphs), and one table through a real .docx.
import { describe, expect, test } from 'vitest';
import { htmlToMarkdown } from '../../../src/ingest/decode/html-to-markdown.js';
import { decodeInput } from '../../../src/ingest/decode/index.js';
import { docxParts, makeZip } from './make-docx.js';

describe('htmlToMarkdown', () => {
  test.each([
    ['headings of every level', '<h1>A</h1><h4>B</h4><h6>C</h6>', '# A\n\n#### B\n\n###### C\n'],
    ['escaped text is unescaped, then Markdown-escaped', '<p>a &lt;b&gt; &amp; c*d_e</p>', 'a <b> & c\\*d\\_e\n'],
    ['superscript and subscript as HTML', '<p>H<sub>2</sub>O and x<sup>2</sup></p>', 'H<sub>2</sub>O and x<sup>2</sup>\n'],
    ['spaces move outside the markers', '<p><strong>Bold </strong>text<em> italic</em></p>', '**Bold** text *italic*\n'],
    ['a line break inside a heading becomes a space', '<h2>Part one<br />part two</h2>', '## Part one part two\n'],
    ['a line break in a paragraph is a Markdown hard break', '<p>one<br />two</p>', 'one  \ntwo\n'],
    ['empty paragraphs are dropped', '<p></p><p> </p><p>text</p>', 'text\n'],
    ['web links keep their text only', '<p>See <a href="https://example.org">the site</a>.</p>', 'See the site.\n'],
    ['images are left out (the spaces around them stay)', '<p>Before <img src="" /> after</p>', 'Before  after\n'],
    ['nested lists indent and stay on consecutive lines', '<ol><li>one<ul><li>sub</li></ul></li><li>two</li></ol>', '1. one\n   - sub\n2. two\n'],
    ['two lists are two blocks', '<ul><li>a</li></ul><p>between</p><ul><li>b</li></ul>', '- a\n\nbetween\n\n- b\n'],
    ['strike-through keeps its text', '<p>old <s>wrong</s> right</p>', 'old wrong right\n'],
    ['a # starting a paragraph is escaped', '<p># 1 ranking</p>', '\\# 1 ranking\n'],
  ])('%s', (_name, html, markdown) => {
    expect(htmlToMarkdown(html).markdown).toBe(markdown);
  });

  test('footnotes keep their number; the back-links are dropped', () => {
    const html =
      '<p>Power<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup> is old.</p>' +
      '<ol><li id="footnote-1"><p> Plato, Republic. <a href="#footnote-ref-1">↑</a></p></li></ol>';
    expect(htmlToMarkdown(html).markdown).toBe('Power<sup>[1]</sup> is old.\n\n1. Plato, Republic.\n');
  });

  test('table cells become paragraphs, row by row, and are counted', () => {
    const html =
      '<table><tr><td><p>Аңдатпа</p></td><td><p>Аннотация</p></td></tr>' +
      '<tr><td><p>Мақалада …</p></td><td><p>В статье …</p></td></tr></table>';
    const result = htmlToMarkdown(html);
    expect(result.markdown).toBe('Аңдатпа\n\nАннотация\n\nМақалада …\n\nВ статье …\n');
    expect(result.tables).toBe(1);
  });

  test('a list item with two paragraphs stays one item', () => {
    expect(htmlToMarkdown('<ol><li><p>first</p><p>second</p></li></ol>').markdown).toBe('1. first  \nsecond\n');
  });
});

test('a table in a real Word file is flattened and reported', async () => {
  const cell = (text: string): string => `<w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
  const documentXml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
    '<w:p><w:r><w:t>Before the table.</w:t></w:r></w:p>' +
    `<w:tbl><w:tr>${cell('Түйін сөздер')}${cell('Ключевые слова')}</w:tr></w:tbl>` +
    '</w:body></w:document>';
  const result = await decodeInput(makeZip(docxParts([], documentXml)), 'table.docx');
  if (!result.ok) throw new Error(JSON.stringify(result.messages));
  expect(result.text).toBe('Before the table.\n\nТүйін сөздер\n\nКлючевые слова\n');
  expect(result.messages).toMatchObject([{ ruleId: 'docx-tables-flattened', severity: 'info' }]);
  expect(result.messages[0].reason).toContain('`table.docx`');
});
