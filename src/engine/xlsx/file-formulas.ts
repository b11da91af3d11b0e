// Formula text as Office.js shows it versus as an .xlsx file stores it: no leading "=", and prefixes on
// functions newer than Excel 2007 ("_xlfn.IFNA") and on JavaScript custom functions ("_xldudf_PERF_STATUS").

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
  let code = '';
  let index = 0;
  while (index < formula.length) {
    const char = formula[index];
    if (char !== '"' && char !== "'") {
      code += char;
      index += 1;
      continue;
    }
    out += mapCode(code);
    code = '';
    // A doubled quote inside a quoted part is an escaped quote, not its end.
    let end = index + 1;
    while (end < formula.length) {
      if (formula[end] === char && formula[end + 1] === char) end += 2;
      else if (formula[end] === char) break;
      else end += 1;
    }
    out += formula.slice(index, end + 1);
    index = end + 1;
  }
  return out + mapCode(code);
}

const FUNCTION_CALL = /(^|[^A-Za-z0-9_.])([A-Za-z][A-Za-z0-9.]*)\(/g;

/** The upper-case names of the functions a formula calls (text in quotes is not looked at). */
export function functionNamesIn(formula: string): string[] {
  const names: string[] = [];
  mapOutsideQuotes(formula, (code) => {
    for (const match of code.matchAll(FUNCTION_CALL)) names.push(match[2].toUpperCase());
    return code;
  });
  return names;
}

/** "=IFNA(A1,0)" -> "_xlfn.IFNA(A1,0)": the text of the <f> element. */
export function toFileFormula(formula: string): string {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  return mapOutsideQuotes(body, (code) =>
    code.replace(FUNCTION_CALL, (match, before: string, name: string) =>
      FUTURE_FUNCTIONS.has(name.toUpperCase()) ? `${before}_xlfn.${name}(` : match,
    ),
  );
}

/**
 * The <f> text of a file -> the formula Office.js would show: "=" in front, "_xlfn."/"_xlws." dropped, and
 * custom functions saved by Excel as "_xldudf_PERF_STATUS(" (or "_xldudf_PERF.STATUS(") back to "PERF.STATUS(".
 */
export function fromFileFormula(text: string, namespaces: readonly string[]): string {
  const namespaceUnderscore = namespaces.map((namespace) => new RegExp(`^${namespace}_`, 'i'));
  const body = mapOutsideQuotes(text, (code) =>
    code
      .replace(/_xl(?:fn|ws)\./gi, '')
      .replace(/_xldudf_([A-Za-z][A-Za-z0-9_.]*)\(/g, (_match, name: string) => {
        const prefix = namespaceUnderscore.findIndex((pattern) => pattern.test(name));
        const restored = prefix >= 0 ? `${namespaces[prefix]}.${name.slice(namespaces[prefix].length + 1)}` : name;
        return `${restored.toUpperCase()}(`;
      }),
  );
  return `=${body}`;
}
