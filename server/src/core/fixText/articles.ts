// "a" or "an" before a word, by how the word is said, not how it is spelt: "an hour", "a unit",
// "an NHS trust" (en-aitch-ess), "a PCR tender" (pee), "an 8-week period". The lists are the common
// exceptions in procurement English; a word they do not cover follows its first letter.

/** Acronyms said letter by letter whose first letter's name starts with a vowel sound: A E F H I L M N O R S X. */
const VOWEL_SOUND_LETTERS = /^[AEFHILMNORSX]/;
/** Acronyms said as words ("a UKAS", "a NATO") rather than letter by letter. */
const SAID_AS_WORDS = /^(?:UKAS|NATO|OJEU|TUPE|SCAPE|LEP|NICE|SOLACE|UNESCO|LOT|MEAT|PIN|ITT|ESPD)$/;
/** Vowel letters said with a consonant sound: "a unit", "a European", "a one-off", "a user". */
const CONSONANT_SOUND_VOWELS = /^(?:uni(?!n|mp)|use|usu|uti|ur[ae]|eu|ewe|one\b|once|ubiq|uk\b|u\.k\.)/i;
/** Consonant letters said with a vowel sound: "an hour", "an honest", "an heir". */
const VOWEL_SOUND_CONSONANTS = /^(?:hour|honest|honou?r|heir)/i;

/** The indefinite article the word takes: 'a' or 'an' (undefined for a word it cannot judge). */
export function articleFor(word: string): 'a' | 'an' | undefined {
  const w = word.replace(/^[("'‘“]+/, '');
  if (w === '') return undefined;
  if (/^\d/.test(w)) {
    // 8, 11, 18, 80, 800 … are said "eight", "eleven", "eighteen".
    return /^(?:8|11(?!\d)|11,|18(?!\d)|18,|8\d)/.test(w) ? 'an' : 'a';
  }
  const letters = /^[A-Z]{2,6}\b/.exec(w);
  if (letters && w.slice(0, letters[0].length) === letters[0] && !/^[A-Z][a-z]/.test(w)) {
    // OJEU is said "oh-jay"; most acronyms are said letter by letter.
    if (letters[0] === 'OJEU') return 'an';
    // Said as a word: an initial U sounds "you" (a UKAS, a UNESCO).
    if (SAID_AS_WORDS.test(letters[0])) return /^[AEIO]/.test(letters[0]) ? 'an' : 'a';
    return VOWEL_SOUND_LETTERS.test(letters[0]) ? 'an' : 'a';
  }
  if (!/^\p{L}/u.test(w)) return undefined;
  if (CONSONANT_SOUND_VOWELS.test(w)) return 'a';
  if (VOWEL_SOUND_CONSONANTS.test(w)) return 'an';
  return /^[aeiou]/i.test(w) ? 'an' : 'a';
}

/** The article written the way `like` is written ("A", "An", "a", "an"). */
export function sameCase(article: 'a' | 'an', like: string): string {
  return /^[A-Z]/.test(like) ? article[0].toUpperCase() + article.slice(1) : article;
}

const ARTICLE_THEN_WORD = /\b([Aa]n?)\s+([\p{L}\p{N}][\p{L}\p{N}'’.-]*)/gu;

/** Each "a"/"an" inside `text` that does not agree with the word after it. */
export function articleMismatches(text: string): Array<{ index: number; written: string; wanted: string }> {
  const out: Array<{ index: number; written: string; wanted: string }> = [];
  ARTICLE_THEN_WORD.lastIndex = 0;
  for (let m = ARTICLE_THEN_WORD.exec(text); m; m = ARTICLE_THEN_WORD.exec(text)) {
    // "A" as a label ("Lot A and ..", "Schedule A") is not an article.
    if (m[1] === 'A' && m.index > 0 && /[\p{L}\p{N}]\s$/u.test(text.slice(Math.max(0, m.index - 2), m.index)) && !/[.!?:]\s$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    const wanted = articleFor(m[2]);
    if (wanted && wanted !== m[1].toLowerCase()) out.push({ index: m.index, written: m[1], wanted: sameCase(wanted, m[1]) });
  }
  return out;
}
