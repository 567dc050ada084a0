// Hand-made parallel sentences (written for these tests): eight facts about Kazakhstan in English, Kazakh and
// Russian, with names, numbers and cognates, so the aligner has the evidence real abstracts give it.
import type { Lang } from '../../src/model/index.js';

export const SENTENCES: Record<Lang, string[]> = {
  en: [
    'Kazakhstan adopted a new constitution in 1995.',
    'The president signed the law on 12 March after a long debate in parliament.',
    'Almaty remains the largest city in the country.',
    'Astana has been the capital since 1997.',
    'The parliament consists of two chambers.',
    'The Senate has 50 deputies.',
    'Elections to the Mazhilis are held every five years.',
    'Democracy and the rule of law are the basis of the state.',
  ],
  kk: [
    'Қазақстан 1995 жылы жаңа конституция қабылдады.',
    'Президент парламенттегі ұзақ талқылаудан кейін заңға 12 наурызда қол қойды.',
    'Алматы елдегі ең ірі қала болып қала береді.',
    'Астана 1997 жылдан бері елорда болып табылады.',
    'Парламент екі палатадан тұрады.',
    'Сенатта 50 депутат бар.',
    'Мәжіліске сайлау бес жыл сайын өтеді.',
    'Демократия мен заң үстемдігі мемлекеттің негізі болып табылады.',
  ],
  ru: [
    'Казахстан принял новую конституцию в 1995 году.',
    'Президент подписал закон 12 марта после долгих дебатов в парламенте.',
    'Алматы остаётся крупнейшим городом страны.',
    'Астана является столицей с 1997 года.',
    'Парламент состоит из двух палат.',
    'В Сенате 50 депутатов.',
    'Выборы в Мажилис проходят каждые пять лет.',
    'Демократия и верховенство закона являются основой государства.',
  ],
};

/** The sentences with units `first` and `first + 1` of a language joined into one unit (a translator's merge). */
export function merge(units: readonly string[], first: number): string[] {
  return [...units.slice(0, first), `${units[first]} ${units[first + 1]}`, ...units.slice(first + 2)];
}

/** The sentences without unit `index` (a translator's omission). */
export function drop(units: readonly string[], index: number): string[] {
  return [...units.slice(0, index), ...units.slice(index + 1)];
}

/** The sentences with `text` inserted before unit `index`. */
export function insert(units: readonly string[], index: number, text: string): string[] {
  return [...units.slice(0, index), text, ...units.slice(index)];
}
