// The zip check every .xlsx and .docx passes before a library inflates it: declared sizes, true sizes, entries.
import { renderMessage } from '../../src/core/messages';
import { zipLimitProblem } from '../../src/import/zip-limits';
import { docxLimitProblem } from '../../src/import/docx-limits';
import { bombEntry, docxParts, rawZip, textEntry, xlsxParts, zipOf } from '../support/zip-files';

const said = (problem: ReturnType<typeof zipLimitProblem>) => (problem === null ? null : renderMessage(problem, 'en'));

describe('zipLimitProblem', () => {
  it('passes an ordinary package, and bytes that are no zip at all (the reader says so itself)', () => {
    expect(zipLimitProblem(zipOf(xlsxParts([{ name: 'Dati', rows: '<row r="1"><c r="A1"><v>1</v></c></row>' }])))).toBeNull();
    expect(zipLimitProblem(new TextEncoder().encode('not a zip'))).toBeNull();
  });

  it('refuses declared sizes over the limit before inflating anything', () => {
    const entry = textEntry('xl/worksheets/sheet1.xml', '<worksheet/>');
    const started = performance.now();
    expect(said(zipLimitProblem(rawZip([{ ...entry, declaredSize: 1_800_000_000 }])))).toBe('the archive inflates to more than 100 MB');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('stops an entry that inflates past the size it declares, a few megabytes in', () => {
    const bomb = bombEntry('xl/worksheets/sheet1.xml', '<worksheet>', 100, 10_000);
    expect(bomb.deflated.length).toBeLessThan(1_000_000);
    const started = performance.now();
    expect(said(zipLimitProblem(rawZip([bomb])))).toMatch(/^the zip archive is damaged/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('checks an archive with bytes prepended, as JSZip reads it', () => {
    const bomb = rawZip([bombEntry('word/document.xml', '<w:document>', 20, 100)]);
    expect(said(zipLimitProblem(Buffer.concat([Buffer.alloc(5000, 0x41), bomb])))).toMatch(/damaged/);
  });

  it('refuses more entries than the limit, and encrypted entries', () => {
    const parts = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`part${i}.xml`, '<a/>']));
    expect(said(zipLimitProblem(zipOf(parts), () => null, { entries: 10, inflatedBytes: 1e6 }))).toBe('the archive holds more than 10 entries');
    const encrypted = rawZip([textEntry('a.xml', '<a/>')]);
    encrypted.writeUInt16LE(1, encrypted.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 8);
    expect(said(zipLimitProblem(encrypted))).toBe('the archive is encrypted with a password');
  });

  it('damaged directories are a problem, never an exception', () => {
    const zip = Buffer.from(zipOf({ 'a.xml': '<a/>' }));
    zip.writeUInt32LE(0xffff, zip.length - 6); // the directory's offset points past the end
    expect(said(zipLimitProblem(zip))).toMatch(/damaged/);
  });
});

describe('docxLimitProblem', () => {
  it('passes a document, refuses one whose XML mammoth would turn into a tree of gigabytes', () => {
    expect(docxLimitProblem(zipOf(docxParts('<w:p><w:r><w:t>Obiettivo 1</w:t></w:r></w:p>')))).toBeNull();
    const many = docxParts('<w:p><w:r><w:t>a</w:t></w:r></w:p>'.repeat(120_000));
    expect(said(docxLimitProblem(zipOf(many)))).toBe("the document's text passes 8 MB or 300,000 elements");
  });
});
