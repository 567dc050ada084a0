import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;
let firstUnknownId = Infinity;

/** The wink-nlp pipeline (tokeniser, sentence splitter, POS tagger, lemmatiser), created on first use (~0.1 s). */
export function wink(): Nlp {
  if (!nlp) {
    nlp = winkNLP(model, ['sbd', 'pos']);
    // wink numbers the model's lexemes first and appends every unseen word after them, so the id of a
    // nonsense word read right after loading is the first id of an out-of-vocabulary word.
    const probe = nlp.readDoc('qqxzvvqqxzk');
    firstUnknownId = probe.tokens().itemAt(0).out(nlp.its.uniqueId) as unknown as number;
  }
  return nlp;
}

/** True when wink-nlp's lexicon does not know the (lower-case) word: its lemma is then the word itself. */
export function isUnknownToWink(word: string): boolean {
  const instance = wink();
  const tokens = instance.readDoc(word).tokens();
  if (tokens.length() !== 1) return true;
  return (tokens.itemAt(0).out(instance.its.uniqueId) as unknown as number) >= firstUnknownId;
}
