// Why a written value, number, date or target was not understood: the ParseError of core's parsers.
import { entry, type Message } from './message';

/** Where a part sits inside a larger value: a ratio's side, a percentage's points, a number with a unit. */
type Whole = 'ratio' | 'percentage' | 'number';
const WHOLE_IT: Record<Whole, string> = { ratio: 'nel rapporto', percentage: 'nella percentuale', number: 'in' };
const WHOLE_EN: Record<Whole, string> = { ratio: 'in the ratio', percentage: 'in the percentage', number: 'in' };

type ValueKind = 'ratio' | 'date' | 'boolean';
const KIND_IT: Record<ValueKind, string> = { ratio: 'un rapporto', date: 'una data', boolean: 'un SI/NO' };
const KIND_EN: Record<ValueKind, string> = { ratio: 'a ratio', date: 'a date', boolean: 'a yes/no' };

const EXCEL_DAYS_IT = "fuori dall'intervallo di Excel (1/1/1900 - 31/12/9999)";
const EXCEL_DAYS_EN = "outside Excel's range (1/1/1900 - 31/12/9999)";

const GRAMMAR_IT = 'scrivere ad es. "≤ 0", "< 75 gg", ">= 8", "100%", "entro 31/07/2022" o "SI"';
const GRAMMAR_EN = 'write e.g. "≤ 0", "< 75 gg", ">= 8", "100%", "by 2022-07-31" or "yes"';
const unrecognisedIt = (text: string) => `Target non riconosciuto "${text}": `;
const unrecognisedEn = (text: string) => `Unrecognised target "${text}": `;

