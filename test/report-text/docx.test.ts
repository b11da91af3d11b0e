// Files that are not readable Word documents get a message naming the file and the problem, never a crash.
import JSZip from 'jszip';
import vm from 'vm';
import { renderMessage } from '../../src/core/messages';
import { DocxReadError, docxToText } from '../../src/import/docx';
import { buildDocx } from './docx-fixture';

async function failureOf(promise: Promise<unknown>): Promise<DocxReadError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DocxReadError) return error;
    throw error;
  }
  throw new Error('expected a DocxReadError');
}

const bytes = (...values: number[]): ArrayBuffer => new Uint8Array(values).buffer;

describe('docxToText', () => {
  it('returns the paragraphs of a Word document as lines of text', async () => {
    const text = await docxToText(await buildDocx('OBIETTIVO N. 1\nTITOLO & <ALTRO>'));
    expect(text.split('\n').filter(Boolean)).toEqual(['OBIETTIVO N. 1', 'TITOLO & <ALTRO>']);
  });

  it.each([
    ['an empty file', bytes(), 'empty', /"vuoto\.docx": il file è vuoto/],
    ['a plain text file renamed .docx', new TextEncoder().encode('OBIETTIVO N. 1').buffer as ArrayBuffer, 'not-docx', /non è un documento Word \.docx/],
    ['a Word 97-2003 or password-protected file', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0), 'legacy-or-encrypted', /Word 97-2003 \(\.doc\) o un \.docx protetto da password/],
  ])('rejects %s with a typed error', async (_what, data, code, message) => {
    const error = await failureOf(docxToText(data, 'vuoto.docx'));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(renderMessage(error.reason, 'en')).toMatch(/^Cannot read "vuoto\.docx": /);
  });

  it('rejects a zip without a Word document inside', async () => {
    const error = await failureOf(docxToText(await buildDocx('', { document: null }), 'archivio.docx'));
    expect(error.code).toBe('no-document');
    expect(error.message).toBe('Impossibile leggere "archivio.docx": l\'archivio non contiene un documento Word (manca word/document.xml)');
  });

  it('rejects a truncated .docx as damaged', async () => {
    const whole = new Uint8Array(await buildDocx('OBIETTIVO N. 1'));
    const error = await failureOf(docxToText(whole.slice(0, Math.floor(whole.length / 2)).buffer, 'troncato.docx'));
    expect(error.code).toBe('unreadable');
    expect(error.message).toMatch(/^Impossibile leggere "troncato\.docx": il file \.docx è danneggiato o incompleto/);
  });

  it('rejects a document whose XML is broken as damaged', async () => {
    const zip = await JSZip.loadAsync(await buildDocx('x'));
    zip.file('word/document.xml', '<w:document><w:body><w:p>');
    const error = await failureOf(docxToText(await zip.generateAsync({ type: 'arraybuffer' }), 'rotto.docx'));
    expect(error.code).toBe('unreadable');
  });

  it('accepts an ArrayBuffer from another realm (an iframe, jsdom\'s FileReader)', async () => {
    const foreign = vm.runInNewContext('new Uint8Array([0x50, 0x4b, 0x05, 0x06]).buffer') as ArrayBuffer;
    expect(foreign instanceof ArrayBuffer).toBe(false);
    expect((await failureOf(docxToText(foreign, 'altro.docx'))).code).toBe('not-docx');
  });

  it('names the file generically when no name is given', async () => {
    expect((await failureOf(docxToText(bytes()))).message).toBe('Impossibile leggere "documento .docx": il file è vuoto');
  });
});
