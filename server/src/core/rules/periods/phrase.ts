// Periods as documents write them: "10 days", "ten calendar days", "eight (8) working days",
// "a 10-day", "15 clear days". The pattern is one bounded alternation of number words and digit runs
// followed by an optional qualifier and "day(s)", so it cannot backtrack. A replacement is written in
// the phrase's own style: digits, words, or words with the digits in brackets.

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty'];

/** Number words up to sixty, with their values. */
const WORDS = new Map<string, number>();
UNITS.forEach((w, i) => WORDS.set(w, i + 1));
TEENS.forEach((w, i) => WORDS.set(w, i + 10));
TENS.forEach((t, i) => {
  WORDS.set(t, (i + 2) * 10);
  if (t !== 'sixty') UNITS.forEach((u, j) => WORDS.set(`${t}-${u}`, (i + 2) * 10 + j + 1));
});

const WORD_ALTERNATION = [...WORDS.keys()].sort((a, b) => b.length - a.length).join('|');

export type PeriodUnit = 'days' | 'calendar-days' | 'working-days';

export interface PeriodPhrase {
  /** Passage-text indices of the whole phrase. */
  from: number;
  to: number;
  value: number;
  unit: PeriodUnit;
  style: 'digits' | 'words' | 'words-and-digits';
  /** What joins the number and "day": " " or "-". */
  joiner: string;
  plural: boolean;
  capital: boolean;
}

/** Global, for scanning: number (digits | words [(digits)]), joiner, optional qualifier, day(s). */
export const PERIOD_PHRASE = new RegExp(
  String.raw`\b(?:(\d{1,3})|(${WORD_ALTERNATION})(?:\s?\((\d{1,3})\))?)( |-)(?:(calendar|working|business|clear)[ -])?(days?)\b`,
  'gi',
);

export function readPeriod(m: RegExpExecArray): PeriodPhrase | undefined {
  const word = m[2]?.toLowerCase();
  const value = m[1] !== undefined ? Number(m[1]) : WORDS.get(word ?? '');
  if (value === undefined || value <= 0) return undefined;
  // "eight (9) working days" says two things: not a period we can read.
  if (m[3] !== undefined && Number(m[3]) !== value) return undefined;
  const qualifier = m[5]?.toLowerCase();
  const unit: PeriodUnit = qualifier === 'working' || qualifier === 'business' ? 'working-days' : qualifier === 'calendar' ? 'calendar-days' : 'days';
  const style = m[1] !== undefined ? 'digits' : m[3] !== undefined ? 'words-and-digits' : 'words';
  const first = m[0][0];
  return { from: m.index, to: m.index + m[0].length, value, unit, style, joiner: m[4], plural: /s$/i.test(m[6]), capital: first !== first.toLowerCase() };
}

export function periodsIn(text: string): PeriodPhrase[] {
  const out: PeriodPhrase[] = [];
  PERIOD_PHRASE.lastIndex = 0;
  for (let m = PERIOD_PHRASE.exec(text); m && out.length < 200; m = PERIOD_PHRASE.exec(text)) {
    const p = readPeriod(m);
    if (p) out.push(p);
  }
  return out;
}

function numberWord(n: number): string {
  for (const [w, v] of WORDS) if (v === n) return w;
  return String(n);
}

/** "eight working days" in the style of `like` ("8 working days", "eight (8) working days", "8-working-day"). */
export function writePeriod(value: number, unit: PeriodUnit, like: PeriodPhrase): string {
  const number = like.style === 'digits' ? String(value) : like.style === 'words' ? numberWord(value) : `${numberWord(value)} (${value})`;
  const qualifier = unit === 'working-days' ? `working${like.joiner}` : unit === 'calendar-days' ? `calendar${like.joiner}` : '';
  // "a 10-day standstill" keeps its adjective form; otherwise the plural follows the number.
  const day = like.joiner === '-' || value === 1 ? 'day' : 'days';
  const text = `${number}${like.joiner}${qualifier}${day}`;
  return like.capital ? text[0].toUpperCase() + text.slice(1) : text;
}

/** How the unit reads in a message. */
export function unitWords(unit: PeriodUnit): string {
  return unit === 'working-days' ? 'working days' : unit === 'calendar-days' ? 'calendar days' : 'days';
}

/** "ten calendar days", "8 working days": how a message quotes the figure. */
export function describe(value: number, unit: PeriodUnit): string {
  return `${numberWord(value)} ${unitWords(unit)}`;
}

/**
 * The fewest calendar days that `n` working days (counted from the day after the start) can span:
 * starting on a Friday, every five working days cross one weekend.
 */
export function shortestCalendarSpan(n: number): number {
  return n <= 0 ? 0 : n + 2 * Math.floor((n - 1) / 5);
}
