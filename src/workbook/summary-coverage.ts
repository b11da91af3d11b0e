// How many objectives the totals cover, against the settings sheet's record of the workbook's objectives: as a
// message (the command line) and as a live formula on the Riepilogo, so a sheet deleted later shows there at once.
import { msg, renderMessage, type Language, type Message } from '../core/messages';
import { formula, textLiteral } from './formula';
import { OBJECTIVES_RECORD_NAME } from './objective-record';

/** "10 di 11 registrati": the case the two counts make; null recorded = the workbook keeps no record. */
export function coverageMessage(counted: number | string, recorded: number | string | null, compare: 'less' | 'equal' | 'more'): Message {
  if (recorded === null) return msg('record.coverageUnrecorded', { counted });
  if (compare === 'less') return msg('record.coverageShort', { counted, recorded });
  if (compare === 'more') return msg('record.coverageOver', { counted, recorded });
  return msg('record.coverageOf', { counted, recorded });
}

/** The case two known counts make. */
export function compareCounts(counted: number, recorded: number): 'less' | 'equal' | 'more' {
  return counted < recorded ? 'less' : counted > recorded ? 'more' : 'equal';
}

// Private-use characters mark where an expression goes: no message's words hold them.
const SLOT = /\uE000(\d+)\uE001/;

/** A message as a formula body: its words as text literals joined with `&` around the expressions it was given. */
function liveText(message: (slot: (expression: string) => string) => Message, language: Language): string {
  const expressions: string[] = [];
  const rendered = renderMessage(
    message((expression) => `\uE000${expressions.push(expression) - 1}\uE001`),
    language,
  );
  // split() with a capturing group alternates words and slot numbers.
  const parts = rendered.split(SLOT).flatMap((part, index) => {
    if (index % 2 === 1) return [`(${expressions[Number(part)]})`];
    return part === '' ? [] : [textLiteral(part)];
  });
  return parts.join('&');
}

/**
 * The coverage line's formula: `counted` is an expression counting the objective rows whose link still gives a
 * number (a deleted sheet's row is #REF!); the record's count comes from its name, absent in workbooks without one.
 */
export function coverageFormula(counted: string, language: Language): string {
  const recorded = `COUNT(${OBJECTIVES_RECORD_NAME})`;
  const text = (compare: 'less' | 'equal' | 'more', withRecord: boolean) =>
    liveText((slot) => coverageMessage(slot(counted), withRecord ? slot(recorded) : null, compare), language);
  const known = `IF(${counted}<${recorded},${text('less', true)},IF(${counted}>${recorded},${text('more', true)},${text('equal', true)}))`;
  // Not a reference: the name is missing (built before the record) or lost its sheet (#REF!).
  return formula(`IF(ISERROR(ROWS(${OBJECTIVES_RECORD_NAME})),${text('equal', false)},${known})`);
}
