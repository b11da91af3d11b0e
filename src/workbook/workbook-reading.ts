// Reading every objective sheet of a workbook snapshot: one reading per sheet, duplicates flagged.
import { msg } from '../core/messages';
import type { Objective } from '../core/model';
import { verdictFindings } from '../core/verdicts';
import { rulesWarnings } from '../core/rules';
import { recordedObjectives, recordProblems } from './objective-record';
import type { Problem } from './problems';
import { readObjectiveSheet, type ObjectiveReading } from './readers';
import type { WorkbookSettings } from './settings';
import { readSettings } from './settings-sheet';
import { PAYOUT_RULE_KEY } from './rule-settings';
import type { SheetSnapshot } from './snapshot';
import type { SheetTag } from './tags';

export interface SheetInfo {
  name: string;
  tag: SheetTag | null;
  position: number;
}

/** What src/excel/ reads in one batch: every sheet's name and tag, the objective sheets' cells, the settings. */
export interface WorkbookSnapshot {
  sheets: SheetInfo[];
  objectiveSheets: SheetSnapshot[];
  settingsSheet: SheetSnapshot | null;
}

export interface WorkbookReading {
  /** In objective-number order. */
  objectives: ObjectiveReading[];
  settings: WorkbookSettings;
  /** Every problem: the sheets', duplicates, unusable settings, and rules worth a warning. */
  problems: Problem[];
  /** The objectives the settings sheet records (null for a workbook built before the record). */
  recorded: number[] | null;
}

/** One objective per number, the first sheet of each, as the Riepilogo links them (a duplicate is a problem already). */
export function distinctObjectives(reading: WorkbookReading): Objective[] {
  const seen = new Set<number>();
  return reading.objectives.flatMap(({ objective }) => {
    if (seen.has(objective.number)) return [];
    seen.add(objective.number);
    return [objective];
  });
}

export function readWorkbookSnapshot(snapshot: WorkbookSnapshot): WorkbookReading {
  const objectives = snapshot.objectiveSheets.map((sheet) => readObjectiveSheet(sheet)).sort((a, b) => a.objective.number - b.objective.number);
  const problems: Problem[] = [];
  const firstSheetOf = new Map<number, string>();
  for (const reading of objectives) {
    const number = reading.objective.number;
    const first = firstSheetOf.get(number);
    const sheetName = reading.sheetName;
    if (first !== undefined) {
      problems.push({
        sheet: sheetName,
        address: 'A1',
        objective: number,
        code: 'duplicate-objective',
        message: msg('sheet.duplicateObjective', { number, first, second: sheetName }),
      });
    } else firstSheetOf.set(number, sheetName);
    problems.push(...reading.problems);
  }
  // Every objective accounted for: a missing sheet or misdirected names are named, never silently left out.
  problems.push(...recordProblems(objectives, snapshot.objectiveSheets, snapshot.settingsSheet));
  const settings = readSettings(snapshot.settingsSheet);
  for (const problem of settings.problems) {
    problems.push({
      sheet: snapshot.settingsSheet?.name ?? '',
      address: problem.address,
      objective: null,
      code: 'setting-invalid',
      message: problem.message,
    });
  }
  // Rules that pay a "Non raggiunto" objective are the body's choice, but one to be seen wherever problems are listed.
  for (const warning of rulesWarnings(settings.settings)) {
    problems.push({
      sheet: snapshot.settingsSheet?.name ?? '',
      address: settings.addresses.get(PAYOUT_RULE_KEY) ?? 'A1',
      objective: null,
      code: 'rules-warning',
      message: warning,
    });
  }
  for (const reading of objectives) problems.push(...verdictProblems(reading, settings.settings));
  return { objectives, settings: settings.settings, problems, recorded: recordedObjectives(snapshot.settingsSheet) };
}

/** Where the computed degree, the OIV's score and the stated verdict disagree, and shortfalls left unexplained. */
function verdictProblems(reading: ObjectiveReading, rules: Pick<WorkbookSettings, 'cutoffs' | 'verdictTolerance'>): Problem[] {
  const { objective, cells, computed } = reading;
  const hasRow = (key: string): boolean => !reading.absentHeader.has(key);
  const findings = verdictFindings(
    {
      objective: objective.number,
      computedDegree: computed.score,
      oivScore: objective.oiv?.score ?? null,
      stated: hasRow('statedVerdict') ? (objective.statedVerdict?.status ?? null) : null,
      finalStatus: computed.status,
      neutralised: objective.neutralisation !== undefined,
      shortfallReason: objective.shortfallReason,
    },
    rules.cutoffs,
    rules.verdictTolerance,
  );
  return findings
    // A sheet built before the reason had a row cannot hold one yet: refreshing it adds the row.
    .filter((finding) => finding.kind !== 'missing-shortfall-reason' || hasRow('shortfallReason'))
    .map((finding) => ({
      sheet: reading.sheetName,
      address: finding.kind === 'missing-shortfall-reason' ? cells.header.shortfallReason : cells.footer.status,
      objective: objective.number,
      code: finding.kind,
      message: finding.message,
    }));
}
