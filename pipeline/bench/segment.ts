// Segmentation throughput and growth: the ntrex-dev raw texts of each language concatenated (about 100 KB),
// repeated 1, 4 and 16 times so that linear growth shows as a flat rate, plus adversarial inputs of 50 KB and
// 200 KB (no spaces, a stop every other character, initials only, list lines). Figures come from here, never
// from tests. Runnable alone: `node dist/pipeline/bench/segment.js [DATA_DIR]`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS, type Lang } from '../../src/model/index.js';
import { segmentText } from '../../src/segment/index.js';

/** Median wall time in ms of `runs` segmentations of `text` (after one warm-up run). */
function timeSegmentation(text: string, lang: Lang, runs: number): { ms: number; sentences: number } {
  const sentences = segmentText(text, lang).length;
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    segmentText(text, lang);
    times.push(performance.now() - started);
  }
  times.sort((x, y) => x - y);
  return { ms: times[Math.floor(times.length / 2)], sentences };
}

const ADVERSARIAL: Array<[string, string]> = [
  ['no spaces (a.a.a.…)', 'a.'],
  ['a stop every other character', '. '],
  ['initials only (A. A. …)', 'A. '],
  ['list item lines', '1. x\n'],
  ['one paragraph of short sentences', 'Word word word. '],
];

/** Prints segmentation throughput (characters per second) and its growth with text length. */
export function benchSegmentation(dataDir: string, print: (line: string) => void): void {
  const raw = path.join(dataDir, 'ntrex-dev', 'raw');
  if (existsSync(raw)) {
    const docs = readdirSync(raw).filter((doc) => existsSync(path.join(raw, doc, 'en.txt')));
    print('segmentText on ntrex-dev/raw, all documents of a language joined (median of 5 runs):');
    for (const lang of LANGS) {
      const base = docs.map((doc) => readFileSync(path.join(raw, doc, `${lang}.txt`), 'utf8')).join('\n\n');
      for (const times of [1, 4, 16]) {
        const text = Array.from({ length: times }, () => base).join('\n\n');
        const { ms, sentences } = timeSegmentation(text, lang, 5);
        const rate = text.length / 1000 / ms;
        print(`  ${lang} ×${String(times).padEnd(2)} ${(text.length / 1000).toFixed(0).padStart(5)} K chars  ${sentences.toString().padStart(6)} sentences  ${ms.toFixed(1).padStart(7)} ms  ${rate.toFixed(1)} M chars/s`);
      }
    }
  } else {
    print(`segment bench: skipped the ntrex-dev part, missing ${raw}`);
  }
  print('adversarial inputs (ru), 50 K and 200 K characters: time should grow about fourfold:');
  for (const [name, piece] of ADVERSARIAL) {
    const small = piece.repeat(Math.ceil(50_000 / piece.length));
    const a = timeSegmentation(small, 'ru', 3);
    const b = timeSegmentation(small.repeat(4), 'ru', 3);
    print(`  ${name.padEnd(34)} ${a.ms.toFixed(1).padStart(7)} ms  ${b.ms.toFixed(1).padStart(7)} ms  ×${(b.ms / Math.max(a.ms, 0.01)).toFixed(1)}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
  const dataDir = process.argv[2] ?? process.env.TILMASH_DATA ?? path.resolve(repoDir, '..', 'shared', 'data');
  benchSegmentation(dataDir, (line) => process.stdout.write(line + '\n'));
}
