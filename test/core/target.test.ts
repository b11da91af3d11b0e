import { ParseError } from '../../src/core/parse';
import { canonicalTarget, clearTargetCache, parseTarget, targetDirection } from '../../src/core/target';
import type { Direction, Target } from '../../src/core/target';
import { thrownBy } from '../support/thrown';

const cmp = (op: '<' | '<=' | '=' | '>=' | '>', value: number, percent = false, unit?: string): Target =>
  unit === undefined ? { kind: 'comparison', op, value, percent } : { kind: 'comparison', op, value, percent, unit };

describe('parseTarget: the target grammar', () => {
  it.each<[string, Target, string, Direction]>([
    // Targets as written in the 2022 seed.
    ['≤ 0', cmp('<=', 0), '≤ 0', 'lower'],
    ['<75 gg', cmp('<', 75, false, 'gg'), '< 75 gg', 'lower'],
    ['< 60 gg', cmp('<', 60, false, 'gg'), '< 60 gg', 'lower'],
    ['entro il 31/7/2022', { kind: 'deadline', serial: 44773 }, 'entro 31/07/2022', 'deadline'],
    ['100%', cmp('>=', 1, true), '≥ 100%', 'higher'],
    ['>100', cmp('>', 100), '> 100', 'higher'],
    ['>= 8', cmp('>=', 8), '≥ 8', 'higher'],
    ['>= 700', cmp('>=', 700), '≥ 700', 'higher'],
    ['≥ 10', cmp('>=', 10), '≥ 10', 'higher'],
    // The rest of the grammar.
    ['<= 0', cmp('<=', 0), '≤ 0', 'lower'],
    ['=< 5', cmp('<=', 5), '≤ 5', 'lower'],
    ['=> 5', cmp('>=', 5), '≥ 5', 'higher'],
    ['= 100%', cmp('=', 1, true), '= 100%', 'higher'],
    ['= 6', cmp('=', 6), '= 6', 'higher'],
    ['= 0', cmp('=', 0), '= 0', 'lower'],
    ['= -5 gg', cmp('=', -5, false, 'gg'), '= -5 gg', 'lower'],
    ['4200', cmp('>=', 4200), '≥ 4.200', 'higher'],
    ['4200*', cmp('>=', 4200), '≥ 4.200', 'higher'],
    // A known unit closing the sentence is still that unit, so the canonical text reads back the same.
    ['0 euro.', cmp('>=', 0, false, '€'), '≥ 0 €', 'higher'],
    ['< 30 giorni.', cmp('<', 30, false, 'gg'), '< 30 gg', 'lower'],
    ['60%', cmp('>=', 0.6, true), '≥ 60%', 'higher'],
    ['≥ 99,46%', cmp('>=', 0.9946, true), '≥ 99,46%', 'higher'],
    ['<= 49,96', cmp('<=', 49.96), '≤ 49,96', 'lower'],
    ['≥ 1.000 €', cmp('>=', 1000, false, '€'), '≥ 1.000 €', 'higher'],
    ['≥ 4 progetti', cmp('>=', 4, false, 'progetti'), '≥ 4 progetti', 'higher'],
    ['almeno 90%', cmp('>=', 0.9, true), '≥ 90%', 'higher'],
    ['non superiore a 30 giorni', cmp('<=', 30, false, 'gg'), '≤ 30 gg', 'lower'],
    ['entro 5 gg', cmp('<=', 5, false, 'gg'), '≤ 5 gg', 'lower'],
    ['entro 31/07/2022', { kind: 'deadline', serial: 44773 }, 'entro 31/07/2022', 'deadline'],
    ['by 2022-07-31', { kind: 'deadline', serial: 44773 }, 'entro 31/07/2022', 'deadline'],
    ['Entro il 31 luglio 2022', { kind: 'deadline', serial: 44773 }, 'entro 31/07/2022', 'deadline'],
    ['entro dicembre 2022', { kind: 'deadline', serial: 44926 }, 'entro 31/12/2022', 'deadline'],
    ['entro il 2022', { kind: 'deadline', serial: 44926 }, 'entro 31/12/2022', 'deadline'],
    ['creazione del modello entro il 31/7/2022', { kind: 'deadline', serial: 44773 }, 'entro 31/07/2022', 'deadline'],
    ['≤ 31/07/2022', { kind: 'deadline', serial: 44773 }, 'entro 31/07/2022', 'deadline'],
    ['31/07/2022', { kind: 'deadline', serial: 44773 }, 'entro 31/07/2022', 'deadline'],
    ['SI', { kind: 'boolean', expected: true }, 'SI', 'boolean'],
    ['sì', { kind: 'boolean', expected: true }, 'SI', 'boolean'],
    ['yes', { kind: 'boolean', expected: true }, 'SI', 'boolean'],
    ['attivazione', { kind: 'boolean', expected: true }, 'SI', 'boolean'],
    ['attivato', { kind: 'boolean', expected: true }, 'SI', 'boolean'],
    ['attivazione del sistema', { kind: 'boolean', expected: true }, 'SI', 'boolean'],
    ['= SI', { kind: 'boolean', expected: true }, 'SI', 'boolean'],
    ['NO', { kind: 'boolean', expected: false }, 'NO', 'boolean'],
  ])('%j -> canonical %j', (text, expected, canonical, direction) => {
    const target = parseTarget(text);
    expect(target).toEqual(expected);
    expect(canonicalTarget(target)).toBe(canonical);
    expect(targetDirection(target)).toBe(direction);
    expect(parseTarget(canonical)).toEqual(target);
  });

  it.each<[string, string, string]>([
    ['', 'empty', 'Target vuoto'],
    ['   ', 'empty', 'Target vuoto'],
    ['boh', 'invalid-target', 'Target non riconosciuto "boh"'],
    ['>', 'invalid-target', 'manca il valore dopo ">"'],
    ['≥ 3.1296', 'ambiguous-number', 'nel target "≥ 3.1296"'],
    ['entro 31/12', 'invalid-date', "manca l'anno"],
    ['entro settembre', 'invalid-target', 'dopo "entro" serve una data completa'],
    ['8 progetti entro settembre', 'invalid-target', 'Target non riconosciuto "8 progetti entro settembre"'],
    ['entro il 31/02/2022', 'invalid-date', 'Data non valida "31/02/2022"'],
    ['≥ 31/07/2022', 'invalid-target', 'una data si usa come scadenza'],
    ['> SI', 'invalid-target', 'non si applica a SI/NO'],
    ['≥ 112/112', 'invalid-target', 'un rapporto non è un target'],
  ])('%j is rejected (%s)', (text, code, message) => {
    const error = thrownBy(() => parseTarget(text));
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).code).toBe(code);
    expect((error as ParseError).message).toContain(message);
    expect((error as ParseError).input).toBe(text);
  });

  it('caches: a repeated text returns the same frozen object', () => {
    clearTargetCache();
    const first = parseTarget('< 75 gg');
    expect(parseTarget('< 75 gg')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('texts that look alike at both ends and the middle keep their own targets, in any order', () => {
    clearTargetCache();
    // Same length, same first, middle and last character: the cache must still tell them apart.
    for (let round = 0; round < 3; round++) {
      expect(parseTarget('≥ 105')).toEqual(cmp('>=', 105));
      expect(parseTarget('≥ 195')).toEqual(cmp('>=', 195));
      expect(parseTarget('≥ 1,5')).toEqual(cmp('>=', 1.5));
    }
  });

  it('an equal text built anew (as read from a cell) finds the same target', () => {
    clearTargetCache();
    const first = parseTarget('<= 30 giorni');
    const rebuilt = ['<=', '30', 'giorni'].join(' ');
    expect(parseTarget(rebuilt)).toBe(first);
    expect(first).toEqual(cmp('<=', 30, false, 'gg'));
  });

  it('after the cache is cleared a text is read again, to an equal target', () => {
    const before = parseTarget('>= 8');
    clearTargetCache();
    const after = parseTarget('>= 8');
    expect(after).not.toBe(before);
    expect(after).toEqual(cmp('>=', 8));
  });

  it('caches failures too, throwing the same error each time', () => {
    clearTargetCache();
    const first = thrownBy(() => parseTarget('boh'));
    const second = thrownBy(() => parseTarget('boh'));
    expect(first).toBeInstanceOf(ParseError);
    expect(second).toBe(first);
  });
});
