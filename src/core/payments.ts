// Payment timeliness (ITP, DPCM 22/9/2014 art. 9) and average days between two lists of dates (Excel serials).
import { InputError, describeInput } from './errors';
import { msg, type ParamsOf } from './messages';

type ListName = ParamsOf<'evaluation.listLengths'>['first'];

function checkSameLength(lists: ReadonlyArray<readonly [ListName, ReadonlyArray<number>]>): void {
  const [[firstName, first], ...rest] = lists;
  for (const [name, list] of rest) {
    if (list.length !== first.length) {
      const reason = msg('evaluation.listLengths', { first: firstName, firstLength: first.length, other: name, otherLength: list.length });
      throw new InputError('length-mismatch', reason, `${first.length}/${list.length}`);
    }
  }
  if (first.length === 0) throw new InputError('empty-list', msg('evaluation.emptyLists'), '[]');
}

function checkFinite(name: ListName, list: ReadonlyArray<number>): void {
  const index = list.findIndex((x) => typeof x !== 'number' || !Number.isFinite(x));
  if (index >= 0) {
    const value = describeInput(list[index]);
    throw new InputError('not-finite', msg('evaluation.nonNumericInList', { list: name, position: index + 1, value }), value);
  }
}

/**
 * Indicatore di tempestività dei pagamenti: Σ((payment − due) × amount) / Σ amount, in days; negative = paid early.
 * Dates are Excel serials. Throws InputError on different lengths, empty lists, non-finite values, negative amounts
 * or a zero total amount.
 */
export function paymentDelay(paymentDates: number[], dueDates: number[], amounts: number[]): number {
  checkSameLength([
    ['paymentDates', paymentDates],
    ['dueDates', dueDates],
    ['amounts', amounts],
  ]);
  checkFinite('paymentDates', paymentDates);
  checkFinite('dueDates', dueDates);
  checkFinite('amounts', amounts);
  let weightedDays = 0;
  let total = 0;
  for (let i = 0; i < amounts.length; i++) {
    if (amounts[i] < 0) {
      throw new InputError('negative', msg('evaluation.negativeAmount', { position: i + 1, amount: amounts[i] }), String(amounts[i]));
    }
    weightedDays += (paymentDates[i] - dueDates[i]) * amounts[i];
    total += amounts[i];
  }
  if (total === 0) {
    throw new InputError('zero-total', msg('evaluation.zeroTotalAmount'), '0');
  }
  return weightedDays / total;
}

/** Mean of (to − from) in days, e.g. from the date of a carta contabile to its regularisation. */
export function averageDays(from: number[], to: number[]): number {
  checkSameLength([
    ['startDates', from],
    ['endDates', to],
  ]);
  checkFinite('startDates', from);
  checkFinite('endDates', to);
  let sum = 0;
  for (let i = 0; i < from.length; i++) sum += to[i] - from[i];
  return sum / from.length;
}
