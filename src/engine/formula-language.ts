// Formula text as Excel shows it in a display language: en-US (what Office.js `formulas` takes) or Italian
// (=PERF.RAGGIUNTO(G20;B20), SOMMA, 0,5, #VALORE!). Names come from HyperFormula's language packs and functions-it-names.json.
import enUS from 'hyperformula/i18n/languages/enUS';
import itIT from 'hyperformula/i18n/languages/itIT';
import italianNames from '../functions/functions-it-names.json';
import { PERF_NAMESPACE } from './perf-plugin';

/** How one language writes formulas: names by HyperFormula's canonical id, errors by code, separators. */
interface FormulaSyntax {
  functions: ReadonlyMap<string, string>;
  /** Upper-cased local name -> canonical id. */
  ids: ReadonlyMap<string, string>;
  errors: Readonly<Record<string, string>>;
  argumentSeparator: string;
  decimalSeparator: string;
  arrayColumnSeparator: string;
  arrayRowSeparator: string;
  /** A number literal at the start of the text, decimals and exponent included. */
  number: RegExp;
}

/** Italian formula names of the PERF.* functions by formula id, e.g. PERF.ACHIEVED -> PERF.RAGGIUNTO. */
export function italianFormulaNames(namespace: string = PERF_NAMESPACE): Record<string, string> {
  const names: Record<string, string> = {};
  for (const [id, entry] of Object.entries(italianNames as Record<string, { name: string }>)) {
    names[`${namespace}.${id}`.toUpperCase()] = `${namespace}.${entry.name}`.toUpperCase();
  }
  return names;
}

type Separators = Pick<FormulaSyntax, 'argumentSeparator' | 'decimalSeparator' | 'arrayColumnSeparator' | 'arrayRowSeparator'>;

function syntax(functions: Record<string, string>, errors: Record<string, string>, separators: Separators): FormulaSyntax {
  const byId = new Map(Object.entries(functions));
  const ids = new Map([...byId].map(([id, name]) => [name.toUpperCase(), id]));
  const number = new RegExp(`^[0-9]*(?:\\${separators.decimalSeparator}[0-9]*)?(?:[eE][+-]?[0-9]+)?`);
  return { functions: byId, ids, errors, ...separators, number };
}

const perfIds = Object.keys(italianFormulaNames());

const EN_US = syntax({ ...enUS.functions, ...Object.fromEntries(perfIds.map((id) => [id, id])) }, enUS.errors, {
  argumentSeparator: ',',
  decimalSeparator: '.',
  arrayColumnSeparator: ',',
  arrayRowSeparator: ';',
});

// Italian Excel: ";" between arguments, "," decimals, "\" between the columns of an array constant.
const IT_IT = syntax({ ...itIT.functions, ...italianFormulaNames() }, itIT.errors, {
  argumentSeparator: ';',
  decimalSeparator: ',',
  arrayColumnSeparator: '\\',
  arrayRowSeparator: ';',
});

/** The formula syntax of an Office display language ("it-IT", "it-CH", "en-US"...): Italian or else en-US. */
function syntaxOf(language: string): FormulaSyntax {
  return /^it(-|$)/i.test(language) ? IT_IT : EN_US;
}

const NAME_START = /[A-Za-z_$\u00C0-\u024F]/;
const NAME_PART = /[A-Za-z0-9_.$\u00C0-\u024F]/;
const DIGIT = /[0-9]/;

/** Index just past a quoted run starting at `start` ("text" or 'sheet name'), a doubled quote being part of it. */
function quotedEnd(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] !== quote) return i + 1;
      i += 2;
    } else i += 1;
  }
  return text.length;
}

function translate(formula: string, from: FormulaSyntax, to: FormulaSyntax): string {
  if (from === to || !formula.startsWith('=')) return formula;
  const errorCodes = Object.entries(from.errors).sort(([, a], [, b]) => b.length - a.length);
  let out = '=';
  let braces = 0;
  let i = 1;
  while (i < formula.length) {
    const ch = formula[i];
    const previous = formula[i - 1];
    if (ch === '"' || ch === "'") {
      const end = quotedEnd(formula, i, ch);
      out += formula.slice(i, end);
      i = end;
    } else if (ch === '[') {
      // Structured and external references are copied as written.
      const end = formula.indexOf(']', i);
      const stop = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, stop);
      i = stop;
    } else if (ch === '#') {
      const found = errorCodes.find(([, shown]) => formula.slice(i, i + shown.length).toUpperCase() === shown);
      out += found ? to.errors[found[0]] : ch;
      i += found ? found[1].length : 1;
    } else if ((DIGIT.test(ch) || (ch === from.decimalSeparator && DIGIT.test(formula[i + 1] ?? ''))) && !NAME_PART.test(previous)) {
      const match = from.number.exec(formula.slice(i))![0];
      out += match.replace(from.decimalSeparator, to.decimalSeparator);
      i += match.length;
    } else if (NAME_START.test(ch)) {
      let end = i + 1;
      while (end < formula.length && NAME_PART.test(formula[end])) end += 1;
      const name = formula.slice(i, end);
      const next = formula[end];
      const id = from.ids.get(name.toUpperCase());
      const isCall = next === '(';
      // A bare TRUE/FALSE is the boolean; any other bare name is a reference or a defined name.
      const isBoolean = !isCall && next !== '!' && (id === 'TRUE' || id === 'FALSE');
      out += id !== undefined && (isCall || isBoolean) ? (to.functions.get(id) ?? name) : name;
      i = end;
    } else {
      if (ch === '{') braces += 1;
      if (ch === '}') braces = Math.max(0, braces - 1);
      if (braces > 0 && ch === from.arrayColumnSeparator) out += to.arrayColumnSeparator;
      else if (braces > 0 && ch === from.arrayRowSeparator) out += to.arrayRowSeparator;
      else if (braces === 0 && ch === from.argumentSeparator) out += to.argumentSeparator;
      else out += ch;
      i += 1;
    }
  }
  return out;
}

/** An en-US formula (as Office.js `formulas` gives it) as Excel in `displayLanguage` shows it; constants pass unchanged. */
export function localizeFormula(formula: string, displayLanguage: string): string {
  return translate(formula, EN_US, syntaxOf(displayLanguage));
}

/** A formula typed in Excel of `displayLanguage` as en-US (what Office.js `formulas` takes); constants pass unchanged. */
export function delocalizeFormula(formula: string, displayLanguage: string): string {
  return translate(formula, syntaxOf(displayLanguage), EN_US);
}
