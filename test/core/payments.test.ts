import { InputError } from '../../src/core/errors';
import { toExcelSerial } from '../../src/core/parse';
import { averageDays, paymentDelay } from '../../src/core/payments';

const d = (text: string): number => {
  const [day, month, year] = text.split('/').map(Number);
  return toExcelSerial(year, month, day);
};

describe('paymentDelay (ITP, DPCM 22/9/2014 art. 9)', () => {
  it('weights each delay by the invoice amount; negative means early', () => {
    // 10 days late on 1.000 €, 10 days early on 3.000 €: (10×1000 − 10×3000) / 4000 = −5.
    expect(paymentDelay([d('11/03/2022'), d('19/02/2022')], [d('01/03/2022'), d('01/03/2022')], [1000, 3000])).toBe(-5);
  });

  it('ten invoices', () => {
    const due = Array.from({ length: 10 }, (_, i) => d('31/01/2022') + 30 * i);
    const delays = [-10, -5, 0, 3, -20, 12, -1, -8, 0, -15];
    const amounts = [1200, 350.5, 9800, 420, 15000, 760, 2300, 5100, 80, 6400];
    const paid = due.map((day, i) => day + delays[i]);
    const expected = delays.reduce((s, x, i) => s + x * amounts[i], 0) / amounts.reduce((s, x) => s + x, 0);
    expect(paymentDelay(paid, due, amounts)).toBeCloseTo(expected, 12);
    expect(paymentDelay(paid, due, amounts)).toBeLessThan(0);
  });

  it.each<[string, number[], number[], number[], string]>([
    ['length mismatch', [1, 2], [1], [1, 1], 'Liste di lunghezza diversa: date di pagamento 2, date di scadenza 1'],
    ['empty lists', [], [], [], 'le liste sono vuote'],
    ['zero total', [2], [1], [0], 'Totale degli importi pari a zero'],
    ['non-finite date', [Number.NaN], [1], [1], 'Valore non numerico in date di pagamento, posizione 1'],
    ['negative amount', [2, 3], [1, 1], [10, -5], 'Importo negativo in posizione 2'],
  ])('%s throws InputError', (_label, paid, due, amounts, message) => {
    expect(() => paymentDelay(paid, due, amounts)).toThrow(InputError);
    expect(() => paymentDelay(paid, due, amounts)).toThrow(message);
  });
});

describe('averageDays', () => {
  it('mean of the differences (regularisation of carte contabili)', () => {
    expect(averageDays([d('01/03/2022'), d('10/03/2022')], [d('31/03/2022'), d('20/03/2022')])).toBe(20);
  });

  it('rejects mismatched and empty lists', () => {
    expect(() => averageDays([1, 2], [3])).toThrow(InputError);
    expect(() => averageDays([], [])).toThrow(InputError);
  });
});
