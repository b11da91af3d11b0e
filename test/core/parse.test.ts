import { renderMessage } from '../../src/core/messages';
import { ParseError, fromExcelSerial, formatDateIt, parseNumber, parseValue, toExcelSerial } from '../../src/core/parse';
import type { Value } from '../../src/core/parse';
import { thrownBy } from '../support/thrown';

const num = (value: number, percent = false): Value => ({ kind: 'number', value, percent });
const ratio = (numerator: number, denominator: number): Value => ({ kind: 'ratio', numerator, denominator, value: numerator / denominator });
const date = (serial: number): Value => ({ kind: 'date', serial });
const bool = (value: boolean): Value => ({ kind: 'boolean', value });

describe('parseValue: what analysts type in a Risultato cell', () => {
  it.each<[string, unknown, Value]>([
    ['Italian decimal comma', '49,96', num(49.96)],
    ['English decimal dot', '53.1', num(53.1)],
    ['dot before 3 digits groups thousands', '3.196', num(3196)],
    ['seed obj 9 participants', '1.134', num(1134)],
    ['negative Italian', '-8,75', num(-8.75)],
    ['typographic minus', '−8,75', num(-8.75)],
    ['plain integer', '194', num(194)],
    ['Italian thousands and decimals', '1.234,5', num(1234.5)],
    ['English thousands and decimals', '1,234.5', num(1234.5)],
    ['several dot groups', '1.234.567', num(1234567)],
    ['several comma groups', '1,234,567', num(1234567)],
    ['leading zero dot is decimal', '0.125', num(0.125)],
    ['4-digit integer then dot is decimal', '1234.5678', num(1234.5678)],
    ['bare decimal comma', ',5', num(0.5)],
    ['space thousands', '1 234', num(1234)],
    ['non-breaking space thousands', '1\u00A0234,5', num(1234.5)],
    ['percent', '100%', num(1, true)],
    ['percent with decimals is an exact fraction', '99,46%', num(0.9946, true)],
    ['percent with space', '60 %', num(0.6, true)],
    ['ratio', '112/112', ratio(112, 112)],
    ['ratio with spaces', '39 / 45', ratio(39, 45)],
    ['ratio of thousands', '1.958/1.958', ratio(1958, 1958)],
    ['ratio zero of thirty', '0/30', ratio(0, 30)],
    ['date d/m/yyyy', '31/7/2022', date(44773)],
    ['date dd/mm/yyyy', '31/07/2022', date(44773)],
    ['ISO date', '2022-07-31', date(44773)],
    ['date with dots', '31.07.2022', date(44773)],
    ['two-digit year as Excel reads it', '31/07/22', date(44773)],
    ['date with month name', '31 luglio 2022', date(44773)],
    ['month and year means its last day', 'luglio 2022', date(44773)],
    ['SI', 'SI', bool(true)],
    ['sì', 'sì', bool(true)],
    ['si', 'si', bool(true)],
    ['yes', 'yes', bool(true)],
    ['TRUE', 'TRUE', bool(true)],
    ['VERO', 'VERO', bool(true)],
    ['NO', 'NO', bool(false)],
    ['no', 'no', bool(false)],
    ['FALSE', 'FALSE', bool(false)],
    ['FALSO', 'FALSO', bool(false)],
    ['days unit gg', '75 gg', num(75)],
    ['days unit giorni', '49,96 giorni', num(49.96)],
    ['days unit days', '12 days', num(12)],
    ['euro sign after', '1.200 €', num(1200)],
    ['euro sign before', '€ 1.200,50', num(1200.5)],
    ['euro word', '300 euro', num(300)],
    ['counted thing', '12 risposte', num(12)],
    ['n. prefix', 'n. 4', num(4)],
    ['footnote star', '4200*', num(4200)],
    ['footnote double star', '4200 **', num(4200)],
    ['footnote superscript', '23¹', num(23)],
    ['number passes', 49.96, num(49.96)],
    ['negative zero is zero', '-0', num(0)],
    ['boolean passes', true, bool(true)],
  ])('%s: %j', (_label, input, expected) => {
    expect(parseValue(input as string)).toEqual(expected);
  });

  it.each([undefined, null, '', '   ', '\u00A0', 'n.v.', 'n.d.', '-', 'N.D.'])('blank or "no result yet" %j -> null', (input) => {
    expect(parseValue(input)).toBeNull();
  });

  it.each<[string, string, string]>([
    ['1.234,5.6', 'ambiguous-number', 'Numero ambiguo "1.234,5.6"'],
    ['3.1296', 'ambiguous-number', 'Numero ambiguo "3.1296": un gruppo di migliaia ha 4 cifre'],
    ['3.1296/3.196', 'ambiguous-number', 'nel rapporto "3.1296/3.196"'],
    ['1.23.456', 'ambiguous-number', 'un gruppo di migliaia ha 2 cifre'],
    ['1 23', 'ambiguous-number', 'Numero ambiguo "1 23"'],
    ['12,', 'invalid-number', 'Numero non valido "12,"'],
    ['0/0', 'zero-denominator', 'Rapporto "0/0" con denominatore zero'],
    ['5/0', 'zero-denominator', 'denominatore zero'],
    ['50%/3', 'invalid-ratio', 'Rapporto non valido "50%/3"'],
    ['31/02/2022', 'invalid-date', 'Data non valida "31/02/2022"'],
    ['2022-13-01', 'invalid-date', 'Data non valida "2022-13-01"'],
    ['abc', 'unrecognised-value', 'Valore non riconosciuto "abc"'],
    ['12 settembre', 'unrecognised-value', 'Valore non riconosciuto "12 settembre"'],
    ['*', 'unrecognised-value', 'Valore non riconosciuto "*"'],
  ])('%j is rejected (%s) with a message naming it', (input, code, message) => {
    const error = thrownBy(() => parseValue(input));
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).code).toBe(code);
    expect((error as ParseError).message).toContain(message);
    expect(renderMessage((error as ParseError).reason, 'en')).toContain(input);
    expect((error as ParseError).input).toContain(input);
  });

  it('has the English message too', () => {
    const error = thrownBy(() => parseValue('3.1296')) as ParseError;
    expect(renderMessage(error.reason, 'en')).toBe('Ambiguous number "3.1296": a thousands group has 4 digits');
  });

  it('rejects non-finite numbers', () => {
    expect(() => parseValue(Number.NaN)).toThrow(ParseError);
    expect(() => parseValue(Infinity)).toThrow(ParseError);
  });
});

