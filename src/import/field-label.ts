// An issue's field as people read it ("Indicatore 1, risultato"), from the model's path (indicators[0].actual).
import { msg, type Message } from '../core/messages';
import type { ImportFieldKey, IndicatorFieldKey } from '../core/messages/import-fields';
import type { ImportIssue } from './issue';
import { OBJECTIVE_SCHEMA } from '../workbook/objective-schema';

/** Paths that name one field of the report or of an objective; `title` and `notes` depend on which. */
const PATHS: Readonly<Record<string, ImportFieldKey>> = {
  year: 'year',
  body: 'body',
  objectives: 'objectives',
  fund: 'fund',
  'fund.total': 'fundTotal',
  'fund.threshold': 'fundThreshold',
  cutoffs: 'cutoffs',
  'cutoffs.achievedFrom': 'achievedFrom',
  'cutoffs.partialFrom': 'partialFrom',
  number: 'number',
  area: 'area',
  planReferences: 'planReferences',
  kind: 'kind',
  kindText: 'kindText',
  description: 'description',
  benefits: 'benefits',
  weight: 'weight',
  allocatedAmount: 'allocatedAmount',
  indicators: 'indicators',
  oiv: 'oiv',
  'oiv.score': 'oivScore',
  'oiv.text': 'oivText',
  statedVerdict: 'statedVerdict',
  'statedVerdict.status': 'statedVerdict',
  'statedVerdict.text': 'statedVerdictText',
  shortfallReason: 'shortfallReason',
  neutralisation: 'neutralisation',
  'neutralisation.reason': 'neutralisationReason',
  resultsText: 'resultsText',
  csv: 'csv',
};

const INDICATOR_PATHS: Readonly<Record<string, IndicatorFieldKey>> = {
  name: 'name',
  target: 'target',
  revision: 'revision',
  'revision.original': 'original',
  'revision.revised': 'revised',
  'revision.reason': 'revisionReason',
  'revision.date': 'revisionDate',
  baseline: 'baseline',
  threshold: 'threshold',
  actual: 'actual',
  previousValue: 'previousValue',
  weight: 'weight',
  neutralised: 'neutralised',
  notes: 'notes',
};

const has = (record: object, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);

/** The field of an import issue as a label in the catalogue; a path no label knows is quoted as written. */
export function fieldLabel(issue: Pick<ImportIssue, 'field' | 'objective'>): Message {
  const path = issue.field;
  if (path === 'title' || path === 'notes') {
    const whole = issue.objective === null;
    return msg('import.field', { field: path === 'title' ? (whole ? 'reportTitle' : 'title') : whole ? 'reportNotes' : 'notes' });
  }
  if (has(PATHS, path)) return msg('import.field', { field: PATHS[path] });
  const schemaField = OBJECTIVE_SCHEMA.header.find((field) => field.key === path);
  if (schemaField !== undefined) return msg('label.field', { it: schemaField.label.it, en: schemaField.label.en });
  const item = /^(indicators|planReferences|objectives|notes)\[(\d+)\](?:\.(.+))?$/.exec(path);
  const position = item === null ? 0 : Number(item[2]) + 1;
  const rest = item?.[3];
  switch (item?.[1]) {
    case 'indicators':
      if (rest === undefined) return msg('import.indicatorField', { indicator: position, field: null });
      if (has(INDICATOR_PATHS, rest)) return msg('import.indicatorField', { indicator: position, field: INDICATOR_PATHS[rest] });
      break;
    case 'planReferences':
      if (rest === undefined || rest === 'code' || rest === 'text') return msg('import.referenceField', { reference: position, part: rest ?? null });
      break;
    case 'objectives':
      if (rest === undefined || rest === 'number') return msg('import.objectiveAt', { position, number: rest === 'number' });
      break;
    case 'notes':
      if (rest === undefined) return msg('import.noteAt', { position });
      break;
  }
  return msg('import.otherField', { name: path });
}
