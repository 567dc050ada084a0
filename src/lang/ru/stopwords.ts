// Russian stop words for term extraction: function words, pronouns and the general vocabulary of academic
// prose that never makes a term or the edge of one ("данный", "статья", "ряд"). Lower-case, dictionary
// forms and frequent inflected forms (the finder checks both the form and its lemma), `ё` folded to `е`.
// Nouns frozen in prepositions are listed in that form only (путем, в ходе, в рамках, в качестве, по мере).

const WORDS = `
а без более бы был была были было быть в вам вас весь во вот все всего всех вы где да даже для до его ее
если есть еще же за здесь и из или им их к как когда кто ли либо между меня мне много может можно мы на
над надо наш не него нее нет ни них но ну о об однако он она они оно от очень по под при про с так также
такой там то тогда того тоже только том тот тут у уже хотя чего чей чем что чтобы чье чья эта эти это этот
я весьма который которая которое которые свой сам самый себя каждый любой иной другой всякий некоторый
один два три
данный настоящий статья работа исследование автор ряд случай пример вид тип образ часть число год время
цель задача результат вывод основа путь способ вопрос целое роль место момент условие наличие помощь
различный определенный основной основный главный важный новый необходимый возможный общий следующий целый
первый второй третий последний
путем посредством ходе течение рамках целях качестве виде мере счет отношении связи случае итоге результате
основе помощью части стороны точки зрения
`;

/**
 * The general nouns among the stop words: no term alone, but the head of one after an agreeing adjective that
 * names something of its own ("рабочее место" job, "гуманитарная помощь", "политическая роль").
 */
export const RUSSIAN_GENERAL_NOUNS: ReadonlySet<string> = new Set(
  `статья работа исследование автор ряд случай пример вид тип образ часть число год время цель задача результат вывод
  основа путь способ вопрос роль место момент условие наличие помощь`.split(/\s+/),
);

/** Russian stop words (lower-case, `ё` folded). */
export const RUSSIAN_STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
