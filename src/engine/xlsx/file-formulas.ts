// Formula text as Office.js shows it versus as an .xlsx file stores it: no leading "=", and prefixes on
// functions newer than Excel 2007 ("_xlfn.IFNA") and on JavaScript custom functions: Excel saves PERF.STATUS( as
// "_xldudf_PERF_STATUS(", the namespace's dot an underscore (OfficeDev/Excel-Custom-Functions#108, office-js#3872).

/** Functions a file must store with "_xlfn." or Excel 2010+ reads them as unknown names (#NAME?). */
const FUTURE_FUNCTIONS = new Set([
  'IFNA', 'IFS', 'SWITCH', 'MAXIFS', 'MINIFS', 'CONCAT', 'TEXTJOIN', 'XLOOKUP', 'XMATCH', 'FILTER', 'SORT', 'SORTBY',
  'UNIQUE', 'SEQUENCE', 'RANDARRAY', 'LET', 'LAMBDA', 'DAYS', 'ISOWEEKNUM', 'STDEV.S', 'STDEV.P', 'VAR.S', 'VAR.P',
  'PERCENTILE.INC', 'PERCENTILE.EXC', 'QUARTILE.INC', 'QUARTILE.EXC', 'RANK.EQ', 'RANK.AVG', 'MODE.SNGL', 'CEILING.MATH',
  'FLOOR.MATH', 'AGGREGATE', 'NUMBERVALUE', 'FORMULATEXT', 'ISFORMULA', 'SHEET', 'SHEETS', 'XOR',
]);

/** Splits a formula into quoted parts ("text", 'sheet name') kept as they are and the code between them. */
function mapOutsideQuotes(formula: string, mapCode: (code: string) => string): string {
  let out = '';
  let index = 0;
  while (index < formula.length) {
    const double = formula.indexOf('"', index);
    const single = formula.indexOf("'", index);
    const start = double < 0 ? single : single < 0 ? double : Math.min(double, single);
    if (start < 0) break;
    out += mapCode(formula.slice(index, start));
    const char = formula[start];
    // A doubled quote inside a quoted part is an escaped quote, not its end.
    let end = start + 1;
    while (end < formula.length) {
      if (formula[end] === char && formula[end + 1] === char) end += 2;
      else if (formula[end] === char) break;
      else end += 1;
    }
    out += formula.slice(start, end + 1);
    index = end + 1;
  }
  return out + mapCode(formula.slice(index));
}

// Names may hold "_" and ".": another add-in's saved "_xldudf_CONTOSO_GETVAL(" is one call, of a function the engine
// lacks. The look-behind leaves the "(" before a nested call unconsumed, so IFERROR(PERF.STATUS( gives both names.
const FUNCTION_CALL = /(?<![A-Za-z0-9_.])([A-Za-z_][A-Za-z0-9_.]*)\(/g;

/** The upper-case names of the functions a formula calls (text in quotes is not looked at). */
export function functionNamesIn(formula: string): string[] {
  const names: string[] = [];
  mapOutsideQuotes(formula, (code) => {
    for (const match of code.matchAll(FUNCTION_CALL)) names.push(match[1].toUpperCase());
    return code;
  });
  return names;
}

/** The custom function `name` (e.g. "PERF.STATUS") as Excel saves it ("_xldudf_PERF_STATUS"), when it is in `namespaces`. */
function savedCustomFunction(name: string, namespaces: readonly string[]): string | null {
  const upper = name.toUpperCase();
  const namespace = namespaces.find((candidate) => upper.startsWith(`${candidate.toUpperCase()}.`));
  return namespace === undefined ? null : `_xldudf_${upper.replace(/\./g, '_')}`;
}

/**
 * "=IFNA(A1,0)" -> "_xlfn.IFNA(A1,0)" and "=PERF.STATUS(B22)" -> "_xldudf_PERF_STATUS(B22)" for the custom-function
 * `namespaces`: the text of the <f> element, as Excel writes it.
 */
export function toFileFormula(formula: string, namespaces: readonly string[]): string {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  return mapOutsideQuotes(body, (code) =>
    code.replace(FUNCTION_CALL, (match, name: string) => {
      if (FUTURE_FUNCTIONS.has(name.toUpperCase())) return `_xlfn.${name}(`;
      const saved = savedCustomFunction(name, namespaces);
      return saved === null ? match : `${saved}(`;
    }),
  );
}

/**
 * The <f> text of a file -> the formula Office.js would show: "=" in front, "_xlfn."/"_xlws." dropped, and
 * custom functions of `namespaces` saved by Excel as "_xldudf_PERF_STATUS(" (or "_xldudf_PERF.STATUS(") back to
 * "PERF.STATUS(". Other add-ins' functions keep their "_xldudf_" name, as Excel shows them without those add-ins.
 */
export function fromFileFormula(text: string, namespaces: readonly string[]): string {
  const namespacePrefixes = namespaces.map((namespace) => new RegExp(`^${namespace}[_.]`, 'i'));
  const body = mapOutsideQuotes(text, (code) =>
    code
      .replace(/_xl(?:fn|ws)\./gi, '')
      .replace(/_xldudf_([A-Za-z][A-Za-z0-9_.]*)\(/g, (match, name: string) => {
        const prefix = namespacePrefixes.findIndex((pattern) => pattern.test(name));
        if (prefix < 0) return match;
        return `${namespaces[prefix]}.${name.slice(namespaces[prefix].length + 1).toUpperCase()}(`;
      }),
  );
  return `=${body}`;
}
