// A report written as rows of a CSV of indicators: one row per indicator, the objective's columns repeated on each row.
import type { Indicator, Objective, Report } from '../../core/model';
import { OBJECTIVE_SCHEMA, type ObjectiveSchema } from '../../workbook/objective-schema';
import { plainFields, plainFieldText } from '../schema-fields';
import { CSV_HANDLED, csvColumns, type Cells } from './columns';

/** The rows of a report, one per indicator, with Italian headers in the columns' order. */
export function reportToCsvRows(report: Report, schema: ObjectiveSchema = OBJECTIVE_SCHEMA): Record<string, string>[] {
  const rows: Record<string, string>[] = [];
  const columns = csvColumns(schema);
  const plain = plainFields(CSV_HANDLED, schema);
  for (const objective of report.objectives) {
    const indicators: ReadonlyArray<Indicator | undefined> = objective.indicators.length > 0 ? objective.indicators : [undefined];
    const plainCells: Cells = Object.fromEntries(
      plain.flatMap((field) => [[field.key, plainFieldText(field, objective)], [`${field.key}Text`, field.detail?.get(objective)]]),
    );
    for (const indicator of indicators) {
      const cells = { ...objectiveCells(report, objective), ...plainCells, ...(indicator ? indicatorCells(indicator) : {}) };
      const row: Record<string, string> = {};
      for (const column of columns) row[column.italian] = cells[column.field] ?? '';
      rows.push(row);
    }
  }
  return rows;
}

function objectiveCells(report: Report, objective: Objective): Cells {
  return {
    reportTitle: report.title,
    year: String(report.year),
    number: String(objective.number),
    title: objective.title,
    planReferences: objective.planReferences.map((ref) => (ref.text ? `${ref.code} - ${ref.text}` : ref.code)).join('\n'),
    kind: objective.kind,
    kindText: objective.kindText,
    description: objective.description,
    benefits: objective.benefits,
    objectiveWeight: numberCell(objective.weight),
    allocatedAmount: numberCell(objective.allocatedAmount),
    oivScore: numberCell(objective.oiv?.score),
    oivText: objective.oiv?.text,
    resultsText: objective.resultsText,
    neutralisation: objective.neutralisation?.reason,
    objectiveNotes: objective.notes,
  };
}

function indicatorCells(indicator: Indicator): Cells {
  return {
    indicator: indicator.name,
    target: indicator.target,
    revisedTarget: indicator.revision?.revised,
    revisionReason: indicator.revision?.reason,
    revisionDate: indicator.revision?.date,
    baseline: numberCell(indicator.baseline),
    threshold: numberCell(indicator.threshold),
    actual: actualCell(indicator.actual),
    previousValue: actualCell(indicator.previousValue),
    weight: numberCell(indicator.weight),
    indicatorNeutralised: indicator.neutralised === undefined ? undefined : indicator.neutralised ? 'SI' : 'NO',
    notes: indicator.notes,
  };
}

/** Numbers in Italian style without grouping (`0,5`), so both Italian and English readers take them back. */
function numberCell(value: number | undefined): string | undefined {
  return value === undefined ? undefined : String(value).replace('.', ',');
}

function actualCell(actual: Indicator['actual']): string | undefined {
  if (actual === undefined || actual === null) return undefined;
  if (typeof actual === 'boolean') return actual ? 'SI' : 'NO';
  if (typeof actual === 'number') return numberCell(actual);
  return actual;
}
