/**
 * English evidence for line-break hyphens. `boundSuffixes`: endings that never stand alone, so `institu- tions`
 * must be joined. `compoundPrefixes`: first parts that keep their hyphen (`socio-political`, `post-totalitarian`).
 */
export const enHyphenation = {
  boundSuffixes: [
    'tion', 'tions', 'sion', 'sions', 'ation', 'ations', 'ization', 'isation', 'ment', 'ments', 'ness', 'ity', 'ities',
    'ing', 'ings', 'ed', 'ly', 'ous', 'ious', 'eous', 'ive', 'ives', 'ively', 'able', 'ible', 'ably', 'ibly', 'al', 'ally',
    'ical', 'ically', 'ic', 'ics', 'ence', 'ences', 'ance', 'ances', 'ent', 'ents', 'ant', 'ants', 'ism', 'isms', 'ist',
    'ists', 'ize', 'izes', 'ized', 'ise', 'ises', 'ised', 'er', 'ers', 'ure', 'ures', 'ture', 'tures', 'ty', 'ties',
    'ry', 'ries', 'cy', 'cies', 'cal', 'ary', 'ory', 'ship', 'ships', 'ful', 'less', 'ward', 'wards', 'es', 's', 'est',
    'ial', 'ially', 'ian', 'ians', 'ency', 'ancy', 'ular', 'ulate', 'ulated', 'ate', 'ates', 'ated', 'ating', 'ition',
    'itions', 'ition', 'lation', 'lations', 'cation', 'cations', 'zation', 'zations', 'tional', 'sional', 'ional',
  ],
  compoundPrefixes: [
    'socio', 'post', 'anti', 'non', 'self', 'multi', 'pro', 'neo', 'ex', 'semi', 'quasi', 'pseudo', 'cross', 'counter',
    'well', 'ill', 'full', 'half', 'all', 'one', 'two', 'three', 'long', 'short', 'high', 'low', 'co', 'pre', 'inter',
    'intra', 'trans', 'ultra', 'mid', 'vice', 'euro', 'sino', 'russo', 'politico', 'economico', 'state', 'nation',
  ],
};