describe('parseNumber', () => {
  it.each<[string, number]>([
    ['49,96', 49.96],
    ['3.196', 3196],
    ['-8,75', -8.75],
    ['75 gg', 75],
    ['50%', 0.5],
    ['1e3', 1000],
  ])('%j -> %p', (text, expected) => expect(parseNumber(text)).toBe(expected));

  it.each(['112/112', '31/07/2022', 'SI', '', 'abc', '3.1296'])('%j throws ParseError', (text) => {
    expect(() => parseNumber(text)).toThrow(ParseError);
  });
});

describe('Excel serial dates (1900 system with the leap-year bug)', () => {
  it.each<[number, number, number, number]>([
    [1900, 1, 1, 1],
    [1900, 2, 28, 59],
    [1900, 2, 29, 60],
    [1900, 3, 1, 61],
    [2022, 7, 31, 44773],
    [2022, 12, 31, 44926],
    [2000, 2, 29, 36585],
    [9999, 12, 31, 2958465],
  ])('%i-%i-%i is serial %i and back', (year, month, day, serial) => {
    expect(toExcelSerial(year, month, day)).toBe(serial);
    expect(fromExcelSerial(serial)).toEqual({ year, month, day });
  });

  it('ignores the time of day', () => expect(fromExcelSerial(44773.75)).toEqual({ year: 2022, month: 7, day: 31 }));

  it.each<[number, number, number]>([
    [2022, 2, 29],
    [1899, 12, 31],
    [2022, 0, 1],
    [2022, 1, 32],
    [2022.5, 1, 1],
  ])('%i-%i-%i is not a valid date', (year, month, day) => {
    expect(() => toExcelSerial(year, month, day)).toThrow(expect.objectContaining({ code: 'invalid-date' }));
  });

  it.each([0, -1, 2958466, Number.NaN])('serial %p is out of range', (serial) => {
    expect(() => fromExcelSerial(serial)).toThrow(ParseError);
  });

  it('formats as Italians write dates', () => {
    expect(formatDateIt(44773)).toBe('31/07/2022');
    expect(formatDateIt(1)).toBe('01/01/1900');
  });
});
