// Payment timeliness (ITP, DPCM 22/9/2014 art. 9) and average days between two lists of dates (Excel serials).
import { InputError, describeInput } from './errors';

function checkSameLength(lists: ReadonlyArray<readonly [string, string, ReadonlyArray<number>]>): void {
  const [first, ...rest] = lists;
  for (const [nameIt, nameEn, list] of rest) {
    if (list.length !== first[2].length) {
      throw new InputError(
        'length-mismatch',
        `Liste di lunghezza diversa: ${first[0]} ${first[2].length}, ${nameIt} ${list.length}`,
        `Lists of different length: ${first[1]} ${first[2].length}, ${nameEn} ${list.length}`,
        `${first[2].length}/${list.length}`,
      );
    }
  }
  if (first[2].length === 0) {
    throw new InputError('empty-list', `Nessun dato: le liste sono vuote`, `No data: the lists are empty`, '[]');
  }
}

function checkFinite(nameIt: string, nameEn: string, list: ReadonlyArray<number>): void {
  const index = list.findIndex((x) => typeof x !== 'number' || !Number.isFinite(x));
  if (index >= 0) {
    const value = describeInput(list[index]);
    throw new InputError(
      'not-finite',
      `Valore non numerico in ${nameIt}, posizione ${index + 1}: ${value}`,
      `Non-numeric value in ${nameEn}, position ${index + 1}: ${value}`,
      value,
    );
  }
}

/**
 * Indicatore di tempestività dei pagamenti: Σ((payment − due) × amount) / Σ amount, in days; negative = paid early.
 * Dates are Excel serials. Throws InputError on different lengths, empty lists, non-finite values, negative amounts
 * or a zero total amount.
 */
export function paymentDelay(paymentDates: number[], dueDates: number[], amounts: number[]): number {
  checkSameLength([
    ['date di pagamento', 'payment dates', paymentDates],
    ['date di scadenza', 'due dates', dueDates],
    ['importi', 'amounts', amounts],
  ]);
  checkFinite('date di pagamento', 'payment dates', paymentDates);
  checkFinite('date di scadenza', 'due dates', dueDates);
  checkFinite('importi', 'amounts', amounts);
  let weightedDays = 0;
  let total = 0;
  for (let i = 0; i < amounts.length; i++) {
    if (amounts[i] < 0) {
      throw new InputError(
        'negative',
        `Importo negativo in posizione ${i + 1}: ${amounts[i]} (le note di credito vanno compensate prima del calcolo)`,
        `Negative amount at position ${i + 1}: ${amounts[i]} (net credit notes off before the calculation)`,
        String(amounts[i]),
      );
    }
    weightedDays += (paymentDates[i] - dueDates[i]) * amounts[i];
    total += amounts[i];
  }
  if (total === 0) {
    throw new InputError('zero-total', `Totale degli importi pari a zero: l'indicatore non è definito`, `Total amount is zero: the index is undefined`, '0');
  }
  return weightedDays / total;
}

/** Mean of (to − from) in days, e.g. from the date of a carta contabile to its regularisation. */
export function averageDays(from: number[], to: number[]): number {
  checkSameLength([
    ['date iniziali', 'start dates', from],
    ['date finali', 'end dates', to],
  ]);
  checkFinite('date iniziali', 'start dates', from);
  checkFinite('date finali', 'end dates', to);
  let sum = 0;
  for (let i = 0; i < from.length; i++) sum += to[i] - from[i];
  return sum / from.length;
}
