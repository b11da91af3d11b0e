// Traguardo's own Relazione (.docx) read back the way the pane and `traguardo build` read it (docxToText, tables as
// tables): each indicator's target in force and result come back, and only the seed's own wrong ratio is left to complete.
import { docxToText } from '../../src/import/docx';
import { parseReportText } from '../../src/import/report-text';
import { relazioneDocument } from '../../src/report-doc/relazione';
import { relazioneDocxBytes } from '../../src/report-doc/render-docx';
import { example2022, workbookSource } from '../report-doc/workbook-source';

describe("Traguardo's own .docx through the import", () => {
  it('gives back every target in force and result, from the indicator tables', async () => {
    const report = example2022();
    const { source } = await workbookSource(report);
    const parsed = parseReportText(await docxToText(await relazioneDocxBytes(relazioneDocument(source, 'it'))));
    const results = (objectives: typeof report.objectives) => objectives.map((o) => o.indicators.map((i) => i.actual ?? null));
    expect(results(parsed.objectives)).toEqual(results(report.objectives));
    const five = parsed.objectives.find((o) => o.number === 5)!;
    expect(five.indicators.map((i) => i.target)).toEqual(['entro 31/12/2022', '>= 4']);
    const aboutValues = parsed.incomplete.filter((issue) => /\.(target|actual)$/.test(issue.field) || issue.field === 'indicators');
    expect(aboutValues.map((issue) => [issue.objective, issue.field])).toEqual([[7, 'indicators[0].actual']]);
  });
});
