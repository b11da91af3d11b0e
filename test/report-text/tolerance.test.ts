// Real documents are messy: headings in any case, curly quotes, non-breaking spaces, bullets, stray letters, gaps.
import fc from 'fast-check';
import { parseReportText } from '../../src/import/report-text';
import { inItalian, italian } from '../support/italian';

/** A small report in the seed's shape; `body` replaces the sections after the title. */
function objectiveText(heading: string, title: string, body: string): string {
  return `${heading}\n\n${title}\n\n${body}\n`;
}

const FULL_BODY = [
  'Riferimento Obiettivi Piano Performance',
  'Obiettivo operativo C01.02 - GARANTIRE I TEMPI',
  'Azione/Progetto o Nuova/Mantenimento',
  "L'obiettivo è ascrivibile al mantenimento di un servizio",
  'Descrizione',
  'Testo della descrizione.',
  'Benefici/miglioramenti attesi',
  'Tempi certi',
  'Indicatore: numero pratiche evase',
  'Risultati: sono state evase 120 pratiche (il target era >= 100). Valutazione OIV 100/100.',
].join('\n\n');

const issuesOf = (text: string, n: number | null): string[] =>
  parseReportText(text).incomplete.filter((i) => i.objective === n).map((i) => i.field);

describe('parseReportText tolerates real documents', () => {
  it.each([
    ['OBIETTIVO N. 1'],
    ['obiettivo n. 1'],
    ['Obiettivo N° 1'],
    ['OBIETTIVO n.1'],
    ['OBIETTIVO N 1'],
    ['**OBIETTIVO N. 1**'],
    ['Obiettivo 1'],
  ])('heading "%s"', (heading) => {
    const { objectives } = parseReportText(objectiveText(heading, 'TITOLO', FULL_BODY));
    expect(objectives.map((o) => [o.number, o.title])).toEqual([[1, 'TITOLO']]);
    expect(objectives[0].indicators).toEqual([
      expect.objectContaining({ name: 'numero pratiche evase', target: '>= 100', actual: '120' }),
    ]);
  });

  it('a title on the heading line after a dash', () => {
    const { objectives } = parseReportText(objectiveText('Obiettivo n. 2 – TITOLO SULLA RIGA', '', FULL_BODY));
    expect(objectives[0]).toMatchObject({ number: 2, title: 'TITOLO SULLA RIGA' });
  });

  it('"obiettivo n. 3" inside a wrapped sentence is not a heading', () => {
    const body = FULL_BODY.replace('Testo della descrizione.', 'Come previsto\nobiettivo n. 3 del piano, si procede.');
    const { objectives } = parseReportText(objectiveText('OBIETTIVO N. 1', 'TITOLO', body));
    expect(objectives.map((o) => o.number)).toEqual([1]);
    expect(objectives[0].description).toBe('Come previsto obiettivo n. 3 del piano, si procede.');
  });

  it('curly quotes and apostrophes become straight ones', () => {
    const text = objectiveText('OBIETTIVO N. 1', 'TITOLO', FULL_BODY.replace("L'obiettivo", 'L’obiettivo').replace('Tempi certi', '“Tempi” certi'));
    const [objective] = parseReportText(text).objectives;
    expect(objective.kindText).toBe("L'obiettivo è ascrivibile al mantenimento di un servizio");
    expect(objective.benefits).toBe('"Tempi" certi');
  });

  it('non-breaking spaces, tabs and zero-width characters', () => {
    const text = objectiveText('OBIETTIVO\u00A0N.\u00A01', 'TITOLO\u200B', FULL_BODY.replace('OIV 100/100', 'OIV\u00A0100/100').replace('>= 100', '>=\t100'));
    const [objective] = parseReportText(text).objectives;
    expect(objective).toMatchObject({ number: 1, title: 'TITOLO', oiv: { score: 100 } });
    expect(objective.indicators[0].target).toBe('>= 100');
  });

  it('accents written as letter + combining mark (PDF extraction) are composed', () => {
    const text = objectiveText('OBIETTIVO N. 1', 'QUALITA\u0300', FULL_BODY);
    expect(parseReportText(text).objectives[0].title).toBe('QUALITÀ');
  });

  it('bulleted plan references, each code with its text', () => {
    const body = FULL_BODY.replace(
      'Obiettivo operativo C01.02 - GARANTIRE I TEMPI',
      '• Obiettivo di Ente C01 GARANTIRE\n• Obiettivo operativo C01.02 - GARANTIRE I TEMPI\n▪ C01.03: RIDURRE LE ATTESE',
    );
    expect(parseReportText(objectiveText('OBIETTIVO N. 1', 'T', body)).objectives[0].planReferences).toEqual([
      { code: 'C01', text: 'GARANTIRE' },
      { code: 'C01.02', text: 'GARANTIRE I TEMPI' },
      { code: 'C01.03', text: 'RIDURRE LE ATTESE' },
    ]);
  });

  it('plan references run together on one line (PDF paste) are still told apart', () => {
    const body = FULL_BODY.replace('Obiettivo operativo C01.02 - GARANTIRE I TEMPI', 'Obiettivo C01 - GARANTIRE Obiettivo Operativo C01.02 - I TEMPI');
    expect(parseReportText(objectiveText('OBIETTIVO N. 1', 'T', body)).objectives[0].planReferences.map((r) => r.code)).toEqual(['C01', 'C01.02']);
  });

  it('Cyrillic or Greek look-alike letters inside a Latin word are read as Latin, and noted', () => {
    const text = objectiveText('OBIETTIVO N. 1', 'TITOLO', FULL_BODY.replace('Testo della descrizione.', 'Il sistemа è pronto (οk).'));
    const [objective] = parseReportText(text).objectives;
    expect(objective.description).toBe('Il sistema è pronto (ok).');
    expect(objective.notes).toContain('"sistemа"');
  });

  it('labels in capitals and with colons', () => {
    const body = FULL_BODY.replace('Descrizione', 'DESCRIZIONE:').replace('Indicatore:', 'INDICATORE:').replace('Risultati:', 'RISULTATI:');
    const [objective] = parseReportText(objectiveText('OBIETTIVO N. 1', 'TITOLO', body)).objectives;
    expect(objective.description).toBe('Testo della descrizione.');
    expect(objective.indicators[0]).toMatchObject({ target: '>= 100', actual: '120' });
  });

  it('an OIV score in its own section', () => {
    const body = FULL_BODY.replace(' Valutazione OIV 100/100.', '') + '\n\nValutazione OIV: 95/100';
    expect(parseReportText(objectiveText('OBIETTIVO N. 1', 'TITOLO', body)).objectives[0].oiv).toEqual({ score: 95, text: 'Valutazione OIV: 95/100' });
  });
});

