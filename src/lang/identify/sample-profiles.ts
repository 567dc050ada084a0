import enSample from '../en/lid-sample.json' with { type: 'json' };
import kkSample from '../kk/lid-sample.json' with { type: 'json' };
import ruSample from '../ru/lid-sample.json' with { type: 'json' };
import { toProfileFile, type ProfileFile } from './profile-file.js';
import { trainProfiles, withLatinKazakh } from './train-profiles.js';
import type { LidProfiles, LidSample } from './types.js';

/** The JSON import widens `[form, count]` pairs to `(string | number)[]`; narrow them back. */
function asSample(json: { sentences: string[]; words: Array<Array<string | number>> }): LidSample {
  return { sentences: json.sentences, words: json.words.map(([form, count]) => [String(form), Number(count)]) };
}

/**
 * Trains the shipped profiles from the samples in `src/lang/<lang>/lid-sample.json` (training half of ntrex-dev
 * plus UD word lists, CC BY-SA 4.0), with Kazakh in the Latin alphabet as a profile of its own.
 */
export function trainSampleProfiles(samples: Record<'en' | 'kk' | 'ru', LidSample> = shippedSamples()): LidProfiles {
  return trainProfiles(withLatinKazakh(samples));
}

function shippedSamples(): Record<'en' | 'kk' | 'ru', LidSample> {
  return { en: asSample(enSample), kk: asSample(kkSample), ru: asSample(ruSample) };
}

/**
 * The content of `src/lang/identify/profiles.json`: the sample profiles in file form (of the shipped samples, or
 * of samples just made). `pipeline/generate-lid-samples.ts` writes it with the samples; write it again whenever the
 * n-gram cutting changes (the test `test/lang/shipped-profiles.test.ts` says when):
 * `npx tsc -p tsconfig.build.json && node --input-type=module -e "import { writeFileSync } from 'node:fs';
 * import { sampleProfileFile } from './dist/src/lang/identify/sample-profiles.js';
 * writeFileSync('src/lang/identify/profiles.json', JSON.stringify(sampleProfileFile()) + '\n');"`
 */
export function sampleProfileFile(samples?: Record<'en' | 'kk' | 'ru', LidSample>): ProfileFile {
  return toProfileFile(
    trainSampleProfiles(samples),
    'Character n-gram counts trained by src/lang/identify/sample-profiles.ts from src/lang/{en,kk,ru}/lid-sample.json ' +
      '(NTREX-128 dev, training half, by Microsoft; word forms from Universal Dependencies treebanks), kk-latn ' +
      'transliterated from kk.',
    'CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/), as the samples.',
  );
}
