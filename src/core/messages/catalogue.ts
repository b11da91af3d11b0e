// The one catalogue of what Traguardo tells its users, Italian and English; each area keeps its entries in its own file.
import { generalMessages } from './general';
import { sheetMessages } from './sheet';
import { cellValueMessages } from './cell-values';
import { cliMessages } from './cli';
import { evaluationMessages } from './evaluation';
import { excelMessages } from './excel';
import { functionMessages } from './functions';
import { importCsvMessages } from './import-csv';
import { importErrorMessages } from './import-errors';
import { importFieldMessages } from './import-fields';
import { importJsonMessages } from './import-json';
import { importTextMessages } from './import-text';
import { nextYearMessages } from './next-year';
import { perfRecalcMessages } from './perf-recalc';
import { annualCycleMessages } from './annual-cycle';
import { importValueMessages } from './import-values';
import { inputTextMessages } from './input-text';
import { limitsMessages } from './limits';
import { parseMessages } from './parse';
import { recordMessages } from './record';
import { reportDocMessages } from './report-doc';
import { rulesMessages } from './rules';
import { settingsMessages } from './settings';
import { summaryMessages } from './summary';
import { verdictMessages } from './verdicts';
import { xlsxMessages } from './xlsx';
import { type Entry, type Language, type Message, type MessageParam, wordsFor } from './message';

const CATALOGUE = {
  ...generalMessages,
  ...sheetMessages,
  ...cellValueMessages,
  ...parseMessages,
  ...evaluationMessages,
  ...excelMessages,
  ...settingsMessages,
  ...rulesMessages,
  ...functionMessages,
  ...importErrorMessages,
  ...cliMessages,
  ...summaryMessages,
  ...verdictMessages,
  ...importFieldMessages,
  ...importValueMessages,
  ...importJsonMessages,
  ...importCsvMessages,
  ...importTextMessages,
  ...xlsxMessages,
  ...limitsMessages,
  ...recordMessages,
  ...inputTextMessages,
  ...reportDocMessages,
  ...nextYearMessages,
  ...perfRecalcMessages,
  ...annualCycleMessages,
};

export type MessageCode = keyof typeof CATALOGUE;
export type ParamsOf<C extends MessageCode> = Parameters<(typeof CATALOGUE)[C]['it']>[0];

/** A message of the catalogue, its parameters checked against the entry. */
export function msg<C extends MessageCode>(code: C, ...params: ParamsOf<C> extends Record<string, never> ? [] : [ParamsOf<C>]): Message {
  return { code, params: (params[0] ?? {}) as Record<string, MessageParam> };
}

/** The message's words in the language; an unknown code still shows its code and parameters, never nothing. */
export function renderMessage(message: Message, language: Language): string {
  const found = (CATALOGUE as unknown as Record<string, Entry<Record<string, MessageParam>>>)[message.code];
  const words = wordsFor(language, renderMessage);
  if (found === undefined) return `${message.code} ${JSON.stringify(message.params)}`;
  return found[language](message.params, words);
}

/** Every code in the catalogue (tests check each renders in both languages). */
export const MESSAGE_CODES = Object.keys(CATALOGUE) as MessageCode[];
