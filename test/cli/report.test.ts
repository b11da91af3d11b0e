// traguardo report: the Relazione as .docx from a report or a workbook, written whole; unusable input gives one line
// naming the file and exit code 2, and leaves nothing behind.
import { Workbook } from 'exceljs';
import { mkdirSync, readFileSync } from 'fs';
import mammoth from 'mammoth';
import path from 'path';
import { EXAMPLE, temporaryFolder, traguardo } from './run-cli';

function expectOneLine(stderr: string, ...patterns: RegExp[]): void {
  const lines = stderr.split('\n').filter((line) => line !== '');
  expect(lines).toHaveLength(1);
  for (const pattern of patterns) expect(lines[0]).toMatch(pattern);
}

async function documentText(file: string): Promise<string> {
  return (await mammoth.extractRawText({ buffer: readFileSync(file) })).value;
}

describe('traguardo report', () => {
  const temp = temporaryFolder();
  afterAll(() => temp.remove());
  const at = (name: string) => path.join(temp.folder, name);

  it('writes the .docx from the 2022 report, names it and lists what to check', async () => {
    const run = await traguardo('report', EXAMPLE, '-o', at('relazione.docx'), '--quiet');
    expect(run.code).toBe(0);
    const [written, ...problems] = run.stdout.trim().split('\n');
    expect(written).toMatch(/relazione\.docx: 11 obiettivi, 2 da verificare \(segnati nel documento\), \d+ KB, in \d+,\d s$/);
    // Objective 7's "3.1296/3.196" as the report writes it: unreadable, and the document says so where it shows it.
    expect(problems).toHaveLength(2);
    for (const problem of problems) expect(problem).toMatch(/^ {2}'Obiettivo 7'!C\d+ {2}Obiettivo 7, indicatore "rapporto tra domicili/);
    const text = await documentText(at('relazione.docx'));
    expect(text).toContain('OBIETTIVO N. 11');
    expect(text).toMatch(/Da verificare: Obiettivo 7, indicatore .*"3\.1296"/);
    expect(temp.files()).toEqual(['relazione.docx']);
  }, 120_000);

  it('writes the same document from the workbook `build` made, and in English with --lang en', async () => {
    expect((await traguardo('build', EXAMPLE, '-o', at('relazione.xlsx'), '--quiet')).code).toBe(0);
    const italian = await traguardo('report', at('relazione.xlsx'), '-o', at('da-xlsx.docx'), '--quiet');
    expect(italian.code).toBe(0);
    expect(await documentText(at('da-xlsx.docx'))).toBe(await documentText(at('relazione.docx')));
    const english = await traguardo('report', at('relazione.xlsx'), '-o', at('english.docx'), '--quiet', '--lang', 'en');
    expect(english.stdout).toMatch(/english\.docx: 11 objectives, 2 to check/);
    const text = await documentText(at('english.docx'));
    expect(text).toContain('OBJECTIVE No. 1');
    expect(text).toContain('Outcome computed by Traguardo: “Achieved” (final degree 100.00%)');
  }, 120_000);

  it('a missing file, a workbook without objective sheets, an unwritable output: exit 2, one line, nothing left', async () => {
    const before = temp.files();
    const missing = await traguardo('report', at('manca.xlsx'), '-o', at('out.docx'));
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expectOneLine(missing.stderr, /manca\.xlsx: file non trovato$/);

    const workbook = new Workbook();
    workbook.addWorksheet('Obiettivo 1').getCell('A1').value = 'Un foglio fatto a mano, senza i nomi di Traguardo';
    await workbook.xlsx.writeFile(at('a-mano.xlsx'));
    const handMade = await traguardo('report', at('a-mano.xlsx'), '-o', at('out.docx'));
    expect(handMade.code).toBe(2);
    expectOneLine(handMade.stderr, /a-mano\.xlsx: nessun foglio obiettivo di Traguardo/);

    const noFolder = await traguardo('report', EXAMPLE, '-o', at('non-esiste/out.docx'));
    expect(noFolder.code).toBe(2);
    expectOneLine(noFolder.stderr, /non-esiste\/out\.docx: la cartella .* non esiste/);
    mkdirSync(at('cartella.docx'));
    const onFolder = await traguardo('report', EXAMPLE, '-o', at('cartella.docx'), '--quiet');
    expect(onFolder.code).toBe(2);
    expectOneLine(onFolder.stderr, /cartella\.docx: scrittura non riuscita/);
    // No document and no temporary file: only what the test itself made.
    expect(temp.files()).toEqual([...before, 'a-mano.xlsx', 'cartella.docx'].sort());
  }, 120_000);

  it('wrong arguments: exit 2 and a hint to --help', async () => {
    for (const args of [['report'], ['report', EXAMPLE], ['report', EXAMPLE, '-o', 'x.pdf'], ['report', EXAMPLE, '-o', 'x.docx', '--json']]) {
      const run = await traguardo(...args);
      expect({ args, code: run.code }).toEqual({ args, code: 2 });
      expectOneLine(run.stderr, /traguardo --help/);
    }
  });
});
