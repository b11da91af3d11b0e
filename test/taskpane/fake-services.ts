// An in-memory WorkbookServices for screen tests that need a failure on demand (the emulator never fails on cue).
import type { Objective } from '../../src/core/model';
import type { SummaryFigures, WorkbookProblem, WorkbookServices } from '../../src/taskpane/services/types';
import { DEFAULT_SETTINGS, type WorkbookSettings } from '../../src/workbook/settings';

export interface FakeWorkbook {
  objectives: Objective[];
  settings: WorkbookSettings;
  problems: WorkbookProblem[];
  selected: string[];
  /** When set, buildObjectives writes this many objectives, then fails with this error. */
  failBuildAfter?: { count: number; error: Error & { written?: string[] } };
}

export function fakeServices(workbook: FakeWorkbook): WorkbookServices {
  const sheetOf = (objective: Objective): string => `Obiettivo ${objective.number}`;
  return {
    async listObjectives() {
      return workbook.objectives.map((o) => ({ number: o.number, title: o.title, sheet: sheetOf(o), status: 'Non valutabile', finalDegree: null }));
    },
    async readObjective(number) {
      const found = workbook.objectives.find((o) => o.number === number);
      if (!found) throw new Error(`Obiettivo ${number} non trovato`);
      return found;
    },
    async buildObjectives(objectives) {
      const failure = workbook.failBuildAfter;
      const writing = failure ? objectives.slice(0, failure.count) : objectives;
      workbook.objectives = [...workbook.objectives.filter((o) => !writing.some((w) => w.number === o.number)), ...writing];
      if (failure) throw Object.assign(failure.error, { written: writing.map(sheetOf) });
      return { sheets: objectives.map(sheetOf) };
    },
    async checkWorkbook() {
      return workbook.problems;
    },
    async selectCell(sheet, address) {
      workbook.selected.push(`${sheet}!${address}`);
    },
    async activateSheet(sheet) {
      workbook.selected.push(sheet);
    },
    async generateSummary(): Promise<SummaryFigures> {
      throw new Error('not used by these tests');
    },
    async readRelazione() {
      throw new Error('not used by these tests');
    },
    async readSettings() {
      return workbook.settings;
    },
    async writeSettings(settings) {
      workbook.settings = settings;
    },
    async generateMonitoring() {
      throw new Error('not used by these tests');
    },
    async readWorkbook() {
      throw new Error('not used by these tests');
    },
    async findUnevaluatedPerf() {
      return { cells: 0, sheets: [] }; // the fake workbook has no formulas
    },
    async recalculatePerf() {
      throw new Error('not used by these tests');
    },
  };
}

export function emptyFakeWorkbook(): FakeWorkbook {
  return { objectives: [], settings: DEFAULT_SETTINGS, problems: [], selected: [] };
}
