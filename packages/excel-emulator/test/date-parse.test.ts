// The typed-text date parser the emulator gives HyperFormula answers as HyperFormula's own for every text: it only
// declines early the texts whose first character no date or time can start with.
import { HyperFormula } from 'hyperformula';
import { EXCEL_LIKE_CONFIG } from '../src/excel-like-config';

const TEXTS = [
  '31/07/2022', ' 31/07/2022 ', '31/7/22', '2022-07-31', '12:30', '12:30 pm', '1/2', '.5', '-3', '- 3', ':30', '/1/2022',
  'entro 31/07/2022', "'31/07/2022", 'SI', '', '   ', '\t31/07/2022', '31.07.2022', 'a', 'Obiettivo 1', '€ 5', '５/07/2022',
];
const FORMATS: Array<[string, string | undefined]> = [['DD/MM/YYYY', undefined], ['DD/MM/YY', 'hh:mm'], ['YYYY-MM-DD', 'hh:mm:ss.sss'], ['DD/MM/YYYY', 'hh:mm']];

describe('the typed-text date parser', () => {
  const ours = EXCEL_LIKE_CONFIG.parseDateTime!;
  const theirs = HyperFormula.defaultConfig.parseDateTime;

  it('gives what HyperFormula\'s default gives, for dates, times and texts that are neither', () => {
    for (const text of TEXTS) for (const [date, time] of FORMATS) expect([text, ours(text, date, time)]).toEqual([text, theirs(text, date, time)]);
  });

  it('gives the same for random texts of date characters, letters and spaces', () => {
    const alphabet = '0123456789/.:- apmAPMx\t';
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 12) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      const [date, time] = FORMATS[n % FORMATS.length];
      expect([text, ours(text, date, time)]).toEqual([text, theirs(text, date, time)]);
    }
  });

  it('keeps a typed date a number and "entro 31/07/2022" text in the engine', () => {
    const hf = HyperFormula.buildFromArray([['31/07/2022', 'entro 31/07/2022', "'31/07/2022"]], EXCEL_LIKE_CONFIG);
    expect(hf.getSheetValues(0)).toEqual([[44773, 'entro 31/07/2022', '31/07/2022']]);
  });
});
