import enSample from '../en/lid-sample.json' with { type: 'json' };
import kkSample from '../kk/lid-sample.json' with { type: 'json' };
import ruSample from '../ru/lid-sample.json' with { type: 'json' };
import { trainProfiles, withLatinKazakh } from './train-profiles.js';
import type { LidProfiles, LidSample } from './types.js';

let cached: LidProfiles | undefined;

/** The JSON import widens `[form, count]` pairs to `(string | number)[]`; narrow them back. */
function asSample(json: { sentences: string[]; words: Array<Array<string | number>> }): LidSample {
  return { sentences: json.sentences, words: json.words.map(([form, count]) => [String(form), Number(count)]) };
}

/**
 * The shipped profiles, trained on first use (a few tens of milliseconds) rather than at import time, from the
 * samples in `src/lang/<lang>/lid-sample.json` (training half of ntrex-dev plus UD word lists, CC BY-SA 4.0).
 */
export function defaultProfiles(): LidProfiles {
  cached ??= trainProfiles(withLatinKazakh({ en: asSample(enSample), kk: asSample(kkSample), ru: asSample(ruSample) }));
  return cached;
}
