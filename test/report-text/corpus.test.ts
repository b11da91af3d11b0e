// The corpus of other bodies' reports (test/fixtures/reports): each text read by the import, compared field by field
// with its expected result; prints the share of fields read exactly per fixture and in total (goal ≥ 95%, verdicts all exact).
import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import { docxToText } from '../../src/import/docx';
import { parseReportText } from '../../src/import/report-text';
import { scoreReading, share, type ExpectedReport, type Score } from './corpus-score';
import { textToDocx } from './corpus-docx';

const FOLDER = path.resolve(__dirname, '../fixtures/reports');
const FIXTURES = readdirSync(FOLDER).filter((file) => file.endsWith('.txt')).sort();
/** Fixtures whose tables are also written as a real Word document, to read them through mammoth's HTML. */
const AS_DOCX = FIXTURES.filter((file) => readFileSync(path.join(FOLDER, file), 'utf8').includes('\n|'));

const expectedOf = (file: string): ExpectedReport =>
  JSON.parse(readFileSync(path.join(FOLDER, file.replace(/\.txt$/, '.expected.json')), 'utf8')) as ExpectedReport;

describe('the corpus of report shapes', () => {
  const scores = new Map<string, Score>();

  afterAll(() => {
    const lines = [...scores].map(([name, s]) => `${name.padEnd(34)} ${String(s.exact).padStart(3)}/${String(s.fields).padEnd(3)} ${share(s.exact, s.fields).padStart(6)}  verdicts ${s.exactVerdicts}/${s.verdicts}`);
    const total = [...scores.values()].reduce((t, s) => ({ exact: t.exact + s.exact, fields: t.fields + s.fields, v: t.v + s.exactVerdicts, vs: t.vs + s.verdicts }), { exact: 0, fields: 0, v: 0, vs: 0 });
    const misses = [...scores].flatMap(([name, s]) => s.misses.map((miss) => `  ${name}: ${miss}`));
    console.log(
      [`Fields read exactly, per fixture (${scores.size} readings of ${FIXTURES.length} texts):`, ...lines,
        `TOTAL ${total.exact}/${total.fields} = ${share(total.exact, total.fields)}; verdicts ${total.v}/${total.vs}`,
        ...(misses.length > 0 ? ['Not read exactly:', ...misses] : [])].join('\n'),
    );
  });

  it('holds at least 10 texts of Camere di Commercio, Comuni, Regioni and Enti parco', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(10);
    const bodies = new Set(FIXTURES.map((file) => expectedOf(file).body));
    expect([...bodies].sort()).toEqual(['Camera di Commercio', 'Comune', 'Ente parco', 'Regione']);
  });

  it.each(FIXTURES)('%s: every verdict exact, 95%% of the fields', (file) => {
    const score = scoreReading(expectedOf(file), parseReportText(readFileSync(path.join(FOLDER, file), 'utf8')));
    scores.set(file, score);
    expect(score.exactVerdicts).toBe(score.verdicts);
    expect(score.exact / score.fields).toBeGreaterThanOrEqual(0.95);
  });

  it.each(AS_DOCX)('%s as .docx: its tables read as tables, the same reading', async (file) => {
    const text = readFileSync(path.join(FOLDER, file), 'utf8');
    const score = scoreReading(expectedOf(file), parseReportText(await docxToText(await textToDocx(text))));
    scores.set(file.replace(/\.txt$/, '.docx'), score);
    expect(score.exactVerdicts).toBe(score.verdicts);
    expect(score.exact / score.fields).toBeGreaterThanOrEqual(0.95);
  });

  it('reaches 95% of the fields over the whole corpus', () => {
    const total = [...scores.values()].reduce((t, s) => ({ exact: t.exact + s.exact, fields: t.fields + s.fields }), { exact: 0, fields: 0 });
    expect(total.exact / total.fields).toBeGreaterThanOrEqual(0.95);
  });
});
