// A streaming scan of an XML part, byte by byte as it is inflated: each start tag's local name with its attribute
// text, and the text of chosen elements: enough to count what ExcelJS or mammoth would build, before they run.

const LT = 0x3c;
const GT = 0x3e;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
/** Bytes of a tag or a text kept; a longer one is reported by its length alone. */
const KEPT = 8 * 1024;
const UTF8 = new TextDecoder();

export interface TagHandler {
  /** A start tag: its local name (prefix dropped) and its attributes' text (cut at KEPT bytes), read on demand. */
  tag(name: string, attributes: () => string): void;
  /** The text of an element whose name `wantsText` accepted; `length` is the whole text's, `text` its first KEPT bytes. */
  text?(name: string, text: string, length: number): void;
  wantsText?(name: string): boolean;
}

type State = 'text' | 'tag' | 'special';

export class XmlTagScanner {
  private state: State = 'text';
  private readonly kept = new Uint8Array(KEPT);
  private length = 0;
  private quote = 0;
  /** The end of a comment, CDATA or processing instruction: the two bytes that must precede ">" (0 = any). */
  private specialEnd = 0;
  private tail = 0;
  private textOf: string | null = null;

  constructor(private readonly handler: TagHandler) {}

  push(chunk: Uint8Array): void {
    for (let i = 0; i < chunk.length; i++) {
      if (this.state === 'text') {
        // Between tags only the next "<" matters: found natively, the text kept (or only counted) in one step.
        const next = chunk.indexOf(LT, i);
        const end = next < 0 ? chunk.length : next;
        if (this.textOf !== null) this.keepRange(chunk, i, end);
        if (next < 0) return;
        this.startTag();
        i = next;
        continue;
      }
      const byte = chunk[i];
      if (this.state === 'tag') {
        if (this.quote !== 0) {
          if (byte === this.quote) this.quote = 0;
          this.keep(byte);
        } else if (byte === GT) this.endTag();
        else {
          if ((byte === QUOTE || byte === APOSTROPHE) && this.isOrdinaryTag()) this.quote = byte;
          this.keep(byte);
          if (this.length === 3 && this.prefixIs('!--')) this.special(0x2d2d);
          else if (this.length === 8 && this.prefixIs('![CDATA[')) this.special(0x5d5d);
          else if (this.length === 1 && this.kept[0] === 0x3f) this.special(0);
        }
      } else if (byte === GT && (this.specialEnd === 0 ? (this.tail & 0xff) === 0x3f : this.tail === this.specialEnd)) this.state = 'text';
      else this.tail = ((this.tail << 8) | byte) & 0xffff;
    }
  }

  private startTag(): void {
    if (this.textOf !== null) this.handler.text?.(this.textOf, this.decode(0, Math.min(this.length, KEPT)), this.length);
    this.textOf = null;
    this.state = 'tag';
    this.length = 0;
    this.quote = 0;
  }

  /** Quotes count inside ordinary tags only (a declaration's apostrophe opens nothing). */
  private isOrdinaryTag(): boolean {
    return this.kept[0] !== 0x21 && this.kept[0] !== 0x3f;
  }

  /** A comment ("--" before ">"), CDATA ("]]") or processing instruction (0: "?" before ">"). */
  private special(end: number): void {
    this.state = 'special';
    this.specialEnd = end;
    this.tail = 0;
    this.length = 0;
  }

  private endTag(): void {
    this.state = 'text';
    const length = Math.min(this.length, KEPT);
    this.length = 0;
    if (length === 0 || this.kept[0] === 0x2f || this.kept[0] === 0x21) return;
    let nameEnd = 0;
    while (nameEnd < length && !isSpaceOrSlash(this.kept[nameEnd])) nameEnd++;
    const qualified = this.name(nameEnd);
    const name = qualified.slice(qualified.indexOf(':') + 1);
    this.handler.tag(name, () => this.decode(nameEnd, length));
    const selfClosing = this.kept[length - 1] === 0x2f;
    if (!selfClosing && this.handler.wantsText?.(name)) this.textOf = name;
  }

  private keepRange(chunk: Uint8Array, from: number, to: number): void {
    if (this.length < KEPT) this.kept.set(chunk.subarray(from, Math.min(to, from + KEPT - this.length)), this.length);
    this.length += to - from;
  }

  private keep(byte: number): void {
    if (this.length < KEPT) this.kept[this.length] = byte;
    this.length++;
  }

  private prefixIs(text: string): boolean {
    for (let i = 0; i < text.length; i++) if (this.kept[i] !== text.charCodeAt(i)) return false;
    return true;
  }

  /** The tag's name: nearly always a few ASCII letters, made without the decoder's cost per call. */
  private name(end: number): string {
    if (end > 16) return this.decode(0, end);
    let name = '';
    for (let i = 0; i < end; i++) {
      const byte = this.kept[i];
      if (byte >= 0x80) return this.decode(0, end);
      name += String.fromCharCode(byte);
    }
    return name;
  }

  private decode(from: number, to: number): string {
    return UTF8.decode(this.kept.subarray(from, to));
  }
}

function isSpaceOrSlash(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0x2f;
}
