import { MAX_SHEET_NAME_LENGTH, sanitizeSheetName, sheetNameProblem, uniqueSheetName } from '../../src/workbook/naming';
import { decodeTag, encodeTag, tagFromName, tagKey } from '../../src/workbook/tags';

describe('sheet names', () => {
  it.each([
    ['Obiettivo 5', null],
    ['', 'Il nome del foglio è vuoto'],
    ['a'.repeat(32), 'supera 31 caratteri'],
    ['Q1/Q2', 'caratteri non ammessi: /'],
    ["'Riepilogo", 'apostrofo'],
    ['History', 'riservato'],
  ])('%j -> %j', (name, problem) => {
    const found = sheetNameProblem(name);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });

  it('replaces forbidden characters and cuts at 31 characters', () => {
    expect(sanitizeSheetName('Obiettivo [5]: tempi/pagamenti?')).toBe('Obiettivo -5-- tempi-pagamenti-');
    const long = sanitizeSheetName('RAZIONALIZZAZIONE PATRIMONIO IMMOBILIARE DELL’ENTE');
    expect(long.length).toBeLessThanOrEqual(MAX_SHEET_NAME_LENGTH);
    expect(sheetNameProblem(long)).toBeNull();
  });

  it('gives a numbered suffix on a clash, ignoring case, and never returns a taken name', () => {
    expect(uniqueSheetName('Riepilogo', ['riepilogo'])).toBe('Riepilogo (2)');
    expect(uniqueSheetName('Riepilogo', ['Riepilogo', 'RIEPILOGO (2)'])).toBe('Riepilogo (3)');
    const base = 'x'.repeat(31);
    const unique = uniqueSheetName(base, [base]);
    expect(unique).toBe(`${'x'.repeat(27)} (2)`);
    expect(unique.length).toBe(31);
  });
});

describe('tags', () => {
  it('round-trips through the custom property text', () => {
    for (const tag of [{ kind: 'objective', number: 7 }, { kind: 'summary' }, { kind: 'settings' }] as const) {
      expect(decodeTag(encodeTag(tag))).toEqual(tag);
    }
  });

  it.each(['', 'not json', '{"kind":"objective"}', '{"kind":"objective","number":0}', '{"kind":"other"}', '42'])(
    'rejects %j',
    (text) => expect(decodeTag(text)).toBeNull(),
  );

  it('recognises the named items that tag a sheet', () => {
    expect(tagFromName('TRG_OBJ12_DEGREE')).toEqual({ kind: 'objective', number: 12 });
    expect(tagFromName('TRG_SUMMARY')).toEqual({ kind: 'summary' });
    expect(tagFromName('Budget2022')).toBeNull();
    expect(tagKey({ kind: 'objective', number: 3 })).toBe('objective:3');
  });
});
