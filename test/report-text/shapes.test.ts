// Other bodies' shapes, read where they are what they seem and left alone where they are prose: numbered lists,
// area words inside a description, scores of something else, tables of something else.
import { parseReportText } from '../../src/import/report-text';

const block = (heading: string, body: string): string => `${heading}\n\nRiferimento Obiettivi Piano Performance\n\nA01 - PIANO\n\n${body}\n`;
const objective = (heading: string, body: string): string => `Relazione sulla Performance 2023\n\n${block(heading, body)}`;

describe('report shapes', () => {
  it('a numbered list in the results does not open objectives', () => {
    const text = objective('1. Primo obiettivo', 'Indicatore: attivazione del servizio\n\nRisultati: le fasi sono state:\n\n2. analisi dei bisogni\n\n3. avvio del servizio\n\nObiettivo raggiunto.');
    const { objectives } = parseReportText(text);
    expect(objectives.map((o) => [o.number, o.title])).toEqual([[1, 'Primo obiettivo']]);
    expect(objectives[0].statedVerdict?.status).toBe('Raggiunto');
  });

  it('an "Area …" line inside a description is text, not the area of the next objective', () => {
    const text = objective('OBIETTIVO N. 1', 'Descrizione\n\nArea interessata dal progetto: centro storico\n\nIndicatore: apertura entro il 30/06\n\nRisultati: aperto il 20/06/2023.');
    const [read] = parseReportText(text).objectives;
    expect(read.area).toBeUndefined();
    expect(read.description).toContain('Area interessata');
  });

  it('areas nest: a new area drops the manager of the previous one', () => {
    const text = [
      'Relazione sulla Performance 2023', 'Area Servizi', 'Dirigente: Dott. Rossi', block('OBIETTIVO N. 1', 'Indicatore: x'),
      'Area Tecnica', block('OBIETTIVO N. 2', 'Indicatore: y'),
    ].join('\n\n');
    expect(parseReportText(text).objectives.map((o) => o.area)).toEqual(['Area Servizi – Dirigente: Dott. Rossi', 'Area Tecnica']);
  });

  it('a score of something else is not the objective\'s score', () => {
    const text = objective('OBIETTIVO N. 1', 'Indicatore: gradimento del servizio\n\nRisultati: punteggio 4,5 su 5 nel questionario di gradimento. Obiettivo raggiunto.');
    expect(parseReportText(text).objectives[0].oiv).toBeUndefined();
  });

  it('a table without an Indicatore column is not read as indicators', () => {
    const text = objective('OBIETTIVO N. 1', 'Indicatore: pratiche evase (target ≥ 100)\n\n| Mese | Pratiche |\n|---|---|\n| gennaio | 40 |\n\nRisultati: sono state evase 120 pratiche.');
    expect(parseReportText(text).objectives[0].indicators).toEqual([expect.objectContaining({ name: 'pratiche evase', target: '≥ 100', actual: '120' })]);
  });

  it('"raggiunto al 100%" is achieved, "raggiunto al 90%" partial: the report\'s own share, never a score', () => {
    const read = (verdict: string) => parseReportText(objective('OBIETTIVO N. 1', `Indicatore: x\n\nRisultati: ${verdict}`)).objectives[0];
    expect(read('Obiettivo raggiunto al 100%.').statedVerdict?.status).toBe('Raggiunto');
    expect(read('Raggiunto al 90%.').statedVerdict?.status).toBe('Parzialmente raggiunto');
    expect(read('Raggiunto al 90%.').oiv).toBeUndefined();
  });

  it('a cell that says nothing was measured leaves the result to complete, named', () => {
    const text = objective('OBIETTIVO N. 1', '| Indicatore | Target | Risultato |\n|---|---|---|\n| Utenti serviti | ≥ 500 | n.d. |\n\nObiettivo raggiunto.');
    const result = parseReportText(text);
    expect(result.objectives[0].indicators).toEqual([{ name: 'Utenti serviti', target: '≥ 500' }]);
    expect(result.incomplete.map((issue) => issue.field)).toContain('indicators[0].actual');
  });
});
