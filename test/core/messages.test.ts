// Every code of the catalogue renders, in Italian and in English, to words: never empty, never the code itself,
// never a parameter left unfilled. Parameters come from samples by name, with a typed override where a code needs one.
import { isMessage, MESSAGE_CODES, msg, renderMessage, type Language, type Message, type MessageCode, type MessageParam, type ParamsOf } from '../../src/core/messages';

const nested: Message = msg('general.text', { text: 'motivo annidato' });

/** Samples by parameter name: what most entries mean by it. */
const BY_NAME: Readonly<Record<string, MessageParam>> = {
  achieved: 9, achievedFrom: 0.95, partialFrom: 0.5, paymentThreshold: 0.6, paidFrom: 0.6, allocated: 1500.5, amount: -5,
  baseline: 20, closest: 0.979, count: 2, degree: 1.5, degrees: 1, digits: 4, firstColumns: 1, firstLength: 2, firstRow: 2,
  firstRows: 2, indicator: 1, kilobytes: 54, max: 100, milliseconds: 2400, min: 0, number: 7, objective: 7, objectives: 11,
  otherLength: 1, percent: 40, position: 2, reference: 1, row: 4, secondColumns: 1, secondRows: 3, sheets: 13, threshold: 60,
  total: 1000, weight: -1, weights: 2, higherIsBetter: true, date: true,
  reason: nested, issue: nested, who: nested, problem: nested, argument: nested, notice: nested,
  allowed: ['nuovo', 'mantenimento'], columns: ['Target', 'Risultato'], files: ['a.json', 'b.json'], headers: ['Colore'], values: ['4', '5'],
};

/** Parameters whose meaning depends on the entry (a key of one of its tables, a message, a number): a new entry of that
 * kind adds its line here, or its words show "undefined". */
const OVERRIDES: { [C in MessageCode]?: Partial<ParamsOf<C>> } = {
  'parse.inWhole': { part: 'ratio' },
  'parse.notANumber': { kind: 'date' },
  'evaluation.resultNotComparable': { expected: 'date' },
  'evaluation.optionNotNumber': { option: 'threshold' },
  'evaluation.listLengths': { first: 'paymentDates', other: 'amounts' },
  'evaluation.nonNumericInList': { list: 'dueDates' },
  'functions.argument': { name: 'paymentDate' },
  'functions.argumentAt': { column: 2 },
  'functions.shapeMismatch': { first: nested, second: nested },
  'summary.column': { column: 'finalDegree' },
  'report.trend': { trend: 'worse' },
  'monitoring.forecast': { forecast: 'at-risk' },
  'monitoring.objectiveLine': { forecast: nested },
  'monitoring.indicatorLine': { forecast: nested },
  'excel.operation': { operation: 'summary' },
  'excel.writeInterrupted': { written: ['Traguardo', 'Obiettivo 1'] },
  'perfRecalc.found': { sheets: ['Obiettivo 1', 'Obiettivo 9'] },
  'summary.figure': { figure: 'remainder' },
  'label.status': { status: 'Parzialmente raggiunto' },
  'cli.figureInError': { figure: nested },
  'cli.toCompleteItem': { field: nested },
  'cli.progress': { phase: 'scrittura' },
  'import.notAReport': { found: 'list' },
  'import.noObjectivesList': { found: 'nothing' },
  'import.expectedFound': { expected: 'targetText', found: 'ratio' },
  'import.field': { field: 'neutralisationReason' },
  'import.indicatorLabel': { field: 'revisionDate' },
  'import.indicatorField': { field: 'actual' },
  'import.referenceField': { part: 'code' },
  'import.partNotObject': { part: 'cutoffs' },
  'import.missing': { label: nested },
  'import.invalidValue': { label: nested },
  'import.unreadable': { label: nested },
  'import.notInteger': { label: nested },
  'import.cutoffMissing': { label: nested },
  'import.missingColumn': { label: nested },
  'import.objectiveNotObject': { found: nested },
  'import.indicatorNotObject': { found: nested },
  'import.noteNotText': { found: nested },
  'import.duplicateNumber': { first: 1, second: 2 },
  'import.textRatioMismatch': { stated: '100%' },
  'import.invalidJson': { reason: 'Unexpected end of JSON input' },
  'sheet.ratioInconsistent': { stated: 1 },
  'settings.percent': { value: 0.5 },
  'rules.paysNotAchieved': { kind: 'bands' },
  'rules.bandOutOfRange': { part: 'share' },
  'xlsx.item': { item: 'table' },
};

