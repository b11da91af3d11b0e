// Why core could not evaluate: a result of the wrong kind, unusable weights, degrees, amounts, options or lists.
import { entry } from './message';

type Expected = 'number' | 'date' | 'yesNo';
const EXPECTED_IT: Record<Expected, string> = {
  number: 'un numero, una percentuale o un rapporto',
  date: 'la data di completamento (es. 31/07/2022)',
  yesNo: 'SI o NO',
};
const EXPECTED_EN: Record<Expected, string> = { number: 'a number, percentage or ratio', date: 'the completion date (e.g. 2022-07-31)', yesNo: 'yes or no' };

/** The lists PERF.PAYMENTDELAY and PERF.AVERAGEDAYS pair item by item. */
type List = 'paymentDates' | 'dueDates' | 'amounts' | 'startDates' | 'endDates';
const LIST_IT: Record<List, string> = {
  paymentDates: 'date di pagamento',
  dueDates: 'date di scadenza',
  amounts: 'importi',
  startDates: 'date iniziali',
  endDates: 'date finali',
};
const LIST_EN: Record<List, string> = { paymentDates: 'payment dates', dueDates: 'due dates', amounts: 'amounts', startDates: 'start dates', endDates: 'end dates' };

const DEGREE_SCALE_IT = 'è un grado tra 0 e 1 (es. 0,6 per il 60%)';
const DEGREE_SCALE_EN = 'it is a degree between 0 and 1 (e.g. 0.6 for 60%)';

