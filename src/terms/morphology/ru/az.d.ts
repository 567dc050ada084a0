// Minimal typings for the parts of `az` (OpenCorpora morphology for Russian, MIT) that tilmash uses.
declare module 'az' {
  /** A grammatical tag: grammemes as boolean flags plus category values (`POS`, `CAse`, `NMbr`, `GNdr`). */
  export interface AzTag {
    POS?: string;
    CAse?: string;
    NMbr?: string;
    GNdr?: string;
    ANim?: string;
    [grammeme: string]: unknown;
    toString(): string;
  }

  /** One analysis of a word form. */
  export interface AzParse {
    word: string;
    tag: AzTag;
    score: number;
    /** Name of the parser that produced it: `Dictionary` for known words, a predictor otherwise. */
    parser: string;
    stutterCnt: number;
    typosCnt: number;
    /** Number of forms in the paradigm (dictionary parses only). */
    formCnt?: number;
    /** Paradigm and form of a dictionary parse. */
    paradigmIdx?: number;
    formIdx?: number;
    /** The paradigm's table (suffix, tag and prefix ids of each form), shared by every word of the paradigm. */
    paradigm?: ArrayLike<number>;
    normalize(keepPOS?: boolean): AzParse | false;
    /** The form with these grammemes (the first in the paradigm), or the form at this index of the paradigm. */
    inflect(grammemes: number | string[] | AzTag | AzParse, agree?: string[]): AzParse | false;
    toString(): string;
  }

  export interface AzMorph {
    (word: string, config?: Record<string, unknown>): AzParse[];
    init(path: string, callback: (error: Error | null) => void): void;
  }

  export interface AzModule {
    Morph: AzMorph;
    load(url: string, responseType: string, callback: (error: Error | null, data?: unknown) => void): void;
  }

  const Az: AzModule;
  export default Az;
}

declare module 'snowball-stemmers' {
  export interface SnowballStemmer {
    stem(word: string): string;
  }
  export function newStemmer(language: string): SnowballStemmer;
  export function algorithms(): string[];
}
