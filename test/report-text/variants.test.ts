// The same report arriving in the shapes analysts have it: Windows line endings, hard-wrapped lines, a Word document.
import { parseReportText } from '../../src/import/report-text';
import { docxToText } from '../../src/import/docx';
import { buildDocx } from './docx-fixture';
import { hardWrap, seedText } from './seed-text';

const reference = parseReportText(seedText());

describe('the 2022 report in other shapes gives the same objectives', () => {
  it('with Windows line endings (CRLF)', () => {
    const crlf = seedText().replace(/\n/g, '\r\n');
    expect(crlf).toContain('\r\n');
    expect(parseReportText(crlf)).toEqual(reference);
  });

  it('with lines hard-wrapped at 70 columns, as pasted from a PDF', () => {
    const wrapped = hardWrap(seedText(), 70);
    expect(Math.max(...wrapped.split('\n').map((l) => l.length))).toBeLessThanOrEqual(70);
    expect(wrapped.split('\n').length).toBeGreaterThan(seedText().split('\n').length + 150);
    expect(parseReportText(wrapped)).toEqual(reference);
  });

  it.each([30, 45, 55, 65, 100])('with lines hard-wrapped at %i columns (labels and titles broken over lines too)', (width) => {
    expect(parseReportText(hardWrap(seedText(), width))).toEqual(reference);
  });

  it('wrapped and with CRLF together', () => {
    expect(parseReportText(hardWrap(seedText(), 70).replace(/\n/g, '\r\n'))).toEqual(reference);
  });

  it('rebuilt as a .docx (one Word paragraph per line) and read back with mammoth', async () => {
    const docx = await buildDocx(seedText());
    const text = await docxToText(docx, 'relazione-2022.docx');
    expect(text).toContain('OBIETTIVO N. 11');
    expect(parseReportText(text)).toEqual(reference);
  });

  it('rebuilt as a .docx without empty paragraphs between blocks', async () => {
    const compact = seedText().split('\n').filter((line) => line.trim() !== '').join('\n');
    const text = await docxToText(await buildDocx(compact));
    expect(parseReportText(text).objectives).toEqual(reference.objectives);
  });

  it('read from a Node Buffer (the command line reads files that way)', async () => {
    const docx = Buffer.from(await buildDocx(seedText()));
    expect(parseReportText(await docxToText(docx)).objectives).toEqual(reference.objectives);
  });
});
