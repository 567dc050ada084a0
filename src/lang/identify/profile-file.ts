import { MAX_NGRAM } from './char-ngrams.js';
import type { LangProfile, LidProfiles, ProfileId } from './types.js';

/** Separates the n-grams of a profile in `ProfileFile`: n-grams are letters and spaces only. */
const SEPARATOR = '|';

/**
 * Trained profiles as a JSON file: per profile, its n-grams joined by `|` and their counts in the same order.
 * Loading it takes a few milliseconds where training from the samples takes a few hundred, in every worker.
 */
export interface ProfileFile {
  source: string;
  licence: string;
  maxNgram: number;
  profiles: Partial<Record<ProfileId, { grams: string; counts: number[] }>>;
}

/** The file form of trained profiles (the n-gram counts; totals and vocabulary follow from them). */
export function toProfileFile(profiles: LidProfiles, source: string, licence: string): ProfileFile {
  const file: ProfileFile = { source, licence, maxNgram: MAX_NGRAM, profiles: {} };
  for (const id of profiles.langs) {
    const entries = [...profiles.profiles[id]!.counts];
    for (const [gram] of entries) {
      if (gram.includes(SEPARATOR)) throw new Error(`toProfileFile: the n-gram \`${gram}\` holds \`${SEPARATOR}\`; n-grams must be letters and spaces.`);
    }
    file.profiles[id] = { grams: entries.map(([gram]) => gram).join(SEPARATOR), counts: entries.map(([, count]) => count) };
  }
  return file;
}

/** Profiles as `trainProfiles` returns them, from their file form. */
export function fromProfileFile(file: ProfileFile): LidProfiles {
  if (file.maxNgram !== MAX_NGRAM) {
    throw new Error(`fromProfileFile: the profiles were trained with n-grams up to ${file.maxNgram}, the scorer reads up to ${MAX_NGRAM}; train them again.`);
  }
  const langs = (Object.keys(file.profiles) as ProfileId[]).sort();
  const profiles: Partial<Record<ProfileId, LangProfile>> = {};
  const seen = Array.from({ length: MAX_NGRAM + 1 }, () => new Set<string>());
  for (const id of langs) {
    const { grams, counts } = file.profiles[id]!;
    const list = grams === '' ? [] : grams.split(SEPARATOR);
    if (list.length !== counts.length) {
      throw new Error(`fromProfileFile: profile \`${id}\` has ${list.length} n-grams but ${counts.length} counts; write the file again.`);
    }
    const profile: LangProfile = { counts: new Map(), totals: new Array<number>(MAX_NGRAM + 1).fill(0) };
    for (let i = 0; i < list.length; i++) {
      const gram = list[i];
      profile.counts.set(gram, counts[i]);
      profile.totals[gram.length] += counts[i];
      seen[gram.length].add(gram);
    }
    profiles[id] = profile;
  }
  return { langs, profiles, vocabulary: seen.map((set) => set.size) };
}