describe('target/result pairs in the phrasings reports use', () => {
  it.each([
    ['sono state evase 120 pratiche (il target era >= 100)', '>= 100', '120'],
    ['Il risultato è stato 49,96 gg a fronte di un target < 75 gg.', '< 75 gg', '49,96'],
    ['Target: ≥ 90%. Risultato: 95%.', '≥ 90%', '95%'],
    ['Risultato conseguito: 12 pratiche (target 10).', '10', '12'],
    ['Il target era ≥ 5 corsi; sono stati realizzati 7 corsi.', '≥ 5', '7'],
    ['Sono stati organizzati 3 incontri a fronte di un target di 4.', '4', '3'],
    ['Il valore raggiunto è pari a 80% (target ≥ 75%).', '≥ 75%', '80%'],
    ['con target ≤ 0. Obiettivo raggiunto (ritardo medio -8,75).', '≤ 0', '-8,75'],
  ])('"%s" -> target %s, result %s', (results, target, actual) => {
    const body = FULL_BODY.replace(/Risultati:.*/, `Risultati: ${results}`);
    expect(parseReportText(objectiveText('OBIETTIVO N. 1', 'TITOLO', body)).objectives[0].indicators).toEqual([
      expect.objectContaining({ name: 'numero pratiche evase', target, actual }),
    ]);
  });
});

