// The attested Kazakh stems: the hunspell-kk word list (generated module) plus words a caller adds (a corpus).
import { decodeFrontCoded } from './front-coding.js';
import { KK_NAMES, KK_VERBAL_NOUNS, KK_WORDS } from './data/stems.generated.js';

/** What the analyser asks the lexicon. */
export interface KazakhLexicon {
  /** `word` is attested as a nominal word (noun, adjective, name, adverb or a listed inflected form). */
  hasWord(word: string): boolean;
  /** `root` is attested as a verb root (its verbal noun in -у is in the list). */
  hasVerbRoot(root: string): boolean;
  /** `word` is a verbal noun in -у of the list (`басқару`, `зерттеу`): a term in its own right. */
  hasVerbalNoun(word: string): boolean;
}

/**
 * Verb roots behind a verbal noun: `басқару → басқар`, `ағу → ақ` (к/қ/п voice before the -у), `оқу → оқ, оқы`
 * (roots in ы/і fuse with -у), `жауу → жау`.
 */
export function verbRootsOfVerbalNoun(verbalNoun: string): string[] {
  if (!verbalNoun.endsWith('у') && !verbalNoun.endsWith('ю')) return [];
  const base = verbalNoun.slice(0, -1);
  if (base.length === 0) return [];
  const roots = [base];
  const last = base[base.length - 1];
  if (last === 'ғ') roots.push(base.slice(0, -1) + 'қ');
  if (last === 'г') roots.push(base.slice(0, -1) + 'к');
  if (last === 'б') roots.push(base.slice(0, -1) + 'п');
  if (verbalNoun.endsWith('ю')) roots.push(base + 'й');
  return roots;
}

class SetLexicon implements KazakhLexicon {
  constructor(
    private readonly words: ReadonlySet<string>,
    private readonly verbRoots: ReadonlySet<string>,
    private readonly verbalNouns: ReadonlySet<string>,
  ) {}
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

/**
 * Builds a lexicon from word lists: `words` are nominal words, `verbalNouns` verbal nouns in -у. Words must be
 * folded (lower case, Cyrillic) already.
 */
export function createKazakhLexicon(words: Iterable<string>, verbalNouns: Iterable<string> = []): KazakhLexicon {
  const wordSet = new Set(words);
  const verbalNounSet = new Set(verbalNouns);
  const roots = new Set<string>();
  for (const noun of verbalNounSet) for (const root of verbRootsOfVerbalNoun(noun)) roots.add(root);
  return new SetLexicon(wordSet, roots, verbalNounSet);
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
  };
}
