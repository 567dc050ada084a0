// Turns the stem as written into the dictionary stem: undo к/қ/п voicing, restore a dropped vowel or a loan's soft
// sign, each only when the lexicon confirms it (docs/kazakh-morphology.md §8).
import { devoice, stemEvidence, type StemEvidence } from './derived-stem.js';
import { byHarmony, firstVowelIsFront, isSoftSignLoan, isVowel, KAZAKH_SPECIFIC } from './letters.js';
import type { KazakhLexicon } from './lexicon.js';
import type { Segmentation } from './enumerate-analyses.js';
import { hasRareFinalCluster } from './stem-phonotactics.js';

/**
 * Whether segment `k` is a front ending right after a back loan-like stem `before` (see `isSoftSignLoan`). The
 * instrumental (мен/бен/пен) is the same after either harmony and says nothing.
 */
function frontAfterBackLoan(before: string, segments: Segmentation['segments'], k: number): boolean {
  const segment = segments[k];
  return segment !== undefined && segment.id !== 'instrumental' && isSoftSignLoan(before) && firstVowelIsFront(segment.surface);
}

/** The dictionary stem chosen for a segmentation and how well it is supported. */
export interface ResolvedStem {
  stem: string;
  /**
   * `lexicon`: listed; `russian`: a Russian dictionary noun (see russian-loan.ts); `derived`/`loan`: plausible by
   * shape; `none`: unsupported.
   */
  evidence: 'lexicon' | 'russian' | StemEvidence;
  /** The stem differs from the written one by a restored vowel (`халқ` → `халық`). */
  restoredVowel: boolean;
  /**
   * An unlisted stem before a vowel-initial ending ends in a consonant + д/т that listed words hardly ever end in
   * (see stem-phonotactics.ts).
   */
  rareEnd?: boolean;
}

/**
 * `халқ` → `халық`, `орн` → `орын`, `ауз` → `ауыз`, `қалп` → `қалып`: a high vowel between the last two consonants.
 * The drop happens after a sonorant (р л у й) before қ к н з п м; `ескі` is not `есік` + і, nor `жарты` `жарыт` + ы.
 */
function restoreDroppedVowel(stem: string): string[] {
  if (stem.length < 3) return [];
  const last = stem[stem.length - 1];
  const before = stem[stem.length - 2];
  // After a consonant к/қ/п do not voice (халқы, еркі, қалпы), so ғ/г/б never close a dropped-vowel stem.
  if (!'рлуй'.includes(before) || !'қкнзпм'.includes(last)) return [];
  if (!isVowel(stem[stem.length - 3])) return [];
  const head = stem.slice(0, -1);
  return byHarmony(head, 'ы', 'і').map((vowel) => head + vowel + last);
}

/** The masculine of a feminine Kazakh surname (`сәтбаева` → `сәтбаев`), or null for any other stem. */
export function masculineSurname(stem: string): string | null {
  return stem.length >= 6 && /[ое]ва$/.test(stem) && KAZAKH_SPECIFIC.test(stem) ? stem.slice(0, -1) : null;
}

/**
 * Resolves the stem of a segmentation, or returns null for a verb reading whose root is not attested (verb
 * readings without a known root over-stem nouns: `қала` is not `қал` + `а`) and for a front consonant-initial
 * ending after a back loan stem (see `isSoftSignLoan`).
 */
