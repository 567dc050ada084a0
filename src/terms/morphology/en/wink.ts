import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;

/*
 * wink-nlp remembers every token it has seen, and its tokeniser keeps a raw token whole when it has seen it
 * before ("martin's" once read alone, "Martin's" in a sentence is no longer split). So that tagging a sentence
 * never depends on what was read before, running text and the single-word probes of the lemma keys use two
 * separate instances.
 */
let tagger: Nlp | null = null;
let prober: Nlp | null = null;
let firstUnknownId = Infinity;

/**
 * The wink-nlp pipeline for running text (tokeniser, POS tagger, lemmatiser, entity recogniser), created on first
 * use (~0.1 s).
 */
export function wink(): Nlp {
  tagger ??= winkNLP(model, ['pos', 'ner']);
  return tagger;
}

/** A second wink-nlp instance that reads single words and short probes ("the X") for the lemma keys. */
export function winkProbe(): Nlp {
  if (!prober) {
    prober = winkNLP(model, ['pos']);
    // wink numbers the model's lexemes first and appends every unseen word after them, so the id of a
    // nonsense word read right after loading is the first id of an out-of-vocabulary word.
    const probe = prober.readDoc('qqxzvvqqxzk');
    firstUnknownId = probe.tokens().itemAt(0).out(prober.its.uniqueId) as unknown as number;
  }
  return prober;
}

/** True when wink-nlp's lexicon does not know the (lower-case) word: its lemma is then the word itself. */
export function isUnknownToWink(word: string): boolean {
  const instance = winkProbe();
  const tokens = instance.readDoc(word).tokens();
  if (tokens.length() !== 1) return true;
  return (tokens.itemAt(0).out(instance.its.uniqueId) as unknown as number) >= firstUnknownId;
}
