// Dates as UK procurement documents write them: "12 May 2025", "12th May 2025", "Monday 12 May 2025",
// "12/05/2025" (day first), "12.05.25", "2025-05-12", "May 2025". Invalid dates ("31 February 2025")
// are not dates. Patterns are fixed alternations with bounded digit runs, so they cannot backtrack.

export interface FoundDate {
  /** ISO YYYY-MM-DD; a month-only date is the first of the month. */
  iso: string;
  /** "day" when the day was written, "month" for "May 2025". */
  precision: 'day' | 'month';
  start: number;
  end: number;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAME = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;

const DATE_PATTERN = new RegExp(
  [
    // 12 May 2025, 12th May 2025, 12 May, 2025
    String.raw`\b(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+${MONTH_NAME}\.?,?\s+(\d{4})\b`,
    // May 12, 2025 / May 12th 2025
    String.raw`\b${MONTH_NAME}\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`,
    // 12/05/2025, 12.05.2025, 12-05-2025, 12/05/25
    String.raw`\b(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})\b`,
    // 2025-05-12
    String.raw`\b(\d{4})-(\d{2})-(\d{2})\b`,
    // May 2025
    String.raw`\b${MONTH_NAME}\.?\s+(\d{4})\b`,
  ].join('|'),
  'gi',
);

function monthIndex(name: string): number {
  const n = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(n)) + 1;
}

export function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const twoDigitYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

/** Every valid date in `text`, in order. */
export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  DATE_PATTERN.lastIndex = 0;
  for (let m = DATE_PATTERN.exec(text); m; m = DATE_PATTERN.exec(text)) {
    const g = m.slice(1);
    let iso: string | undefined;
    let precision: FoundDate['precision'] = 'day';
    if (g[0] !== undefined) iso = isoDate(Number(g[2]), monthIndex(g[1]), Number(g[0]));
    else if (g[3] !== undefined) iso = isoDate(Number(g[5]), monthIndex(g[3]), Number(g[4]));
    else if (g[6] !== undefined) iso = isoDate(twoDigitYear(g[8]), Number(g[7]), Number(g[6]));
    else if (g[9] !== undefined) iso = isoDate(Number(g[9]), Number(g[10]), Number(g[11]));
    else if (g[12] !== undefined) {
      iso = isoDate(Number(g[13]), monthIndex(g[12]), 1);
      precision = 'month';
    }
    if (iso) out.push({ iso, precision, start: m.index, end: m.index + m[0].length });
  }
  return out;
}