export const parseMessages = {
  'parse.unrecognised': entry<{ text: string }>({
    it: (p) => `Valore non riconosciuto "${p.text}": non è un numero, una percentuale, un rapporto (112/112), una data (31/07/2022) né SI/NO`,
    en: (p) => `Unrecognised value "${p.text}": not a number, percentage, ratio (112/112), date (31/07/2022) or yes/no`,
  }),
  /** A part's error restated so that it names the whole value the analyst wrote. */
  'parse.inWhole': entry<{ reason: Message; whole: string; part: Whole }>({
    it: (p, w) => `${w.text(p.reason)} (${WHOLE_IT[p.part]} "${p.whole}")`,
    en: (p, w) => `${w.text(p.reason)} (${WHOLE_EN[p.part]} "${p.whole}")`,
  }),
  'parse.ratioOfPercentages': entry<{ text: string }>({
    it: (p) => `Rapporto non valido "${p.text}": numeratore e denominatore devono essere numeri, non percentuali`,
    en: (p) => `Invalid ratio "${p.text}": numerator and denominator must be numbers, not percentages`,
  }),
  'parse.zeroDenominator': entry<{ text: string }>({
    it: (p) => `Rapporto "${p.text}" con denominatore zero: il valore non è definito`,
    en: (p) => `Ratio "${p.text}" has a zero denominator: its value is not defined`,
  }),
  /** A cell number that is no number (NaN, Infinity). */
  'parse.notFinite': entry<{ value: string }>({
    it: (p) => `Numero non valido ${p.value}`,
    en: (p) => `Invalid number ${p.value}`,
  }),
  'parse.missingNumber': entry<{ text: string }>({
    it: (p) => `Numero mancante: "${p.text}" è vuoto`,
    en: (p) => `Missing number: "${p.text}" is blank`,
  }),
  'parse.notANumber': entry<{ text: string; kind: ValueKind }>({
    it: (p) => `"${p.text}" non è un numero: è ${KIND_IT[p.kind]}`,
    en: (p) => `"${p.text}" is not a number: it is ${KIND_EN[p.kind]}`,
  }),
  'parse.invalidNumber': entry<{ text: string }>({
    it: (p) => `Numero non valido "${p.text}": cifre e separatori non formano un numero`,
    en: (p) => `Invalid number "${p.text}": digits and separators do not form a number`,
  }),
  'parse.numberTooLarge': entry<{ text: string }>({
    it: (p) => `Numero non valido "${p.text}": troppo grande`,
    en: (p) => `Invalid number "${p.text}": too large`,
  }),
  'parse.thousandsGroup': entry<{ text: string; digits: number }>({
    it: (p) => `Numero ambiguo "${p.text}": un gruppo di migliaia ha ${p.digits} cifre`,
    en: (p) => `Ambiguous number "${p.text}": a thousands group has ${p.digits} digits`,
  }),
  'parse.alternatingSeparators': entry<{ text: string }>({
    it: (p) => `Numero ambiguo "${p.text}": punti e virgole si alternano, non si capisce quale sia il separatore decimale`,
    en: (p) => `Ambiguous number "${p.text}": dots and commas alternate, so the decimal separator is unclear`,
  }),
  'parse.spaceGroups': entry<{ text: string }>({
    it: (p) => `Numero ambiguo "${p.text}": i gruppi separati da spazi o apostrofi devono avere 3 cifre`,
    en: (p) => `Ambiguous number "${p.text}": groups separated by spaces or apostrophes must have 3 digits`,
  }),
  'parse.invalidDate': entry<{ text: string }>({
    it: (p) => `Data non valida "${p.text}": il giorno non esiste o è ${EXCEL_DAYS_IT}`,
    en: (p) => `Invalid date "${p.text}": the day does not exist or is ${EXCEL_DAYS_EN}`,
  }),
  'parse.invalidDateSerial': entry<{ text: string; max: number }>({
    it: (p) => `Numero di serie data non valido ${p.text}: Excel ammette da 1 (1/1/1900) a ${p.max} (31/12/9999)`,
    en: (p) => `Invalid date serial ${p.text}: Excel accepts 1 (1/1/1900) to ${p.max} (31/12/9999)`,
  }),
  'parse.missingYear': entry<{ text: string }>({
    it: (p) => `Data incompleta "${p.text}": manca l'anno (es. 31/12/2022)`,
    en: (p) => `Incomplete date "${p.text}": the year is missing (e.g. 31/12/2022)`,
  }),
  'parse.targetEmpty': entry({
    it: () => `Target vuoto: ${GRAMMAR_IT}`,
    en: () => `Empty target: ${GRAMMAR_EN}`,
  }),
  'parse.targetOutsideGrammar': entry<{ text: string }>({
    it: (p) => `${unrecognisedIt(p.text)}${GRAMMAR_IT}`,
    en: (p) => `${unrecognisedEn(p.text)}${GRAMMAR_EN}`,
  }),
  'parse.targetDeadlineDate': entry<{ text: string }>({
    it: (p) => `${unrecognisedIt(p.text)}dopo "entro" serve una data completa (31/07/2022) o un numero di giorni`,
    en: (p) => `${unrecognisedEn(p.text)}"by" must be followed by a full date (2022-07-31) or a number of days`,
  }),
  'parse.targetMissingValue': entry<{ text: string; op: string }>({
    it: (p) => `${unrecognisedIt(p.text)}manca il valore dopo "${p.op}"`,
    en: (p) => `${unrecognisedEn(p.text)}the value after "${p.op}" is missing`,
  }),
  'parse.targetDateComparison': entry<{ text: string }>({
    it: (p) => `${unrecognisedIt(p.text)}una data si usa come scadenza ("entro 31/07/2022" o "≤ 31/07/2022")`,
    en: (p) => `${unrecognisedEn(p.text)}a date is used as a deadline ("by 2022-07-31" or "≤ 31/07/2022")`,
  }),
  'parse.targetYesNoComparison': entry<{ text: string; op: string }>({
    it: (p) => `${unrecognisedIt(p.text)}"${p.op}" non si applica a SI/NO`,
    en: (p) => `${unrecognisedEn(p.text)}"${p.op}" does not apply to yes/no`,
  }),
  'parse.targetRatio': entry<{ text: string }>({
    it: (p) => `${unrecognisedIt(p.text)}un rapporto non è un target: scrivere la percentuale (es. "100%")`,
    en: (p) => `${unrecognisedEn(p.text)}a ratio is not a target: write the percentage (e.g. "100%")`,
  }),
  /** A value's error restated so that it names the whole target. */
  'parse.inTarget': entry<{ reason: Message; text: string }>({
    it: (p, w) => `${w.text(p.reason)} (nel target "${p.text}")`,
    en: (p, w) => `${w.text(p.reason)} (in the target "${p.text}")`,
  }),
};
