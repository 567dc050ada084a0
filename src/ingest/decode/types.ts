import type { StageMessage } from '../../model/message.js';

/** The formats tilmash reads: Markdown, plain text and Word (.docx, converted to Markdown-like text). */
export type InputFormat = 'md' | 'txt' | 'docx';

/**
 * Character encodings the decoder recognises, by their WHATWG label where one exists (`kz-1048` has none; it
 * is the IANA name of the Kazakh code page that iconv-lite calls `rk1048`). A `.docx` reports `utf-8`, the
 * encoding of its XML parts.
 */
export type EncodingName =
  | 'utf-8'
  | 'utf-16le'
  | 'utf-16be'
  | 'utf-32le'
  | 'utf-32be'
  | 'windows-1251'
  | 'kz-1048'
  | 'pt154'
  | 'koi8-r'
  | 'x-mac-cyrillic'
  | 'ibm866'
  | 'windows-1252';

/** Options of {@link decodeInput}. */
export interface DecodeOptions {
  /** Largest accepted file, in bytes. Default {@link DEFAULT_MAX_BYTES} (20 MiB). */
  maxBytes?: number;
}

/** A file that was read in full: its text (byte-order mark removed) and how it was read. */
export interface DecodeSuccess {
  ok: true;
  /** The whole text of the file; for `.docx`, Markdown-like text (see the README of this folder). */
  text: string;
  encoding: EncodingName;
  format: InputFormat;
  /** Whether the file started with a byte-order mark (which is not part of `text`). */
  bom: boolean;
  /** Notes and warnings: a guessed encoding, stray control characters, Word content that was dropped. */
  messages: StageMessage[];
}

/** A file that was refused; nothing of it is read. `messages` holds at least one `fatal` or `warning` message. */
export interface DecodeFailure {
  ok: false;
  messages: StageMessage[];
}

/** The outcome of decoding one input file. */
export type DecodeResult = DecodeSuccess | DecodeFailure;

/**
 * A decoding that a legacy-encoding guess considered, with the text it gives and its implausibility cost
 * (lower is more plausible; see `score-text-plausibility.ts`).
 */
export interface EncodingCandidate {
  encoding: EncodingName;
  text: string;
  cost: number;
  /** Words that look wrong in this decoding (mixed scripts, foreign letters, odd capitals). */
  badWords: number;
  /** Letter runs in the text. */
  words: number;
  /** A few of the implausible words, to show in messages. */
  badWordSamples: string[];
}
