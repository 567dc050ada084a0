// Export and review-import speed and memory at scale: a generated aligned corpus of N beads (three languages,
// Cyrillic sentences, one bead in ten flagged) and a glossary of N/10 entries, rendered to TMX, TBX v2 and the
// review workbook, and the workbook read back as `tilmash review import` reads it. Linear growth shows as a flat
// per-bead rate across the sizes. Figures come from here, never from tests.
// Runnable alone: `node dist/pipeline/bench/exports.js [BEADS ...]` (default 10000 50000 100000).
import type { AlignedDocument } from '../../src/align/types.js';
import type { Glossary } from '../../src/glossary/types.js';
import { LANGS } from '../../src/model/index.js';
import { renderGlossaryWorkbook, renderTbxV2, renderTmx } from '../../src/export/index.js';
import { readReviewWorkbook } from '../../src/review/index.js';

const WORDS: Record<(typeof LANGS)[number], string[]> = {
  en: ['power', 'state', 'society', 'the', 'of', 'political', 'culture', 'institution', 'reform', 'people'],
  kk: ['билік', 'мемлекеттік', 'қоғамның', 'саяси', 'мәдениеттілігіне', 'институт', 'реформалар', 'халық', 'және', 'үшін'],
  ru: ['власть', 'государственной', 'общества', 'политической', 'культуры', 'институт', 'реформы', 'народ', 'и', 'для'],
};

/** A deterministic sentence of 12–27 words. */
function sentence(lang: (typeof LANGS)[number], i: number): string {
  const words = WORDS[lang];
  const length = 12 + (i % 16);
  const out: string[] = [];
  for (let k = 0; k < length; k++) out.push(words[(i * 7 + k * 3) % words.length]);
  return out.join(' ') + '.';
}

function corpus(beads: number): { documents: AlignedDocument[]; glossary: Glossary } {
  const documents: AlignedDocument[] = [];
  const perDocument = 300;
  for (let start = 0, d = 0; start < beads; start += perDocument, d++) {
    const n = Math.min(perDocument, beads - start);
    const sentences = Object.fromEntries(
      LANGS.map((lang) => [lang, Array.from({ length: n }, (_, i) => ({ text: sentence(lang, start + i), range: { start: 0, end: 0 }, paragraph: 0 }))]),
    ) as AlignedDocument['sections'][number]['sentences'];
    documents.push({
      kind: 'aligned-document',
      schemaVersion: 1,
      id: `doc-${d}`,
      file: `doc-${d}.txt`,
      languages: [...LANGS],
      sections: [
        {
          kind: 'body',
          sentences,
          beads: Array.from({ length: n }, (_, i) => ({ en: [i], kk: [i], ru: [i], score: (i % 100) / 100, flags: i % 10 === 0 ? ['low-confidence'] : [] })),
        },
      ],
    });
  }
  const entries = Array.from({ length: Math.ceil(beads / 10) }, (_, i) => ({
    id: `t${i.toString(16).padStart(12, '0')}`,
    en: { term: `${WORDS.en[i % 10]} ${i}`, variants: [], frequency: 1 + (i % 9) },
    kk: { term: `${WORDS.kk[i % 10]} ${i}`, variants: [`${WORDS.kk[(i + 1) % 10]} ${i}`, `${WORDS.kk[(i + 2) % 10]} ${i}`], frequency: 1 + (i % 7) },
    ru: { term: `${WORDS.ru[i % 10]} ${i}`, variants: [`${WORDS.ru[(i + 1) % 10]} ${i}`], frequency: 1 + (i % 5) },
    score: (i % 97) / 97,
    documents: ['doc-0'],
    examples: [{ document: 'doc-0', en: sentence('en', i), kk: sentence('kk', i), ru: sentence('ru', i) }],
    status: 'candidate' as const,
  }));
  return { documents, glossary: { version: 1, entries, unpaired: { en: [], kk: [], ru: [] } } };
}

async function time<T>(work: () => T | Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

async function main(sizes: number[]): Promise<void> {
  process.stdout.write('beads    entries  TMX ms (µs/bead)   TBX ms   xlsx ms (µs/bead)   xlsx MB  import ms (µs/bead)  peak RSS MB\n');
  for (const beads of sizes) {
    const { documents, glossary } = corpus(beads);
    const tmx = await time(() => renderTmx(documents));
    const tbx = await time(() => renderTbxV2(glossary));
    const xlsx = await time(() => renderGlossaryWorkbook({ glossary, documents, report: { documents: [], messages: [] } }));
    const read = await time(() => readReviewWorkbook(xlsx.result, { file: 'bench.xlsx' }));
    if (read.result.rows?.length !== glossary.entries.length) throw new Error('bench: the workbook did not read back whole');
    const perBead = (ms: number) => ((ms * 1000) / beads).toFixed(0).padStart(4);
    process.stdout.write(
      `${String(beads).padEnd(8)} ${String(glossary.entries.length).padEnd(8)} ${tmx.ms.toFixed(0).padStart(6)} (${perBead(tmx.ms)})      ` +
        `${tbx.ms.toFixed(0).padStart(6)}   ${xlsx.ms.toFixed(0).padStart(7)} (${perBead(xlsx.ms)})      ` +
        `${(xlsx.result.length / 1e6).toFixed(1).padStart(6)}   ${read.ms.toFixed(0).padStart(7)} (${perBead(read.ms)})      ` +
        `${(process.resourceUsage().maxRSS / 1024).toFixed(0).padStart(6)}\n`,
    );
  }
}

const sizes = process.argv.slice(2).map(Number);
main(sizes.length > 0 ? sizes : [10_000, 50_000, 100_000]).catch((error: unknown) => {
  process.stderr.write(`bench exports: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
