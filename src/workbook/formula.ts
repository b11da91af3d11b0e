// Building en-US formula text (',' separators, as Office.js `formulas` expects) without string mistakes.

/** A sheet name as a formula prefix; always quoted, which Excel accepts for every name. */
function sheetPrefix(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!`;
}

/** A reference to a cell or range of another sheet: `'Obiettivo 5'!B24`. */
export function sheetRef(sheetName: string, address: string): string {
  return sheetPrefix(sheetName) + address;
}

/** A text literal inside a formula: `"Non valutabile"`, quotes doubled. */
export function textLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A formula from its body: `formula('SUM(A1:A3)')` -> `=SUM(A1:A3)`. */
export function formula(body: string): string {
  return `=${body}`;
}

/** `IF(LEN(x)=0, whenBlank, otherwise)`: the blank test that treats "" from a formula like an empty cell. */
export function ifBlank(ref: string, whenBlank: string, otherwise: string): string {
  return `IF(LEN(${ref})=0,${whenBlank},${otherwise})`;
}

/**
 * `IF(x="", whenEmpty, otherwise)`: ifBlank's test in fewer bytes (an empty cell and a formula's "" both equal ""), for
 * sheets replaced whole; a sheet a refresh compares with its template keeps ifBlank, as older workbooks have it.
 */
export function ifEmpty(ref: string, whenEmpty: string, otherwise: string): string {
  return `IF(${ref}="",${whenEmpty},${otherwise})`;
}
