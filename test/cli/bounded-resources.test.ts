// Hostile files through the real command, each in its own process: one line, exit code 2, within 60 s and 1 GB.
import { spawnSync } from 'child_process';
import { readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { BIN, temporaryFolder } from './run-cli';
import { bombEntry, docxParts, rawZip, textEntry, xlsxParts, xlsxWithFormula } from '../support/zip-files';

const PRELOAD = path.resolve(__dirname, '../support/peak-rss.js');
const GIGABYTE = 1024 ** 3;

interface MeasuredRun {
  code: number | null;
  stderr: string;
  peakBytes: number;
  seconds: number;
}

function measured(args: string[], folder: string): MeasuredRun {
  const peakFile = path.join(folder, 'peak.txt');
  const env = { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '', TRAGUARDO_PEAK_FILE: peakFile };
  const started = Date.now();
  const result = spawnSync(process.execPath, ['--require', PRELOAD, BIN, ...args, '--quiet'], { env, encoding: 'utf8', timeout: 90_000 });
  const seconds = (Date.now() - started) / 1000;
  return { code: result.status, stderr: result.stderr, peakBytes: Number(readFileSync(peakFile, 'utf8')), seconds };
}

/** Everything in the package but `replaced`, which becomes the bomb. */
function bombPackage(parts: Record<string, string>, replaced: string, megabytes: number, declaredSize?: number): Buffer {
  const head = parts[replaced].slice(0, parts[replaced].lastIndexOf('<'));
  return rawZip(Object.entries(parts).map(([name, text]) => (name === replaced ? bombEntry(name, head, megabytes, declaredSize) : textEntry(name, text))));
}

describe('hostile files end in one line, exit 2, under 60 s and 1 GB', () => {
  const temp = temporaryFolder();
  afterAll(() => temp.remove());
  const at = (name: string) => path.join(temp.folder, name);
  const sheet = xlsxParts([{ name: 'Dati', rows: '<row r="1"><c r="A1"><v>1</v></c></row>' }]);

  const cases: ReadonlyArray<{ file: string; bytes: () => Uint8Array; args: (file: string) => string[]; says: RegExp }> = [
    {
      file: 'bomb.xlsx',
      bytes: () => bombPackage(sheet, 'xl/worksheets/sheet1.xml', 300),
      args: (file) => ['summary', file],
      says: /bomb\.xlsx: the archive inflates to more than 100 MB$/,
    },
    {
      file: 'lying-bomb.xlsx',
      bytes: () => bombPackage(sheet, 'xl/worksheets/sheet1.xml', 300, 4096),
      args: (file) => ['summary', file],
      says: /lying-bomb\.xlsx: the zip archive is damaged/,
    },
    {
      file: 'bomb.docx',
      bytes: () => bombPackage(docxParts('<w:p/>'), 'word/document.xml', 300, 2048),
      args: (file) => ['build', file, '-o', at('out.xlsx')],
      says: /bomb\.docx: .*the zip archive is damaged/,
    },
    {
      file: 'whole-sheet-sum.xlsx',
      bytes: () => xlsxWithFormula('SUM(A1:XFD1048576)'),
      args: (file) => ['summary', file],
      says: /whole-sheet-sum\.xlsx: 'Dati'!B1: the range A1:XFD1048576 covers 17,179,869,184 cells, too many to calculate/,
    },
  ];

  it.each(cases)('$file', ({ file, bytes, args, says }) => {
    writeFileSync(at(file), bytes());
    const run = measured(args(at(file)), temp.folder);
    console.log(`${file}: exit ${run.code}, ${run.seconds.toFixed(1)} s, peak ${(run.peakBytes / 1024 ** 2).toFixed(0)} MB`);
    expect(run.code).toBe(2);
    const lines = run.stderr.split('\n').filter((line) => line !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(says);
    expect(run.seconds).toBeLessThan(60);
    expect(run.peakBytes).toBeLessThan(GIGABYTE);
  }, 120_000);
});
