// The attested Kazakh stems: the hunspell-kk word list (generated module) plus words a caller adds (a corpus).
import { decodeFrontCoded } from './front-coding.js';
import { KK_NAMES, KK_VERBAL_NOUNS, KK_WORDS } from './data/stems.generated.js';
import { isVowel } from './letters.js';

/** What the analyser asks the lexicon. */
export interface KazakhLexicon {
  /** `word` is attested as a nominal word (noun, adjective, name, adverb or a listed inflected form). */
  hasWord(word: string): boolean;
  /** `root` is attested as a verb root (its verbal noun in -у is in the list). */
  hasVerbRoot(root: string): boolean;
  /** `word` is a verbal noun in -у of the list (`басқару`, `зерттеу`): a term in its own right. */
  hasVerbalNoun(word: string): boolean;
  /**
   * How many listed nominal words end in the two-consonant cluster `cluster` (`нт` in `президент`, `ст` in
   * `журналист`): how usual that end is for a stem (see stem-phonotactics.ts).
   */
  finalClusterCount(cluster: string): number;
}

/**
 * Verb roots behind a verbal noun: `басқару → басқар`, `ағу → ақ` (к/қ/п voice before the -у), `оқу → оқ, оқы`
 * (roots in ы/і fuse with -у), `жауу → жау`. The letter ю writes й + у: `күю → күй`, `қою → қой` (not `кү`, `қо`),
 * while after и it is the у alone (`кию → ки`).
 */
export function verbRootsOfVerbalNoun(verbalNoun: string): string[] {
  if (!verbalNoun.endsWith('у') && !verbalNoun.endsWith('ю')) return [];
  const base = verbalNoun.slice(0, -1);
  if (base.length === 0) return [];
  if (verbalNoun.endsWith('ю')) return base.endsWith('и') ? [base] : [base + 'й'];
  const roots = [base];
  const last = base[base.length - 1];
  if (last === 'ғ') roots.push(base.slice(0, -1) + 'қ');
  if (last === 'г') roots.push(base.slice(0, -1) + 'к');
  if (last === 'б') roots.push(base.slice(0, -1) + 'п');
  return roots;
}

class SetLexicon implements KazakhLexicon {
  private clusters: Map<string, number> | undefined;
  constructor(
    private readonly words: ReadonlySet<string>,
    private readonly verbRoots: ReadonlySet<string>,
    private readonly verbalNouns: ReadonlySet<string>,
  ) {}
  finalClusterCount(cluster: string): number {
    this.clusters ??= countFinalClusters(this.words);
    return this.clusters.get(cluster) ?? 0;
  }
  hasWord(word: string): boolean {
    return this.words.has(word);
  }
  hasVerbRoot(root: string): boolean {
    return this.verbRoots.has(root);
  }
  hasVerbalNoun(word: string): boolean {
    return this.verbalNouns.has(word);
  }
}

/** Counts the words of three letters or more that end in two consonant letters, by that final pair. */
function countFinalClusters(words: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) {
    const cluster = word.slice(-2);
    if (word.length >= 3 && isConsonantCluster(cluster)) counts.set(cluster, (counts.get(cluster) ?? 0) + 1);
  }
  return counts;
}

/** Two letters that are both consonants (a soft or hard sign is no consonant here). */
export function isConsonantCluster(pair: string): boolean {
  return pair.length === 2 && [...pair].every((letter) => !isVowel(letter) && letter !== 'ь' && letter !== 'ъ' && letter !== '-');
}

/**
 * Builds a lexicon from word lists: `words` are nominal words, `verbalNouns` verbal nouns in -у. Words must be
 * folded (lower case, Cyrillic) already.
 */
export function createKazakhLexicon(words: Iterable<string>, verbalNouns: Iterable<string> = []): KazakhLexicon {
  const wordSet = new Set(words);
  const verbalNounSet = new Set(verbalNouns);
  const roots = new Set<string>();
  for (const noun of verbalNounSet) {
    // A listed `сау` beside `сауу`, `жау` beside `жауу`, is the root itself filed in the verb class, not the
    // verbal noun of a root `са`, `жа`.
    if (verbalNounSet.has(noun + 'у')) continue;
    for (const root of verbRootsOfVerbalNoun(noun)) roots.add(root);
  }
  for (const stem of passiveStemListings(wordSet, roots)) {
    wordSet.delete(stem);
    roots.add(stem);
  }
  return new SetLexicon(wordSet, roots, verbalNounSet);
}

/** Verb forms whose listing shows that the word before them is a verb stem: participles and the present tense. */
const VERB_FORM_ENDINGS = ['ған', 'ген', 'қан', 'кен', 'ады', 'еді', 'йды', 'йді', 'атын', 'етін', 'йтын', 'йтін'];

/**
 * Entries of the nominal list that are a passive verb stem, filed there for its verb forms (`жеткізіл` beside
 * `жеткізілген`, `жеткізіледі`; `табыл`, `көрсетіл`, `қабылдан`): a listed verb root plus the passive -ыл/-іл/-л/-н,
 * with at least two verb forms listed. They are verb stems, not nouns, so `жеткізілім` is not `жеткізіл` + POSS.1sg.
 */
function passiveStemListings(words: ReadonlySet<string>, roots: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const word of words) {
    const root = passiveBase(word);
    if (root === null || !roots.has(root)) continue;
    if (VERB_FORM_ENDINGS.filter((ending) => words.has(word + ending)).length >= 2) found.push(word);
  }
  return found;
}

/** The verb root before a passive suffix (-ыл/-іл after a consonant, -л/-н after a vowel), or null. */
function passiveBase(word: string): string | null {
  if (word.length < 5) return null;
  const two = word.slice(-2);
  if (two === 'ыл' || two === 'іл' || two === 'ын' || two === 'ін') return word.slice(0, -2);
  const last = word[word.length - 1];
  if ((last === 'л' || last === 'н') && isVowel(word[word.length - 2])) return word.slice(0, -1);
  return null;
}

let builtIn: KazakhLexicon | undefined;

/**
 * The hunspell-kk lexicon (about 47,000 nominal words and 6,700 verbal nouns), decoded on first use rather than at
 * import time.
 */
export function builtInKazakhLexicon(): KazakhLexicon {
  builtIn ??= createKazakhLexicon(
    [...decodeFrontCoded(KK_WORDS), ...decodeFrontCoded(KK_NAMES)],
    decodeFrontCoded(KK_VERBAL_NOUNS),
  );
  return builtIn;
}

/** A lexicon that knows what `base` knows plus `extraWords` (for example the words of the corpus being built). */
export function extendKazakhLexicon(base: KazakhLexicon, extraWords: Iterable<string>): KazakhLexicon {
  const extra = new Set(extraWords);
  return {
    hasWord: (word) => base.hasWord(word) || extra.has(word),
    hasVerbRoot: (root) => base.hasVerbRoot(root),
    hasVerbalNoun: (word) => base.hasVerbalNoun(word),
    finalClusterCount: (cluster) => base.finalClusterCount(cluster),
  };
}