export function resolveStem(segmentation: Segmentation, lexicon: KazakhLexicon): ResolvedStem | null {
  const written = segmentation.stemSurface;
  const beforeVowel = segmentation.segments[0]?.vowelInitial ?? false;
  const frontAfterBack = frontAfterBackLoan(written, segmentation.segments, 0);
  // Only a noun stem can be such a loan, and only right before its first ending: a later front ending after a
  // back stem (a verb root and its voice, `ана` + л + ді) breaks harmony.
  for (let k = segmentation.category === 'V' ? 0 : 1; k < segmentation.segments.length; k++) {
    const before = written + segmentation.segments.slice(0, k).map((segment) => segment.surface).join('');
    if (frontAfterBackLoan(before, segmentation.segments, k)) return null;
  }
  if (segmentation.category === 'V') {
    if (beforeVowel && lexicon.hasVerbRoot(devoice(written))) return { stem: devoice(written), evidence: 'lexicon', restoredVowel: false };
    if (lexicon.hasVerbRoot(written)) return { stem: written, evidence: 'lexicon', restoredVowel: false };
    return null;
  }
  const known = (stem: string): boolean => lexicon.hasWord(stem) || lexicon.hasVerbalNoun(stem);
  // A front ending after a back loan stem follows a soft sign, dropped before a vowel (`фестивалі`,
  // `фестивалінде`: `фестиваль`) and written before a consonant (`фестивальге`), so `Гранде` is not `гран` + де.
  if (frontAfterBack) {
    if (!beforeVowel) return null;
    return { stem: written + 'ь', evidence: known(written + 'ь') ? 'lexicon' : 'loan', restoredVowel: false };
  }
  if (beforeVowel) {
    const voiceless = devoice(written);
    if (voiceless !== written && known(voiceless)) return { stem: voiceless, evidence: 'lexicon', restoredVowel: false };
  }
  // The restored stem goes first: a written stem of this shape (`қалп`, `халқ`) is a truncated listing, not a word.
  if (beforeVowel) {
    for (const restored of restoreDroppedVowel(written)) {
      if (known(restored)) return { stem: restored, evidence: 'lexicon', restoredVowel: true };
    }
  }
  // A Kazakh surname in -ова/-ева is the feminine of the one in -ов/-ев, which is its key, as in Russian
  // (`Сәтбаева` → `сәтбаев`, `Қайырбековамен` → `қайырбеков`). Native words never end so.
  const masculine = masculineSurname(written);
  if (masculine !== null) {
    const listed = known(written) || known(masculine);
    return { stem: masculine, evidence: listed ? 'lexicon' : stemEvidence(masculine, lexicon), restoredVowel: false };
  }
  if (known(written)) return { stem: written, evidence: 'lexicon', restoredVowel: false };
  // Loans closed by a soft sign drop it before a vowel (`фестиваль` → `фестивалі`, `стиль` → `стиліндегі`).
  if (beforeVowel && known(written + 'ь')) return { stem: written + 'ь', evidence: 'lexicon', restoredVowel: false };
  // A loan closed by a double consonant writes it single before an ending (`конгресс` → `Конгреске`, `класс` →
  // `класқа`): the lexicon confirms the doubled stem.
  const last = written[written.length - 1];
  if (segmentation.segments.length > 0 && !isVowel(last) && !KAZAKH_SPECIFIC.test(written) && known(written + last)) {
    return { stem: written + last, evidence: 'lexicon', restoredVowel: false };
  }
  // A listed loan in -ст writes one т before any ending that starts with т (`контекст` + те → `контексте`).
  if (written.endsWith('с') && segmentation.segments[0]?.surface.startsWith('т') && known(written + 'т')) {
    return { stem: written + 'т', evidence: 'lexicon', restoredVowel: false };
  }
  // A loan in -ист writes one т before the plural -тар/-тер (`журналист` + тер → `журналистер`, `сепаратистер`,
  // `туристерге`): the stem is the loan, not `сепаратис`. (Names in -ис take other т-endings: `Теллистің`.)
  if (written.endsWith('ис') && segmentation.segments[0]?.id === 'plural') {
    const loan = written + 'т';
    return { stem: loan, evidence: known(loan) ? 'lexicon' : 'loan', restoredVowel: false };
  }
  // Unlisted: native-looking stems never end in ғ, and in г/б only in loans, so voice back when the word looks Kazakh.
  let stem = written;
  if (beforeVowel && (written.endsWith('ғ') || KAZAKH_SPECIFIC.test(written))) stem = devoice(written);
  return { stem, evidence: stemEvidence(stem, lexicon), restoredVowel: false, rareEnd: beforeVowel && hasRareFinalCluster(stem, lexicon) };
}