describe('what the text does not say is listed, never invented', () => {
  it('empty text: no objectives, one message for the whole file', () => {
    const result = parseReportText('');
    expect(result.objectives).toEqual([]);
    expect(inItalian(result.incomplete)).toEqual([{ objective: null, field: 'objectives', message: expect.stringMatching(/Nessun obiettivo trovato/) }]);
  });

  it('text without objective headings', () => {
    expect(parseReportText('Relazione sulla Performance 2022\n\nSolo testo libero.').incomplete.map((i) => i.field)).toEqual(['objectives']);
  });

  it('a heading with nothing after it: every missing part is listed', () => {
    const result = parseReportText('OBIETTIVO N. 4\n');
    expect(result.objectives).toEqual([{ number: 4, title: '', planReferences: [], indicators: [{ name: 'Indicatore', target: '' }] }]);
    expect(issuesOf('OBIETTIVO N. 4\n', 4)).toEqual([
      'title', 'planReferences', 'kind', 'description', 'benefits', 'indicators', 'indicators[0].target', 'indicators[0].actual',
    ]);
  });

  it('a stated target without a result keeps the target and lists the result', () => {
    const body = FULL_BODY.replace('sono state evase 120 pratiche (il target era >= 100)', 'il target era >= 100 pratiche');
    const [objective] = parseReportText(objectiveText('OBIETTIVO N. 1', 'TITOLO', body)).objectives;
    expect(objective.indicators).toEqual([expect.objectContaining({ target: '>= 100' })]);
    expect(objective.indicators[0].actual).toBeUndefined();
    expect(issuesOf(objectiveText('OBIETTIVO N. 1', 'TITOLO', body), 1)).toEqual(['indicators[0].actual']);
  });

  it('a result the parser cannot read is kept as written and flagged with the reason', () => {
    const body = FULL_BODY.replace('sono state evase 120 pratiche', 'sono state evase 1.2345 pratiche');
    const result = parseReportText(objectiveText('OBIETTIVO N. 1', 'TITOLO', body));
    expect(result.objectives[0].indicators[0].actual).toBe('1.2345');
    expect(inItalian(result.incomplete)).toEqual([
      { objective: 1, field: 'indicators[0].actual', message: expect.stringMatching(/risultato "1\.2345" lasciato come scritto ma non leggibile: .*"1\.2345"/) },
    ]);
  });

  it('a ratio that contradicts the stated percentage is flagged', () => {
    const body = FULL_BODY.replace(/Indicatore:.*\n\nRisultati:.*/, 'Indicatore: rapporti\n\nRisultati: pratiche evase su ricevute: 100% (risultato 100%, 90/120)');
    const result = parseReportText(objectiveText('OBIETTIVO N. 1', 'TITOLO', body));
    expect(result.objectives[0].indicators).toEqual([expect.objectContaining({ name: 'pratiche evase su ricevute', target: '100%', actual: '90/120' })]);
    expect(result.incomplete.map((i) => italian(i.message))).toEqual([expect.stringMatching(/il rapporto "90\/120" non corrisponde al risultato dichiarato "100%"/)]);
  });

  it.each([
    ['Obiettivo non raggiunto.', 'Non raggiunto'],
    ["L'obiettivo è stato parzialmente raggiunto.", 'Parzialmente raggiunto'],
    ['Obiettivo pienamente raggiunto.', 'Raggiunto'],
    ['Il piano è stato rispettato in pieno.', 'Raggiunto'],
  ])('"%s" is the stated verdict %s, kept in its words with no score invented', (sentence, status) => {
    const body = FULL_BODY.replace('Valutazione OIV 100/100.', sentence);
    const result = parseReportText(objectiveText('OBIETTIVO N. 1', 'TITOLO', body));
    expect(result.objectives[0].statedVerdict).toEqual({ status, text: sentence });
    expect(result.objectives[0].oiv).toBeUndefined();
    expect(result.incomplete).toEqual([]);
  });

  it('"target raggiunto" and "un target non raggiunto su tre" are not verdicts on the objective', () => {
    for (const sentence of ['Il target raggiunto al 100%.', 'Resta un target non raggiunto su tre.']) {
      const body = FULL_BODY.replace('Valutazione OIV 100/100.', sentence);
      expect(parseReportText(objectiveText('OBIETTIVO N. 1', 'TITOLO', body)).objectives[0].statedVerdict).toBeUndefined();
    }
  });

  it('a postponed objective is neutralised and its missing results are not asked for', () => {
    const body = FULL_BODY.replace(/Risultati:.*/, 'Risultati: la fase è stata rinviata al 2024 per decisione della Giunta.');
    const result = parseReportText(objectiveText('OBIETTIVO N. 1', 'TITOLO', body));
    expect(result.objectives[0].neutralisation).toEqual({ reason: 'la fase è stata rinviata al 2024 per decisione della Giunta.' });
    expect(result.incomplete).toEqual([]);
  });

  it('a deadline without a year, in a text that does not state the report year, is listed', () => {
    const body = FULL_BODY.replace(/Indicatore:.*\n\nRisultati:.*/, 'Indicatore: attivazione del servizio (OPERATIVITA\' ENTRO 31/12)\n\nRisultati: il servizio è operativo.');
    const result = parseReportText(objectiveText('OBIETTIVO N. 1', 'TITOLO', body));
    expect(result.objectives[0].indicators[0]).toMatchObject({ target: '' });
    expect(inItalian(result.incomplete)[0]).toMatchObject({ field: 'indicators[0].target', message: expect.stringMatching(/"OPERATIVITA' ENTRO 31\/12" non indica l'anno/) });
  });

  it('the same deadline is completed with the year of "Relazione sulla Performance 2023"', () => {
    const body = FULL_BODY.replace(/Indicatore:.*\n\nRisultati:.*/, "Indicatore: attivazione del servizio (OPERATIVITA' ENTRO 31/12)\n\nRisultati: il servizio è operativo dal 15/11/2023.");
    const result = parseReportText(`Relazione sulla Performance 2023\n\n${objectiveText('OBIETTIVO N. 1', 'TITOLO', body)}`);
    expect(result.year).toBe(2023);
    expect(result.objectives[0].indicators[0]).toMatchObject({ name: 'attivazione del servizio', target: 'entro 31/12/2023', actual: '15/11/2023' });
  });

  it('a repeated objective number is listed', () => {
    const text = objectiveText('OBIETTIVO N. 1', 'UNO', FULL_BODY) + objectiveText('OBIETTIVO N. 1', 'DUE', FULL_BODY);
    const result = parseReportText(text);
    expect(result.objectives.map((o) => o.title)).toEqual(['UNO', 'DUE']);
    expect(inItalian(result.incomplete)).toEqual([{ objective: 1, field: 'number', message: expect.stringMatching(/ripete il numero 1/) }]);
  });

  it('never throws, whatever the input', () => {
    for (const text of ['\u0000', ')))(((', 'OBIETTIVO N. 9999999', 'Indicatore:\nRisultati:', '(il target era >= )', 'x'.repeat(10000)]) {
      expect(() => parseReportText(text)).not.toThrow();
    }
    expect(() => parseReportText(undefined as unknown as string)).not.toThrow();
  });
});

describe('parseReportText on arbitrary input', () => {
  const seedLines = FULL_BODY.split('\n');

  it('never throws and always answers with lists, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const result = parseReportText(text);
        return Array.isArray(result.objectives) && Array.isArray(result.incomplete);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on report-shaped text with lines shuffled, dropped and garbled', () => {
    const line = fc.oneof(fc.constantFrom(...seedLines, 'OBIETTIVO N. 2', '', '(il target era'), fc.string({ maxLength: 40 }));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (lines) => {
        const result = parseReportText(['OBIETTIVO N. 1', ...lines].join('\n'));
        return result.objectives.length >= 1 && result.objectives.every((o) => Array.isArray(o.indicators) && o.indicators.length >= 1);
      }),
      { numRuns: 300 },
    );
  });
});