/** How a name without a sample is filled, and whether a sampled message is given as its text instead. */
interface Guess {
  unknownAsNumber: boolean;
  messagesAsText: boolean;
}
const GUESSES: Guess[] = [false, true].flatMap((unknownAsNumber) => [false, true].map((messagesAsText) => ({ unknownAsNumber, messagesAsText })));

function sampleParams(code: MessageCode, guess: Guess): Record<string, MessageParam> {
  const override = (OVERRIDES as Record<string, Record<string, MessageParam>>)[code] ?? {};
  const byName = (key: string): MessageParam => {
    const sample = BY_NAME[key];
    if (sample === undefined) return guess.unknownAsNumber ? 0.75 : `testo-${key}`;
    return guess.messagesAsText && isMessage(sample) ? 'testo' : sample;
  };
  return new Proxy({ ...override }, { get: (target, key) => (typeof key !== 'string' ? undefined : key in target ? target[key] : byName(key)) });
}

const UNFILLED = /undefined|\[object Object\]|NaN|function /;

/** The words of the first guess that fills every parameter (a sample per name cannot know every entry's types). */
function rendered(code: MessageCode, language: Language): string {
  const texts = GUESSES.map((guess) => renderMessage({ code, params: sampleParams(code, guess) }, language));
  return texts.find((text) => !UNFILLED.test(text)) ?? texts[0];
}

describe('the message catalogue', () => {
  it('has codes in areas ("area.code")', () => {
    expect(MESSAGE_CODES.length).toBeGreaterThan(100);
    for (const code of MESSAGE_CODES) expect(code).toMatch(/^[a-z][A-Za-z-]*\.[A-Za-z0-9-]+$/);
  });

  it.each(MESSAGE_CODES.flatMap((code) => (['it', 'en'] as Language[]).map((language) => [code, language] as const)))(
    '%s renders in %s',
    (code, language) => {
      const text = rendered(code, language);
      expect(text.trim()).not.toBe('');
      expect(text).not.toBe(code);
      expect(text).not.toMatch(UNFILLED);
    },
  );

  it('writes numbers and nested messages in the language', () => {
    const reason = msg('parse.thousandsGroup', { text: '3.1296', digits: 4 });
    const whole = msg('parse.inWhole', { reason, whole: '3.1296/3.196', part: 'ratio' });
    expect(renderMessage(whole, 'it')).toBe('Numero ambiguo "3.1296": un gruppo di migliaia ha 4 cifre (nel rapporto "3.1296/3.196")');
    expect(renderMessage(whole, 'en')).toBe('Ambiguous number "3.1296": a thousands group has 4 digits (in the ratio "3.1296/3.196")');
    expect(renderMessage(msg('evaluation.allocatedAboveTotal', { allocated: 1234.5, total: 1000 }), 'it')).toContain('1.234,5 €');
    expect(renderMessage(msg('evaluation.allocatedAboveTotal', { allocated: 1234.5, total: 1000 }), 'en')).toContain('1,234.5 €');
  });

  it('shows an unknown code with its parameters rather than nothing', () => {
    expect(renderMessage({ code: 'nessuno.codice', params: { a: 1 } }, 'en')).toBe('nessuno.codice {"a":1}');
  });
});
