// A deterministic benchmark corpus: N articles in the layout of seed 000 (trilingual title, abstract and
// keyword lines, an English body of a few kilobytes, a reference list), made from the real aligned sentences
// of ntrex-dev and the seeds' keyword lines and references, so that text statistics are realistic.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { seededRandom as random } from '../seeded-random.js';

type Lang = 'en' | 'kk' | 'ru';

interface AlignedUnitGroup {
  en: string;
  kk: string;
  ru: string;
}


async function loadAlignedGroups(ntrexDir: string): Promise<AlignedUnitGroup[][]> {
  const documents: AlignedUnitGroup[][] = [];
  const presegDir = path.join(ntrexDir, 'preseg');
  for (const name of (await readdir(presegDir)).sort()) {
    const dir = path.join(presegDir, name);
    const gold = JSON.parse(await readFile(path.join(dir, 'gold.json'), 'utf8')) as { beads: Array<Record<Lang, number[]>> };
    const lines: Record<Lang, string[]> = {
      en: (await readFile(path.join(dir, 'en.txt'), 'utf8')).split('\n'),
      kk: (await readFile(path.join(dir, 'kk.txt'), 'utf8')).split('\n'),
      ru: (await readFile(path.join(dir, 'ru.txt'), 'utf8')).split('\n'),
    };
    // Only beads with all three languages: an abstract in the corpus has every sentence translated.
    const groups = gold.beads
      .filter((bead) => bead.en.length > 0 && bead.kk.length > 0 && bead.ru.length > 0)
      .map((bead) => ({
        en: bead.en.map((i) => lines.en[i]).join(' '),
        kk: bead.kk.map((i) => lines.kk[i]).join(' '),
        ru: bead.ru.map((i) => lines.ru[i]).join(' '),
      }));
    if (groups.length >= 4) documents.push(groups);
  }
  return documents;
}

const KEYWORDS: AlignedUnitGroup[] = [
  { en: 'Republic of Kazakhstan', kk: 'Қазақстан Республикасы', ru: 'Республика Казахстан' },
  { en: 'modern society', kk: 'қазіргі қоғам', ru: 'современное общество' },
  { en: 'philosophy of power', kk: 'билік философиясы', ru: 'философия власти' },
  { en: 'concept of power', kk: 'билік ұғымы', ru: 'концепция власти' },
  { en: 'political system', kk: 'саяси жүйе', ru: 'политическая система' },
  { en: 'state power', kk: 'мемлекеттік билік', ru: 'государственная власть' },
  { en: 'political culture', kk: 'саяси мәдениет', ru: 'политическая культура' },
  { en: 'social development', kk: 'қоғамдық даму', ru: 'общественное развитие' },
];

export interface GeneratedCorpus {
  dir: string;
  files: string[];
}

/** Writes `count` articles into `dir` (reusing it when it already holds exactly this corpus). */
export async function generateBenchCorpus(dir: string, count: number, ntrexDir: string, seedReferences: string[]): Promise<GeneratedCorpus> {
  await mkdir(dir, { recursive: true });
  const marker = path.join(dir, '.generated');
  const expected = `tilmash-bench v1 ${count}`;
  const existing = await readFile(marker, 'utf8').catch(() => '');
  const files = Array.from({ length: count }, (_, i) => `article-${String(i).padStart(5, '0')}.md`);
  if (existing === expected) return { dir, files };

  const documents = await loadAlignedGroups(ntrexDir);
  const rand = random(20261122);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  for (const file of files) {
    const source = pick(documents);
    const title = source[0];
    const start = 1 + Math.floor(rand() * Math.max(1, source.length - 8));
    const abstract = source.slice(start, start + 6 + Math.floor(rand() * 5));
    const keywords = [...KEYWORDS].sort(() => rand() - 0.5).slice(0, 3 + Math.floor(rand() * 2));
    const body: string[] = [];
    let bodyLength = 0;
    while (bodyLength < 3000) {
      const paragraphSource = pick(documents);
      const from = Math.floor(rand() * paragraphSource.length);
      const paragraph = paragraphSource.slice(from, from + 3).map((g) => g.en).join(' ');
      body.push(paragraph);
      bodyLength += paragraph.length;
    }
    const references = Array.from({ length: 8 }, (_, i) => `${i + 1}. ${pick(seedReferences)}`);
    const block = (lang: Lang, heading: string, keywordLabel: string) =>
      [
        `*Author ${lang.toUpperCase()}\\*<sup>1</sup>*`,
        `## ${title[lang].toUpperCase()}`,
        `### *${heading}*`,
        abstract.map((g) => g[lang]).join(' '),
        `**${keywordLabel}:** ${keywords.map((k) => k[lang]).join(', ')}`,
      ].join('\n\n');
    const text = [
      block('en', 'Abstract', 'Key words'),
      block('kk', 'Аңдатпа', 'Кілт сөздер'),
      block('ru', 'Аннотация', 'Ключевые слова'),
      `**Introduction.** ${body[0]}`,
      ...body.slice(1),
      '*References*',
      references.join('\n'),
    ].join('\n\n');
    await writeFile(path.join(dir, file), text + '\n');
  }
  await writeFile(marker, expected);
  return { dir, files };
}
