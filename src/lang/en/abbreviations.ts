// English abbreviations and sentence openers for the segmenter (see `AbbreviationTable` for the classes).
// Collected from journal-article and news usage; lower-case keys, no final full stop.
import type { SegmenterLanguageData } from '../../segment/types.js';

/** English segmenter data: abbreviations by class and the words that typically open a sentence. */
export const englishSegmenterData: SegmenterLanguageData = {
  abbreviations: {
    // Titles and Latin connectives: a name or a phrase always follows.
    prefix: [
      'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'st', 'rev', 'hon', 'fr', 'gen', 'gov', 'sen', 'rep',
      'pres', 'lt', 'col', 'capt', 'cpt', 'sgt', 'maj', 'cmdr', 'adm', 'supt', 'insp', 'mt', 'ft', 'mme', 'mlle',
      'e.g', 'i.e', 'cf', 'viz', 'vs', 'v', 'approx', 'ca', 'c', 'resp', 'incl', 'esp', 'acad', 'assoc', 'assist',
      'doc', 'cand', 'atty', 'dept', 'univ', 'inst', 'natl', 'intl', 'ave', 'blvd', 'rd',
      // Journal and proceedings titles cited in running text (`Proc. of the…`).
      'proc', 'conf', 'symp', 'sci', 'soc', 'econ', 'polit', 'phil', 'hist', 'bull', 'lett', 'eur', 'int',
    ],
    // Before a number (or a lower-case word) only.
    numeral: [
      'no', 'nos', 'nr', 'vol', 'vols', 'p', 'pp', 'fig', 'figs', 'eq', 'eqs', 'ch', 'chap', 'sec', 'sect', 'art',
      'tab', 'para', 'ref', 'refs', 'ser', 'iss', 'suppl', 'pt', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
      'sep', 'sept', 'oct', 'nov', 'dec', 'ed', 'eds', 'trans', 'comp', 'repr',
    ],
    // Units after a number: `at 5 p.m. The…` may end a sentence.
    unit: ['a.m', 'p.m', 'km', 'kg', 'mln', 'bln', 'min', 'hr', 'hrs', 'yr', 'yrs', 'thous'],
    // May end a sentence.
    final: [
      'etc', 'al', 'inc', 'ltd', 'co', 'corp', 'bros', 'jr', 'sr', 'ph.d', 'b.a', 'm.a', 'b.sc', 'm.sc', 'ibid', 'op',
      // US state abbreviations of news datelines and party labels (`Sen. Jeff Flake (R-Ariz.)`).
      'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'mass',
      'md', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt',
      'wash', 'wis', 'wyo',
    ],
  },
  sentenceStarters: [
    'A', 'About', 'According', 'After', 'Again', 'Against', 'All', 'Also', 'Although', 'Among', 'An', 'And',
    'Another', 'Any', 'As', 'At', 'Because', 'Before', 'Both', 'But', 'By', 'Despite', 'During', 'Each', 'Even',
    'Every', 'For', 'From', 'Further', 'Furthermore', 'He', 'Her', 'Here', 'His', 'How', 'However', 'I', 'If',
    'In', 'It', 'Its', 'Last', 'Many', 'Meanwhile', 'Moreover', 'Most', 'My', 'No', 'Nor', 'Not', 'Now', 'Of',
    'On', 'Once', 'One', 'Only', 'Or', 'Other', 'Our', 'She', 'Since', 'So', 'Some', 'Still', 'Such', 'That',
    'The', 'Their', 'Then', 'There', 'These', 'They', 'This', 'Those', 'Thus', 'To', 'Today', 'Under', 'Until',
    'We', 'What', 'When', 'Where', 'Whether', 'Which', 'While', 'Who', 'Why', 'With', 'Yet', 'You',
  ],
};
