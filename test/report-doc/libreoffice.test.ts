// A real consumer of the .docx: LibreOffice (Debian's libreoffice-writer-nogui) converts the 2022 Relazione to PDF
// without an error, and pdftoppm draws its first pages into test-results/ for a person to look at. Runs where
// `soffice` is installed (.ci/run installs it); elsewhere it says why it is skipped.
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { relazioneDocument } from '../../src/report-doc/relazione';
import { relazioneDocxBytes } from '../../src/report-doc/render-docx';
import { example2022, workbookSource } from './workbook-source';

const RESULTS = path.resolve(__dirname, '../../test-results');
const PAGES_TO_DRAW = 3;

function installed(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
}

const withLibreOffice = installed('soffice') ? describe : describe.skip;
if (!installed('soffice')) {
  console.warn('LibreOffice (soffice) is not installed: the .docx rendering test is skipped (apt-get install -y libreoffice-writer-nogui poppler-utils)');
}

withLibreOffice('the 2022 Relazione opened by LibreOffice', () => {
  const home = mkdtempSync(path.join(tmpdir(), 'traguardo-soffice-'));
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('converts to PDF with no error, and its first pages are drawn into test-results/', async () => {
    mkdirSync(RESULTS, { recursive: true });
    const { source } = await workbookSource(example2022());
    const docx = path.join(RESULTS, 'relazione-2022.docx');
    const pdf = path.join(RESULTS, 'relazione-2022.pdf');
    rmSync(pdf, { force: true });
    writeFileSync(docx, await relazioneDocxBytes(relazioneDocument(source, 'it')));

    // LibreOffice needs a writable profile folder; the first start takes about 15 s.
    const converted = spawnSync('soffice', ['--headless', '--norestore', '--convert-to', 'pdf', '--outdir', RESULTS, docx], {
      env: { ...process.env, HOME: home },
      encoding: 'utf8',
      timeout: 180_000,
    });
    // Its only line on stderr without Java is that warning; anything else is a problem with the file.
    const errors = converted.stderr.split('\n').filter((line) => line.trim() !== '' && !/javaldx/.test(line));
    expect({ status: converted.status, errors }).toEqual({ status: 0, errors: [] });
    expect(converted.stdout).toMatch(/relazione-2022\.docx -> .*relazione-2022\.pdf using filter : writer_pdf_Export/);
    expect(existsSync(pdf)).toBe(true);
    expect(statSync(pdf).size).toBeGreaterThan(10_000);

    if (!installed('pdftoppm')) return;
    for (const old of readdirSync(RESULTS).filter((file) => /^relazione-2022-page-\d+\.png$/.test(file))) rmSync(path.join(RESULTS, old));
    const drawn = spawnSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', String(PAGES_TO_DRAW), pdf, path.join(RESULTS, 'relazione-2022-page')], { encoding: 'utf8' });
    expect(drawn.status).toBe(0);
    expect(readdirSync(RESULTS).filter((file) => /^relazione-2022-page-\d+\.png$/.test(file))).toHaveLength(PAGES_TO_DRAW);
  }, 240_000);
});
