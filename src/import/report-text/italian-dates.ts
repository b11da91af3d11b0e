// Dates as Italian prose states them: "entro settembre", "entro 31/12", "nel mese di luglio 2022", "nell'ultimo trimestre".
// A month or a period stands for its last day: the least favourable day the text allows, never a guess in its favour.

const MONTHS = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
const MONTH = `(${MONTHS.join('|')})`;
const ORDINALS: Record<string, number> = { primo: 1, secondo: 2, terzo: 3, quarto: 4 };
const PERIOD_MONTHS: Record<string, number> = { bimestre: 2, trimestre: 3, quadrimestre: 4, semestre: 6 };

export interface StatedDate {
  /** dd/mm/yyyy */
  date: string;
  /** The words it was read from. */
  text: string;
  /** False when a month or a period was read as its last day. */
  exact: boolean;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function formatDate(day: number, month: number, year: number): string {
  return `${pad(day)}/${pad(month)}/${year}`;
}

function isValidDate(day: number, month: number, year: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.toLowerCase()) + 1;
}

function endOfMonth(month: number, year: number): string {
  return formatDate(daysInMonth(year, month), month, year);
}

function endOfPeriod(ordinal: string, period: string, year: number): string | null {
  const length = PERIOD_MONTHS[period.toLowerCase()];
  const count = 12 / length;
  const index = ordinal.toLowerCase() === 'ultimo' ? count : ORDINALS[ordinal.toLowerCase()];
  if (index === undefined || index > count) return null;
  return endOfMonth(index * length, year);
}

const FULL_DATE = /^(?:il\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/i;
const DAY_MONTH = /^(?:il\s+)?(\d{1,2})[/.-](\d{1,2})(?![/.\-\d])/;
const DAY_MONTH_NAME = new RegExp(`^(?:il\\s+)?(\\d{1,2})\\s+${MONTH}(?:\\s+(\\d{4}))?\\b`, 'i');
const MONTH_NAME = new RegExp(`^(?:la\\s+)?(?:fine\\s+(?:di\\s+|del\\s+mese\\s+di\\s+)?|il\\s+mese\\s+di\\s+)?${MONTH}(?:\\s+(?:del\\s+)?(\\d{4}))?\\b`, 'i');
const YEAR_END = /^(?:la\s+)?(?:fine\s+(?:dell'\s*)?anno|l'anno|fine\s+esercizio)\b/i;

export type DeadlineReading = { target: string; exact: boolean } | { missingYear: string } | null;

/** The target for the words after "entro": `entro dd/mm/yyyy`, or what is missing; null when they are not a date. */
export function readDeadline(words: string, year: number | undefined): DeadlineReading {
  const text = words.trim().replace(/[.;,]+$/, '');
  const full = FULL_DATE.exec(text);
  if (full) {
    const [day, month, y] = [Number(full[1]), Number(full[2]), Number(full[3])];
    return isValidDate(day, month, y) ? { target: `entro ${formatDate(day, month, y)}`, exact: true } : null;
  }
  const dayMonth = DAY_MONTH.exec(text);
  const named = DAY_MONTH_NAME.exec(text);
  const month = MONTH_NAME.exec(text);
  const yearEnd = YEAR_END.exec(text);
  if (!dayMonth && !named && !month && !yearEnd) return null;
  const statedYear = named?.[3] ?? month?.[2];
  const y = statedYear !== undefined ? Number(statedYear) : year;
  if (y === undefined) return { missingYear: text };
  if (dayMonth) {
    const [day, m] = [Number(dayMonth[1]), Number(dayMonth[2])];
    return isValidDate(day, m, y) ? { target: `entro ${formatDate(day, m, y)}`, exact: true } : null;
  }
  if (named) {
    const [day, m] = [Number(named[1]), monthNumber(named[2])];
    return isValidDate(day, m, y) ? { target: `entro ${formatDate(day, m, y)}`, exact: true } : null;
  }
  if (month) return { target: `entro ${endOfMonth(monthNumber(month[1]), y)}`, exact: false };
  return { target: `entro ${formatDate(31, 12, y)}`, exact: false };
}

interface DatePattern {
  /** What a sentence must hold for the pattern to have a chance: most clauses are passed over without running it. */
  mayMatch: (sentence: string, lower: string) => boolean;
  pattern: RegExp;
  read: (match: RegExpExecArray, year: number | undefined) => { date: string; exact: boolean } | null;
}

const ANY_DIGIT = /\d/;
const ANY_MONTH = new RegExp(MONTHS.join('|'), 'i');

const COMPLETION_PATTERNS: DatePattern[] = [
  {
    mayMatch: (sentence) => ANY_DIGIT.test(sentence),
    pattern: /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/g,
    read: (m) => {
      const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
      return isValidDate(day, month, year) ? { date: formatDate(day, month, year), exact: true } : null;
    },
  },
  {
    mayMatch: (sentence) => ANY_DIGIT.test(sentence) && ANY_MONTH.test(sentence),
    pattern: new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b`, 'gi'),
    read: (m) => {
      const [day, month, year] = [Number(m[1]), monthNumber(m[2]), Number(m[3])];
      return isValidDate(day, month, year) ? { date: formatDate(day, month, year), exact: true } : null;
    },
  },
  {
    mayMatch: (sentence) => ANY_MONTH.test(sentence),
    pattern: new RegExp(`\\b(?:nel\\s+mese\\s+di|nel\\s+corso\\s+di|entro|a|ad|in|nel)\\s+${MONTH}(?:\\s+(?:del\\s+)?(\\d{4}))?\\b`, 'gi'),
    read: (m, year) => {
      const y = m[2] !== undefined ? Number(m[2]) : year;
      return y === undefined ? null : { date: endOfMonth(monthNumber(m[1]), y), exact: false };
    },
  },
  {
    mayMatch: (_sentence, lower) => lower.includes('mestre'),
    pattern: /\bnel(?:l'\s*|\s+)(primo|secondo|terzo|quarto|ultimo)\s+(bimestre|trimestre|quadrimestre|semestre)(?:\s+(?:dell'\s*anno|del(?:l')?\s*(?:anno\s+)?(\d{4})))?/gi,
    read: (m, year) => {
      const y = m[3] !== undefined ? Number(m[3]) : year;
      if (y === undefined) return null;
      const date = endOfPeriod(m[1], m[2], y);
      return date === null ? null : { date, exact: false };
    },
  },
  {
    mayMatch: (_sentence, lower) => lower.includes('fine'),
    pattern: /\b(?:entro|a|alla)\s+(?:la\s+)?fine\s+(?:dell'\s*)?anno\b/gi,
    read: (_m, year) => (year === undefined ? null : { date: formatDate(31, 12, year), exact: false }),
  },
];

/** Every date a sentence states as the moment something happened, read as its last possible day. */
export function statedDates(sentence: string, year: number | undefined): StatedDate[] {
  const found: Array<StatedDate & { start: number; end: number }> = [];
  const lower = sentence.toLowerCase();
  for (const { mayMatch, pattern, read } of COMPLETION_PATTERNS) {
    if (!mayMatch(sentence, lower)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      // A date already read by a more precise pattern (listed first) is not read again as a month.
      if (found.some((f) => start < f.end && end > f.start)) continue;
      const value = read(m, year);
      if (value) found.push({ ...value, text: m[0].trim(), start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start).map(({ date, text, exact }) => ({ date, text, exact }));
}
