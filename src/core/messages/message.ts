// A message is a code and its parameters; its words come from the catalogue, in the reader's language.
// Core and the readers store messages, never sentences: the pane and the CLI render them when shown.
import { errorNameIn } from '../excel-errors';
import { formatNumberIt } from '../format-number';

export type Language = 'it' | 'en';

/** A parameter: text and numbers as they are, or a message rendered in the same language. */
export type MessageParam = string | number | boolean | null | undefined | Message | readonly MessageParam[];

export interface Message {
  readonly code: string;
  readonly params: Readonly<Record<string, MessageParam>>;
}

/** How an entry writes its parameters in its language. */
export interface Words {
  readonly language: Language;
  /** A number as the language writes it (1.234,5 or 1,234.5). */
  num(value: number): string;
  /** A fraction as percentage points with the sign: 0.9946 -> "99,46%". */
  pct(fraction: number): string;
  /** A value quoted as the analyst wrote it: text in quotes, numbers written in the language. */
  quote(value: MessageParam): string;
  /** A parameter written out: a message in this language, a list joined with commas. */
  text(value: MessageParam): string;
  /** An Excel error value as Excel shows it beside this language: "#VALORE!" in Italian, "#VALUE!" in English. */
  error(value: string): string;
  /** A duration with one decimal, as the language writes it: "2,4 s", "1,0 s" / "2.4 s". */
  seconds(milliseconds: number): string;
}

export interface Entry<P> {
  it: (params: P, words: Words) => string;
  en: (params: P, words: Words) => string;
}

/** Declares one entry; the type of its parameters is checked where the message is made. */
export const entry = <P extends Record<string, MessageParam> = Record<string, never>>(value: Entry<P>): Entry<P> => value;

function formatNumberEn(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return value.toLocaleString('en-US', { maximumFractionDigits: 10 });
}

export type Renderer = (message: Message, language: Language) => string;

export function wordsFor(language: Language, render: Renderer): Words {
  const num = language === 'it' ? formatNumberIt : formatNumberEn;
  const words: Words = {
    language,
    num,
    // Two decimals at most: a message quotes a percentage, it does not restate the figure.
    pct: (fraction) => `${num(Math.round(fraction * 10000) / 100)}%`,
    quote: (value) => (typeof value === 'string' ? `"${value}"` : words.text(value)),
    error: (value) => errorNameIn(value, language),
    seconds: (milliseconds) => `${(milliseconds / 1000).toFixed(1).replace('.', language === 'it' ? ',' : '.')} s`,
    text: (value) => {
      if (value === null || value === undefined) return '';
      if (typeof value === 'number') return num(value);
      if (typeof value === 'string') return value;
      if (typeof value === 'boolean') return String(value).toUpperCase();
      if (Array.isArray(value)) return value.map((item: MessageParam) => words.text(item)).join(', ');
      return render(value as Message, language);
    },
  };
  return words;
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as Message).code === 'string' && typeof (value as Message).params === 'object';
}

/** Why a thrown value failed, as a message: the Message a core error carries, else its text as it came. */
export function reasonOf(error: unknown): Message {
  if (isMessage(error)) return error;
  if (typeof error === 'object' && error !== null) {
    const carried = Object.values(error).find(isMessage);
    if (carried !== undefined) return carried;
  }
  const text = error instanceof Error ? error.message : String(error);
  return { code: 'general.text', params: { text } };
}
