// Traguardo reads what it writes: the 2022 example built into sheets, written as the Relazione (.docx), its text
// extracted with mammoth and imported with Traguardo's own report-text import gives back the same objectives.
//
// What the text import does not give back, by design of the document's wording (see src/report-doc/indicator-wording):
// - a revision comes back as the target in force (the revised one), not as original + revision: the original and the
//   reason are in the indicator table, which the import reads as words;
// - an indicator whose name holds ": " and whose target is in the list form comes back with the name after the colon;
// - targets come back in canonical form ("entro 31/07/2022" for "entro il 31/7/2022", "≥ 100%" for "100%"): the
//   same target, which is what is compared.
import { evaluateObjective } from '../../src/core/aggregate';
import { renderMessage } from '../../src/core/messages';
import type { Indicator, Objective, Report } from '../../src/core/model';
import { parseTarget } from '../../src/core/target';
import { parseReportText, type ReportTextResult } from '../../src/import/report-text';
import { relazioneDocument } from '../../src/report-doc/relazione';
import { relazioneDocxBytes } from '../../src/report-doc/render-docx';
import { docxText, example2022, workbookSource } from './workbook-source';

async function roundTrip(report: Report): Promise<{ text: string; parsed: ReportTextResult }> {
  const { source } = await workbookSource(report);
  const text = await docxText(await relazioneDocxBytes(relazioneDocument(source, 'it')));
  return { text, parsed: parseReportText(text) };
}

const inForce = (indicator: Indicator) => parseTarget(indicator.revision?.revised ?? indicator.target);
const result = (indicator: Indicator) => (indicator.actual === undefined ? null : String(indicator.actual).trim());

/** What the document says of an objective, as the import reads it: the things compared. */
function said(objective: Objective, report: Report) {
  return {
    number: objective.number,
    planCodes: objective.planReferences.map((reference) => reference.code),
    targets: objective.indicators.map(inForce),
    results: objective.indicators.map(result),
    oiv: objective.oiv?.score ?? null,
    statedVerdict: objective.statedVerdict?.status ?? null,
    neutralised: objective.neutralisation !== undefined,
    outcome: evaluateObjective(objective, report.cutoffs).status,
  };
}

describe('the 2022 Relazione written as .docx and read back with the text import', () => {
  const report = example2022();
  let trip: { text: string; parsed: ReportTextResult };
  beforeAll(async () => {
    trip = await roundTrip(report);
  }, 60_000);

  it('gives the same 11 objectives, in order, with the report year', () => {
    expect(trip.parsed.objectives.map((objective) => objective.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(trip.parsed.year).toBe(2022);
  });

  it.each(report.objectives.map((objective) => [objective.number, objective] as const))(
    'objective %s: same plan codes, targets, results, OIV score, verdicts and outcome',
    (number, objective) => {
      const imported = trip.parsed.objectives.find((candidate) => candidate.number === number);
      expect(imported).toBeDefined();
      expect(said(imported!, report)).toEqual(said(objective, report));
    },
  );

  it('gives the titles and the indicator names (a list-form name with ": " keeps what follows the colon)', () => {
    for (const objective of report.objectives) {
      const imported = trip.parsed.objectives.find((candidate) => candidate.number === objective.number)!;
      expect(imported.title).toBe(objective.title);
      objective.indicators.forEach((indicator, index) => {
        expect(indicator.name.endsWith(imported.indicators[index].name)).toBe(true);
      });
    }
  });

  it('leaves nothing about a target or a result to complete but the ratio the report itself writes wrong', () => {
    const aboutValues = trip.parsed.incomplete.filter((issue) => /\.(target|actual)$/.test(issue.field));
    expect(aboutValues.map((issue) => [issue.objective, issue.field])).toEqual([[7, 'indicators[0].actual']]);
    expect(renderMessage(aboutValues[0].message, 'it')).toMatch(/"3\.1296\/3\.196"/);
  });

  it('shows the revised target with the original and the reason', () => {
    expect(trip.text).toContain('rivisto; in origine: entro 30/09/2022');
    expect(trip.text).toContain('rivisto; in origine: >= 8');
    expect(trip.text).toMatch(/motivo: Target dell'obiettivo di Ente \(E01\) revisionato in sede di monitoraggio intermedio/);
  });
});

describe('stated verdicts and computed outcomes, kept apart', () => {
  it('reads back the verdict the report states, never the one Traguardo computes', async () => {
    const report = example2022();
    for (const objective of report.objectives) delete objective.statedVerdict;
    const set = (number: number, statedVerdict: Objective['statedVerdict']) => {
      report.objectives.find((objective) => objective.number === number)!.statedVerdict = statedVerdict;
    };
    set(2, { status: 'Parzialmente raggiunto', text: '' });
    set(3, { status: 'Raggiunto', text: 'Il piano sostanzialmente è stato rispettato in pieno' });
    set(8, { status: 'Non raggiunto', text: 'Non raggiunto.' });
    const { text, parsed } = await roundTrip(report);
    const stated = Object.fromEntries(parsed.objectives.map((objective) => [objective.number, objective.statedVerdict?.status ?? null]));
    expect(stated).toEqual({ 1: null, 2: 'Parzialmente raggiunto', 3: 'Raggiunto', 4: null, 5: null, 6: null, 7: null, 8: 'Non raggiunto', 9: null, 10: null, 11: null });
    // Objective 2: the report says "Parzialmente raggiunto", Traguardo computes «Raggiunto»: both are printed, each as itself.
    expect(text).toContain('Esito dichiarato nella Relazione: Parzialmente raggiunto\n');
    expect(text).toMatch(/Esito dichiarato nella Relazione: Parzialmente raggiunto\n\nValutazione OIV: 100\/100\n\nEsito calcolato da Traguardo: «Raggiunto» \(grado finale 100,00%\)/);
    expect(parsed.objectives.find((objective) => objective.number === 8)!.oiv).toBeUndefined();
  }, 60_000);
});
