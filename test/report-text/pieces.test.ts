// The small readers the text import is made of, on the phrasings Italian reports use.
import { readKind } from '../../src/import/report-text/kind';
import { readDeadline, statedDates } from '../../src/import/report-text/italian-dates';
import { readIndicatorPhrases } from '../../src/import/report-text/indicator-phrases';
import { fixMixedScripts } from '../../src/import/report-text/normalize';

describe('readDeadline: the words after "entro"', () => {
  it.each([
    ['il 31/7/2022', 2022, 'entro 31/07/2022'],
    ['31/12', 2022, 'entro 31/12/2022'],
    ['SETTEMBRE', 2022, 'entro 30/09/2022'],
    ['fine febbraio 2024', 2022, 'entro 29/02/2024'],
    ['il 15 marzo', 2023, 'entro 15/03/2023'],
    ['fine anno', 2022, 'entro 31/12/2022'],
  ])('"%s" (report year %i) -> %s', (words, year, target) => {
    expect(readDeadline(words, year)).toMatchObject({ target });
  });

  it('a date without a year and no report year: says the year is missing', () => {
    expect(readDeadline('31/12', undefined)).toEqual({ missingYear: '31/12' });
  });

  it.each(['5 gg', 'il 31/02/2022', 'breve'])('"%s" is not a date', (words) => {
    expect(readDeadline(words, 2022)).toBeNull();
  });
});

describe('statedDates: when prose says something happened', () => {
  it.each([
    ['il modello è stato definito nel mese di luglio 2022', '31/07/2022', false],
    ["Nell'ultimo trimestre dell'anno è stato messo a punto il sistema", '31/12/2022', false],
    ['approvato nel primo semestre', '30/06/2022', false],
    ['pubblicato il 15/03/2022', '15/03/2022', true],
    ['firmato il 3 maggio 2022', '03/05/2022', true],
  ])('"%s" -> %s', (sentence, date, exact) => {
    expect(statedDates(sentence, 2022)).toEqual([expect.objectContaining({ date, exact })]);
  });

  it('a bare year is not a date: "(annualità 2022)"', () => {
    expect(statedDates('i 4 progetti finanziati (annualità 2022)', 2022)).toEqual([]);
  });
});

describe('readKind: "Azione/Progetto o Nuova/Mantenimento"', () => {
  it.each([
    ["L'obiettivo è ascrivibile al mantenimento/prosecuzione di un'azione straordinaria", 'mantenimento'],
    ['mantenimento di un nuovo servizio recentemente attivato', 'mantenimento'],
    ["un'azione straordinaria volta all'efficacia", 'straordinario'],
    ["all'attivazione di un nuovo servizio.", 'nuovo'],
    ["un'azione per l'incremento dell'efficienza", 'nuovo'],
    ['Progetto', undefined],
  ])('"%s" -> %s', (text, kind) => {
    expect(readKind(text)).toBe(kind);
  });
});

describe('readIndicatorPhrases: one phrase per indicator, with the targets it states', () => {
  it('splits lists, but not "rapporto tra A e B"', () => {
    expect(readIndicatorPhrases('n. eventi, n. assessment della maturità digitale; capacità di coinvolgimento', 2022).map((p) => p.written))
      .toEqual(['n. eventi', 'n. assessment della maturità digitale', 'capacità di coinvolgimento']);
    expect(readIndicatorPhrases('rapporto tra procedimenti attivati e proc. attivabili', 2022).map((p) => p.written))
      .toEqual(['rapporto tra procedimenti attivati e proc. attivabili']);
  });

  it('a compound target in parentheses gives one target per part', () => {
    const [phrase] = readIndicatorPhrases("attivazione del nuovo sistema (OPERATIVITA' ENTRO SETTEMBRE CON 8 PROGETTI GESTITI)", 2022);
    expect(phrase.name).toBe('attivazione del nuovo sistema');
    expect(phrase.ownTargets.map((t) => [t.kind, t.part, t.target])).toEqual([
      ['deadline', 'operatività', 'entro 30/09/2022'],
      ['count', 'progetti gestiti', '>= 8'],
    ]);
  });

  it('an action to complete is a yes/no target', () => {
    expect(readIndicatorPhrases('attivazione dello sportello', 2022)[0].ownTargets).toEqual([
      expect.objectContaining({ kind: 'done', target: 'SI', participle: 'attivat' }),
    ]);
  });
});

describe('fixMixedScripts', () => {
  it('transliterates typed Cyrillic, keeps look-alikes as the Latin letter they show, leaves whole foreign words alone', () => {
    expect(fixMixedScripts('tesoriери sistemа Москва').text).toBe('tesorieri sistema Москва');
  });
});
