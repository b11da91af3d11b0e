// A Word document (.docx) read to text with mammoth (through its HTML, which keeps tables), in the browser (task pane)
// and in Node (CLI, tests).
// The text then goes to parseReportText; what mammoth cannot open becomes a DocxReadError naming the file and why.
import mammoth from 'mammoth';
import { msg, renderMessage, type Message } from '../core/messages';
import { docxLimitProblem } from './docx-limits';
import { htmlToReportText } from './docx-html';

export type DocxReadErrorCode = 'empty' | 'not-docx' | 'legacy-or-encrypted' | 'no-document' | 'unreadable' | 'over-limits';

/** A file that could not be read as .docx: `reason` names the file and the problem, `problem` is the problem alone. */
export class DocxReadError extends Error {
  readonly code: DocxReadErrorCode;
  readonly fileName: string;
  readonly reason: Message;
  readonly problem: Message;

  constructor(code: DocxReadErrorCode, fileName: string, problem: Message) {
    const reason = msg('import.docxUnreadable', { file: fileName, problem });
    // The Italian words as `message`, so that a stack trace still reads.
    super(renderMessage(reason, 'it'));
    this.name = 'DocxReadError';
    this.code = code;
    this.fileName = fileName;
    this.reason = reason;
    this.problem = problem;
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

/**
 * The document's text, one paragraph per line with blank lines between paragraphs, each table row as `| a | b |`.
 * Rejects with DocxReadError when the bytes are empty, not a .docx, a legacy/encrypted Word file, or damaged.
 */
export async function docxToText(data: ArrayBuffer | ArrayBufferView, fileName = 'documento .docx'): Promise<string> {
  const buffer = toArrayBuffer(data);
  const bytes = new Uint8Array(buffer);
  if (bytes.length === 0) {
    throw new DocxReadError('empty', fileName, msg('import.docxEmpty'));
  }
  if (startsWith(bytes, OLE_SIGNATURE)) {
    throw new DocxReadError('legacy-or-encrypted', fileName, msg('import.docxLegacyOrEncrypted'));
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) {
    throw new DocxReadError('not-docx', fileName, msg('import.docxNotDocx'));
  }
  // Before mammoth inflates anything: a zip bomb stops here, in bounded memory.
  const limit = docxLimitProblem(bytes);
  if (limit !== null) throw new DocxReadError('over-limits', fileName, limit);
  let result: { value: string };
  try {
    // mammoth reads `buffer` in Node and `arrayBuffer` in its browser build; both accept an ArrayBuffer.
    const input = { arrayBuffer: buffer, buffer } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
    result = await mammoth.convertToHtml(input);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    if (/main document part/i.test(detail)) {
      throw new DocxReadError('no-document', fileName, msg('import.docxNoDocument'));
    }
    throw new DocxReadError('unreadable', fileName, msg('import.docxDamaged', { detail }));
  }
  return htmlToReportText(result.value);
}
