// The pane takes the user to what it made: the first new objective sheet, then the summary, activated in the
// request that writes them (Worksheet.activate() queued with the write, no sync of its own).
import example from '../../examples/relazione-2022.json';
import type { Report } from '../../src/core/model';
import { buildObjectives, generateSummary } from '../../src/excel';
import { emulatedWorkbook } from './emulated-workbook';

const report = example as unknown as Report;

describe('activation after a write', () => {
  const { emu, excel } = emulatedWorkbook({ sheets: ['Foglio1'] });

  it('shows the first new objective sheet after a build, in as many syncs as without', async () => {
    // The same two builds on a twin workbook without activation: the syncs to compare with.
    const twin = emulatedWorkbook({ sheets: ['Foglio1'] });
    await buildObjectives(twin.excel, report.objectives.slice(0, 2));
    const quiet = await buildObjectives(twin.excel, report.objectives.slice(0, 4));
    expect(twin.emu.activeSheet()).toBe('Foglio1');

    await buildObjectives(excel, report.objectives.slice(0, 2));
    expect(emu.activeSheet()).toBe('Foglio1');
    const shown = await buildObjectives(excel, report.objectives.slice(0, 4), { activate: true });
    expect(emu.activeSheet()).toBe(`Obiettivo ${report.objectives[2].number}`);
    expect(emu.selection()).toMatchObject({ sheet: `Obiettivo ${report.objectives[2].number}`, address: 'A1' });
    expect(shown.report.syncs).toBe(quiet.report.syncs);
  });

  it('shows the first objective sheet when the build only refreshed sheets', async () => {
    await buildObjectives(excel, report.objectives.slice(0, 4), { activate: true });
    expect(emu.activeSheet()).toBe(`Obiettivo ${report.objectives[0].number}`);
  });

  it('shows the summary after generating it, in as many syncs as without', async () => {
    const quiet = await generateSummary(excel);
    expect(emu.activeSheet()).toBe(`Obiettivo ${report.objectives[0].number}`);
    const shown = await generateSummary(excel, { activate: true });
    expect(emu.activeSheet()).toBe(shown.sheet);
    expect(shown.report.syncs).toBe(quiet.report.syncs);
  });
});