export const evaluationMessages = {
  'evaluation.resultNotComparable': entry<{ actual: string; target: string; expected: Expected }>({
    it: (p) => `Risultato "${p.actual}" non confrontabile con il target "${p.target}": serve ${EXPECTED_IT[p.expected]}`,
    en: (p) => `Result "${p.actual}" cannot be compared with the target "${p.target}": ${EXPECTED_EN[p.expected]} is needed`,
  }),
  'evaluation.baselineWrongSide': entry<{ baseline: number; target: string; higherIsBetter: boolean }>({
    it: (p, w) =>
      `Baseline ${w.num(p.baseline)} non utilizzabile con il target "${p.target}": deve essere ${p.higherIsBetter ? 'inferiore' : 'superiore'} al target`,
    en: (p, w) => `Baseline ${w.num(p.baseline)} cannot be used with the target "${p.target}": it must be ${p.higherIsBetter ? 'below' : 'above'} the target`,
  }),
  'evaluation.optionNotNumber': entry<{ option: 'baseline' | 'threshold'; value: string }>({
    it: (p) => `${p.option === 'baseline' ? 'Baseline' : 'Soglia'} non numerica: ${p.value}`,
    en: (p) => `${p.option === 'baseline' ? 'Baseline' : 'Threshold'} is not a number: ${p.value}`,
  }),
  'evaluation.thresholdOutOfRange': entry<{ threshold: number }>({
    it: (p, w) => `Soglia ${w.num(p.threshold)} fuori scala: ${DEGREE_SCALE_IT}`,
    en: (p, w) => `Threshold ${w.num(p.threshold)} out of range: ${DEGREE_SCALE_EN}`,
  }),
  'evaluation.paymentThresholdOutOfRange': entry<{ threshold: number }>({
    it: (p, w) => `Soglia di pagamento ${w.num(p.threshold)} fuori scala: ${DEGREE_SCALE_IT}`,
    en: (p, w) => `Payment threshold ${w.num(p.threshold)} out of range: ${DEGREE_SCALE_EN}`,
  }),
  'evaluation.invalidCutoffs': entry<{ achievedFrom: number; partialFrom: number }>({
    it: (p, w) =>
      `Soglie di esito non valide (raggiunto da ${w.num(p.achievedFrom)}, parziale da ${w.num(p.partialFrom)}): servono 0 ≤ parziale ≤ raggiunto ≤ 1`,
    en: (p, w) =>
      `Invalid status cut-offs (achieved from ${w.num(p.achievedFrom)}, partial from ${w.num(p.partialFrom)}): 0 ≤ partial ≤ achieved ≤ 1 is required`,
  }),
  'evaluation.invalidWeight': entry<{ position: number; weight: number }>({
    it: (p, w) => `Peso non valido in posizione ${p.position}: ${w.num(p.weight)} (serve un numero ≥ 0)`,
    en: (p, w) => `Invalid weight at position ${p.position}: ${w.num(p.weight)} (a number ≥ 0 is required)`,
  }),
  'evaluation.invalidDegree': entry<{ position: number; degree: number }>({
    it: (p, w) => `Grado non valido in posizione ${p.position}: ${w.num(p.degree)} (serve un valore tra 0 e 1)`,
    en: (p, w) => `Invalid degree at position ${p.position}: ${w.num(p.degree)} (a value between 0 and 1 is required)`,
  }),
  'evaluation.degreeNotNumber': entry<{ degree: number }>({
    it: (p, w) => `Grado non numerico: ${w.num(p.degree)}`,
    en: (p, w) => `Degree is not a number: ${w.num(p.degree)}`,
  }),
  'evaluation.moreWeightsThanDegrees': entry<{ weights: number; degrees: number }>({
    it: (p) => `Pesi (${p.weights}) più numerosi dei gradi (${p.degrees})`,
    en: (p) => `More weights (${p.weights}) than degrees (${p.degrees})`,
  }),
  'evaluation.invalidOivScore': entry<{ objective: number; score: string }>({
    it: (p) => `Valutazione OIV non valida per l'obiettivo ${p.objective}: ${p.score} (serve un punteggio da 0 a 100)`,
    en: (p) => `Invalid OIV score for objective ${p.objective}: ${p.score} (a score from 0 to 100 is required)`,
  }),
  /** An amount to share out; `objective` is null for a lone amount (PERF.FUNDSHARE). */
  'evaluation.invalidAmount': entry<{ amount: number; objective: number | null }>({
    it: (p, w) => `Importo non valido${p.objective === null ? '' : ` per l'obiettivo ${p.objective}`}: ${w.num(p.amount)} (serve un importo in euro ≥ 0)`,
    en: (p, w) => `Invalid amount${p.objective === null ? '' : ` for objective ${p.objective}`}: ${w.num(p.amount)} (an amount in euro ≥ 0 is required)`,
  }),
  'evaluation.invalidFundTotal': entry<{ amount: number }>({
    it: (p, w) => `Importo non valido totale del fondo: ${w.num(p.amount)} (serve un importo in euro ≥ 0)`,
    en: (p, w) => `Invalid fund total: ${w.num(p.amount)} (an amount in euro ≥ 0 is required)`,
  }),
  'evaluation.allocatedAboveTotal': entry<{ allocated: number; total: number }>({
    it: (p, w) => `Importi assegnati agli obiettivi (${w.num(p.allocated)} €) superiori al totale del fondo (${w.num(p.total)} €)`,
    en: (p, w) => `Amounts allocated to the objectives (${w.num(p.allocated)} €) above the fund total (${w.num(p.total)} €)`,
  }),
  'evaluation.listLengths': entry<{ first: List; firstLength: number; other: List; otherLength: number }>({
    it: (p) => `Liste di lunghezza diversa: ${LIST_IT[p.first]} ${p.firstLength}, ${LIST_IT[p.other]} ${p.otherLength}`,
    en: (p) => `Lists of different length: ${LIST_EN[p.first]} ${p.firstLength}, ${LIST_EN[p.other]} ${p.otherLength}`,
  }),
  'evaluation.emptyLists': entry({
    it: () => 'Nessun dato: le liste sono vuote',
    en: () => 'No data: the lists are empty',
  }),
  'evaluation.nonNumericInList': entry<{ list: List; position: number; value: string }>({
    it: (p) => `Valore non numerico in ${LIST_IT[p.list]}, posizione ${p.position}: ${p.value}`,
    en: (p) => `Non-numeric value in ${LIST_EN[p.list]}, position ${p.position}: ${p.value}`,
  }),
  'evaluation.negativeAmount': entry<{ position: number; amount: number }>({
    it: (p, w) => `Importo negativo in posizione ${p.position}: ${w.num(p.amount)} (le note di credito vanno compensate prima del calcolo)`,
    en: (p, w) => `Negative amount at position ${p.position}: ${w.num(p.amount)} (net credit notes off before the calculation)`,
  }),
  'evaluation.zeroTotalAmount': entry({
    it: () => "Totale degli importi pari a zero: l'indicatore non è definito",
    en: () => 'Total amount is zero: the index is not defined',
  }),
};
