// A real CAT tool reads the exports: Debian's OmegaT 3.6, headless (`--mode=console-translate`), loads
// alignment.tmx from the project's tm/auto/ and fills the seed's abstract with its translations, and reads the
// TBX and tab-separated glossaries. OmegaT drops a TMX it cannot parse silently and exits 0, so the test reads
// what OmegaT loaded from a report its scripting API writes (fixtures/export/omegat/check.groovy).
// Skipped, with the reason printed, where OmegaT or Java is not installed (CI does not install OmegaT).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/model/index.js';
import { renderOmegaTGlossary, renderTbxV2, renderTmx } from '../../src/export/index.js';
import { beadText } from '../../src/export/bead-text.js';
import { fixturePath, sampleDocuments, sampleGlossary } from './sample.js';

const JAR = process.env.OMEGAT_JAR ?? '/usr/share/omegat/OmegaT.jar';
const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
const missing = !existsSync(JAR) ? `no OmegaT at ${JAR} (apt-get install omegat)` : java.error ? 'no java' : null;
if (missing) console.warn(`omegat.test: ${missing}; the OmegaT check is SKIPPED.`);

const work = mkdtempSync(path.join(tmpdir(), 'tilmash-omegat-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const OMEGAT_LANG: Record<Lang, { code: string; tokenizer: string }> = {
  en: { code: 'EN-US', tokenizer: 'org.omegat.tokenizer.LuceneEnglishTokenizer' },
  // OmegaT has no Kazakh tokenizer or stemmer: the default one only splits words.
  kk: { code: 'KK-KZ', tokenizer: 'org.omegat.tokenizer.DefaultTokenizer' },
  ru: { code: 'RU-RU', tokenizer: 'org.omegat.tokenizer.LuceneRussianTokenizer' },
};

interface OmegaTReport {
  tmx: Array<{ file: string; entries: number }>;
  segments: Array<{ source: string; translation: string | null }>;
  glossaries: Array<{ file: string; entries: Array<{ source: string; target: string }> }>;
  glossaryHits: Array<{ source: string; terms: string[] }>;
}

/** Makes an OmegaT project, runs OmegaT on it in console mode, and returns what it loaded. */
function runOmegaT(name: string, source: Lang, target: Lang, sourceText: string, files: Record<string, string>): OmegaTReport {
  const project = path.join(work, name);
  for (const folder of ['source', 'target', 'tm/auto', 'glossary', 'omegat', 'dictionary']) mkdirSync(path.join(project, folder), { recursive: true });
  const template = readFileSync(fixturePath('omegat/omegat.project.template'), 'utf8');
  writeFileSync(
    path.join(project, 'omegat.project'),
    template
      .replace('@SOURCE@', OMEGAT_LANG[source].code)
      .replace('@TARGET@', OMEGAT_LANG[target].code)
      .replace('@SOURCE_TOKENIZER@', OMEGAT_LANG[source].tokenizer)
      .replace('@TARGET_TOKENIZER@', OMEGAT_LANG[target].tokenizer),
  );
  writeFileSync(path.join(project, 'source', `abstract-${source}.txt`), sourceText);
  for (const [file, content] of Object.entries(files)) writeFileSync(path.join(project, file), content);
  const report = path.join(work, `${name}.json`);
  const result = spawnSync(
    'java',
    ['-Djava.awt.headless=true', '-jar', JAR, project, '--mode=console-translate', `--script=${fixturePath('omegat/check.groovy')}`, `--config-dir=${path.join(work, 'config')}`],
    { encoding: 'utf8', timeout: 60_000, env: { ...process.env, TILMASH_OMEGAT_REPORT: report } },
  );
  if (!existsSync(report)) throw new Error(`OmegaT wrote no report (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  return JSON.parse(readFileSync(report, 'utf8')) as OmegaTReport;
}

/** The abstract of the sample as one paragraph, as it stands in the article; OmegaT segments it itself. */
function abstractText(lang: Lang): string {
  return sampleDocuments()[0].sections[1].sentences[lang].map((s) => s.text).join(' ') + '\n';
}

/** Bead texts by English (or Kazakh) text, to check what OmegaT filled in. */
function translations(from: Lang, to: Lang): Map<string, string> {
  const map = new Map<string, string>();
  for (const section of sampleDocuments()[0].sections) {
    for (const bead of section.beads) {
      const source = beadText(section, bead, from);
      const target = beadText(section, bead, to);
      if (source && target) map.set(source, target);
    }
  }
  return map;
}

describe.skipIf(missing !== null)('OmegaT reads the exports', () => {
  it('en→kk: loads alignment.tmx from tm/auto, fills every abstract sentence with its Kazakh, reads glossary.tbx', () => {
    const documents = sampleDocuments();
    const glossary = sampleGlossary();
    const report = runOmegaT('en-kk', 'en', 'kk', abstractText('en'), {
      'tm/auto/alignment.tmx': renderTmx(documents),
      'glossary/glossary.tbx': renderTbxV2(glossary),
    });
    const units = documents[0].sections.flatMap((s) => s.beads.filter((b) => b.en.length > 0 && b.kk.length > 0));
    expect(report.tmx).toEqual([{ file: 'alignment.tmx', entries: units.length }]);
    const expected = translations('en', 'kk');
    expect(report.segments).toHaveLength(documents[0].sections[1].sentences.en.length);
    for (const segment of report.segments) expect(segment.translation).toBe(expected.get(segment.source));
    const tbx = report.glossaries.find((g) => g.file === 'glossary.tbx')!;
    expect(tbx.entries).toContainEqual({ source: 'power', target: 'билік' });
    expect(tbx.entries).toContainEqual({ source: 'state power', target: 'мемлекеттік билік' });
    const powerHits = report.glossaryHits.find((h) => h.source.startsWith('The main elements of power'))!;
    expect(powerHits.terms).toEqual(expect.arrayContaining(['power', 'subject', 'object']));
  });

  it('kk→en: Kazakh inflected forms in the glossaries are what makes OmegaT find "биліктің"', () => {
    const glossary = sampleGlossary();
    const report = runOmegaT('kk-en', 'kk', 'en', abstractText('kk'), {
      'tm/auto/alignment.tmx': renderTmx(sampleDocuments()),
      'glossary/glossary.tbx': renderTbxV2(glossary),
      'glossary/glossary.kk-en.utf8': renderOmegaTGlossary(glossary, { source: 'kk', target: 'en' }),
      'tm/auto/broken.tmx': renderTmx(sampleDocuments()).replace('<body>', '<body>\u0001'),
    });
    const expected = translations('kk', 'en');
    for (const segment of report.segments) expect(segment.translation).toBe(expected.get(segment.source));
    for (const file of ['glossary.tbx', 'glossary.kk-en.utf8']) {
      const sources = report.glossaries.find((g) => g.file === file)!.entries.map((e) => e.source);
      expect(sources).toEqual(expect.arrayContaining(['билік', 'биліктің', 'билікті']));
    }
    // "Биліктің негізгі элементтері ...": only the inflected form matches; the dictionary form alone would not.
    const hits = report.glossaryHits.find((h) => h.source.startsWith('Биліктің негізгі'))!;
    expect(hits.terms).toContain('биліктің');
    expect(hits.terms).not.toContain('билік');
    // The control: a TMX OmegaT cannot parse is dropped without an error, so only the report tells.
    expect(report.tmx.map((t) => t.file)).toEqual(['alignment.tmx']);
  });
});
