// The corpus of bad inputs: the small ones kept under test/fixtures/bad-inputs/ with their expected exit code and
// line (expected.json), the large and binary ones generated here. None may crash (exit 70) or pass silently.
import { readFileSync, truncateSync, writeFileSync, closeSync, openSync } from 'fs';
import path from 'path';
import { temporaryFolder, traguardo } from './run-cli';
import { bombEntry, docxParts, rawZip, textEntry, xlsxParts, xlsxWithFormula, zipOf } from '../support/zip-files';

const CORPUS = path.resolve(__dirname, '../fixtures/bad-inputs');

interface Case {
  file: string;
  exit: number;
  stderr: string;
}

const kept = (JSON.parse(readFileSync(path.join(CORPUS, 'expected.json'), 'utf8')) as { cases: Case[] }).cases;

function expectAnswer(run: { code: number; stderr: string }, exit: number, line: RegExp): void {
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: exit, stderr: expect.stringMatching(line) });
  // Unusable input: one line, nothing else.
  if (exit === 2) expect(run.stderr.trim().split('\n')).toHaveLength(1);
}

const temp = temporaryFolder();
afterAll(() => temp.remove());
const at = (name: string) => path.join(temp.folder, name);
const commandFor = (file: string) => (/\.xlsx$/i.test(file) ? ['summary', file] : ['build', file, '-o', at('out.xlsx')]);

describe('bad inputs kept in test/fixtures/bad-inputs', () => {
  it.each(kept)('$file: exit $exit', async ({ file, exit, stderr }) => {
    expectAnswer(await traguardo(...commandFor(path.join(CORPUS, file)), '--quiet'), exit, new RegExp(stderr));
  }, 60_000);
});

const sheet = (rows: string, tail = '') => {
  const parts = xlsxParts([{ name: 'Dati', rows }]);
  parts['xl/worksheets/sheet1.xml'] = parts['xl/worksheets/sheet1.xml'].replace('</sheetData>', `</sheetData>${tail}`);
  return zipOf(parts);
};
const report = (objectives: unknown[]) => JSON.stringify({ title: 'Relazione', year: 2022, objectives });
const indicator = { name: 'Pratiche evase', target: '>= 700', actual: '734' };

const generated: ReadonlyArray<{ file: string; bytes: () => Uint8Array | string; stderr: RegExp }> = [
  { file: 'sum-whole-sheet.xlsx', bytes: () => xlsxWithFormula('SUM(A1:XFD1048576)'), stderr: /'Dati'!B1: l'intervallo A1:XFD1048576 copre 17\.179\.869\.184 celle, troppe per il calcolo/ },
  { file: 'merge-whole-sheet.xlsx', bytes: () => sheet('<row r="1"><c r="A1"><v>1</v></c></row>', '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'), stderr: /l'intervallo A1:XFD1048576 copre .* celle, oltre le 250\.000/ },
  { file: 'name-over-a-million-cells.xlsx', bytes: () => zipOf(xlsxParts([{ name: 'Dati', rows: '' }], '<definedName name="Tutto">Dati!$A$1:$J$100000</definedName>')), stderr: /xl\/workbook\.xml: l'intervallo A1:J100000 copre 1\.000\.000 celle/ },
  { file: 'cell-without-reference.xlsx', bytes: () => sheet('<row r="1"><c><v>1</v></c></row>'), stderr: /xl\/worksheets\/sheet1\.xml: una cella senza riferimento \(l'attributo r, che Excel scrive sempre\)/ },
  { file: 'cell-off-the-grid.xlsx', bytes: () => sheet('<row r="1"><c r="XFE1"><v>1</v></c></row>'), stderr: /il riferimento XFE1 è fuori dal foglio di Excel/ },
  {
    file: 'too-many-cells.xlsx',
    bytes: () => sheet(Array.from({ length: 26_000 }, (_, r) => `<row r="${r + 1}">${[...'ABCDEFGHIJ'].map((column) => `<c r="${column}${r + 1}"><v>1</v></c>`).join('')}</row>`).join('')),
    stderr: /la cartella contiene più di 250\.000 celle/,
  },
  { file: 'declared-bomb.xlsx', bytes: () => rawZip([{ ...textEntry('xl/worksheets/sheet1.xml', '<worksheet/>'), declaredSize: 1_800_000_000 }]), stderr: /l'archivio si decomprime in più di 100 MB/ },
  { file: 'lying-bomb.xlsx', bytes: () => rawZip([bombEntry('xl/worksheets/sheet1.xml', '<worksheet>', 40, 2048)]), stderr: /l'archivio zip è danneggiato/ },
  { file: 'lying-bomb.docx', bytes: () => rawZip([...Object.entries(docxParts('')).filter(([name]) => name !== 'word/document.xml').map(([name, text]) => textEntry(name, text)), bombEntry('word/document.xml', '<w:document>', 40, 2048)]), stderr: /lying-bomb\.docx: l'archivio zip è danneggiato/ },
  { file: 'description-40000.json', bytes: () => report([{ number: 1, title: 'Lungo', description: 'x'.repeat(40_000), indicators: [indicator] }]), stderr: /obiettivo 1, campo "Descrizione": 40\.000 caratteri, oltre i 32\.767/ },
  { file: 'indicators-5001.json', bytes: () => report([{ number: 1, title: 'Tanti', indicators: Array.from({ length: 5001 }, () => indicator) }]), stderr: /obiettivo 1: 5\.001 indicatori, oltre i 5\.000/ },
  { file: 'heading-past-2-53.txt', bytes: () => 'OBIETTIVO N. 99999999999999999999 - ENORME\n\nIndicatore: pratiche evase >= 700\n', stderr: /il numero di obiettivo 99999999999999999999 non è utilizzabile/ },
  {
    file: 'name-past-2-53.xlsx',
    bytes: () => zipOf(xlsxParts([{ name: 'Dati', rows: '<row r="2"><c r="B2"><v>1</v></c></row>' }], '<definedName name="TRG_OBJ99999999999999999999_DEGREE">Dati!$B$2</definedName>')),
    stderr: /nessun foglio obiettivo di Traguardo/,
  },
  { file: `escape\u001b[2Jname.json`, bytes: () => '{', stderr: /escape\\x1b\[2Jname\.json: il file non è JSON valido/ },
];

describe('bad inputs generated by the test', () => {
  it.each(generated)('$file: exit 2, one line', async ({ file, bytes, stderr }) => {
    writeFileSync(at(file), bytes());
    expectAnswer(await traguardo(...commandFor(at(file)), '--quiet'), 2, stderr);
  }, 60_000);

  it('a file over 64 MB is refused by its size, before reading it', async () => {
    closeSync(openSync(at('huge.json'), 'w'));
    truncateSync(at('huge.json'), 65 * 1024 * 1024); // sparse: no disk used
    expectAnswer(await traguardo('build', at('huge.json'), '-o', at('out.xlsx')), 2, /huge\.json: file troppo grande \(65 MB; il limite è 64 MB\)/);
  });
});
