// A Word document (.docx) read to plain text with mammoth, in the browser (task pane) and in Node (CLI, tests).
// The text then goes to parseReportText; what mammoth cannot open becomes a DocxReadError with an Italian message.
import mammoth from 'mammoth';

export type DocxReadErrorCode = 'empty' | 'not-docx' | 'legacy-or-encrypted' | 'no-document' | 'unreadable';

/** A file that could not be read as .docx; `message` (Italian) names the file and the problem, `messageEn` the same in English. */
export class DocxReadError extends Error {
  readonly code: DocxReadErrorCode;
  readonly fileName: string;
  readonly messageEn: string;

  constructor(code: DocxReadErrorCode, fileName: string, messageIt: string, messageEn: string) {
    super(messageIt);
    this.name = 'DocxReadError';
    this.code = code;
    this.fileName = fileName;
    this.messageEn = messageEn;
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: Word 97-2003 .doc, or a .docx protected by a password (Office encrypts into this container). */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

function toArrayBuffer(data: ArrayBuffer | ArrayBufferView): ArrayBuffer {
  // isView, not instanceof: buffers from another realm (iframe, jsdom's FileReader) fail instanceof checks.
  if (!ArrayBuffer.isView(data)) return data;
  // A Node Buffer is a view on a larger shared pool: copy exactly its bytes.
  const copy = new Uint8Array(data.byteLength);
  copy.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  return copy.buffer;
}

function failure(code: DocxReadErrorCode, fileName: string, reasonIt: string, reasonEn: string): DocxReadError {
  return new DocxReadError(code, fileName, `Impossibile leggere "${fileName}": ${reasonIt}`, `Cannot read "${fileName}": ${reasonEn}`);
}

/**
 * The document's text, one paragraph per line with blank lines between paragraphs.
 * Rejects with DocxReadError when the bytes are empty, not a .docx, a legacy/encrypted Word file, or damaged.
 */
export async function docxToText(data: ArrayBuffer | ArrayBufferView, fileName = 'documento .docx'): Promise<string> {
  const buffer = toArrayBuffer(data);
  const bytes = new Uint8Array(buffer);
  if (bytes.length === 0) {
    throw failure('empty', fileName, 'il file è vuoto', 'the file is empty');
  }
  if (startsWith(bytes, OLE_SIGNATURE)) {
    throw failure(
      'legacy-or-encrypted',
      fileName,
      'è un documento Word 97-2003 (.doc) o un .docx protetto da password; salvarlo da Word come .docx senza password',
      'it is a Word 97-2003 document (.doc) or a password-protected .docx; save it from Word as a .docx without a password',
    );
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) {
    throw failure('not-docx', fileName, 'non è un documento Word .docx (il contenuto non è un archivio .docx)', 'it is not a Word .docx document (the content is not a .docx archive)');
  }
  let result: { value: string };
  try {
    // mammoth reads `buffer` in Node and `arrayBuffer` in its browser build; both accept an ArrayBuffer.
    const input = { arrayBuffer: buffer, buffer } as unknown as Parameters<typeof mammoth.extractRawText>[0];
    result = await mammoth.extractRawText(input);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    if (/main document part/i.test(detail)) {
      throw failure('no-document', fileName, 'l\'archivio non contiene un documento Word (manca word/document.xml)', 'the archive holds no Word document (word/document.xml is missing)');
    }
    throw failure('unreadable', fileName, `il file .docx è danneggiato o incompleto (${detail})`, `the .docx file is damaged or incomplete (${detail})`);
  }
  return result.value;
}
