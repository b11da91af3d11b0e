// Input text as Windows saves it (UTF-8 with or without BOM, UTF-16, Windows-1252), and CSV rows split at a
// decimal comma refused with their number and why.
import { readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { renderMessage } from '../../src/core/messages';
import { readXlsx } from '../../src/engine/xlsx/index';
import { parseIndicatorsCsv } from '../../src/import/csv';
import { decodeText } from '../../src/import/text-encoding';
import { temporaryFolder, traguardo } from '../cli/run-cli';

const EXAMPLE_CSV = path.resolve(__dirname, '../../examples/relazione-2022.csv');

/** Windows-1252's bytes 0x80-0x9F with a character (the holes are left out). */
const HIGH: Record<string, number> = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97 };

/** Windows-1252 bytes of `text`. */
function windows1252(text: string): Buffer {
  return Buffer.from(
    [...text].map((character) => {
      const code = character.charCodeAt(0);
      if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
      if (HIGH[character] === undefined) throw new Error(`"${character}" has no Windows-1252 byte here`);
      return HIGH[character];
    }),
  );
}

describe('decodeText', () => {
  const text = 'Qualità del servizio – “99,5%” €';
  it.each([
    ['UTF-8', Buffer.from(text, 'utf8')],
    ['UTF-8 BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ['UTF-16LE', Buffer.from(`\ufeff${text}`, 'utf16le')],
    ['UTF-16BE', Buffer.from(`\ufeff${text}`, 'utf16le').swap16()],
    ['Windows-1252', windows1252(text)],
  ])('%s', (encoding, bytes) => {
    expect(decodeText(bytes)).toEqual({ text, encoding });
  });

  it('UTF-16 saved without its BOM', () => {
    expect(decodeText(Buffer.from('N.;Obiettivo\r\n1;Primo', 'utf16le'))).toEqual({ text: 'N.;Obiettivo\r\n1;Primo', encoding: 'UTF-16LE' });
  });
});

describe('a comma-separated CSV with unquoted decimal commas', () => {
  const csv = ['N.,Obiettivo,Indicatore,Target,Risultato', '1,Primo,Copertura,>= 90%,"89,5%"', '2,Secondo,Copertura,>= 90%,89,5%', '3,Terzo,Pratiche,>= 700,734'].join('\r\n');

  it('refuses the row with its number and the reason, and imports the others as written', () => {
    const imported = parseIndicatorsCsv(csv);
    expect(imported.report.objectives.map((objective) => [objective.number, objective.indicators[0].actual])).toEqual([
      [1, '89,5%'],
      [3, '734'],
    ]);
    const said = imported.incomplete.map((issue) => renderMessage(issue.message, 'it'));
    expect(said).toContainEqual(expect.stringMatching(/^Riga 3: 6 celle per 5 intestazioni: "89,5%" ha la virgola decimale e il file separa le celle con la virgola; riga non importata/i));
  });
});

describe('traguardo build of the 2022 CSV as Excel saves it', () => {
  const temp = temporaryFolder();
  afterAll(() => temp.remove());
  const utf8 = readFileSync(EXAMPLE_CSV, 'utf8').replace(/^\ufeff/, '');

  it.each([
    ['Windows-1252', 'ansi.csv', () => windows1252([...utf8].map((c) => (c.charCodeAt(0) <= 0xff || HIGH[c] !== undefined ? c : '?')).join(''))],
    ['UTF-16LE', 'unicode.csv', () => Buffer.from(`\ufeff${utf8}`, 'utf16le')],
  ])('%s: read, said, and built with its accents', async (encoding, name, bytes) => {
    writeFileSync(path.join(temp.folder, name), bytes());
    const run = await traguardo('build', path.join(temp.folder, name), '-o', path.join(temp.folder, `${name}.xlsx`), '--quiet');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`${name}: testo letto come ${encoding}`);
    expect(run.stdout).toMatch(/11 obiettivi/);
    const { image } = await readXlsx(readFileSync(path.join(temp.folder, `${name}.xlsx`)));
    const texts = image.sheets.flatMap((sheet) => sheet.cells.map((cell) => cell.value)).filter((value) => typeof value === 'string');
    expect(texts.some((text) => text.includes('la qualità dei servizi offerti'))).toBe(true);
    expect(texts.some((text) => text.includes('\ufffd'))).toBe(false);
  }, 120_000);
});
