// Objective sheets that look alike are written once and copied: a copied sheet must show exactly what the same
// objective shows when its sheet is written whole, and the copies must cost a fraction of the bytes.
import example from '../../examples/relazione-2022.json';
import type { Report } from '../../src/core/model';
import { buildObjectives } from '../../src/excel';
import { dumpWorkbook, emulatedWorkbook } from './emulated-workbook';
import { generatedObjectives } from './generated-objectives';
import { CURRENT_EXCEL } from '../support/manifest-sets';

type Dump = { sheets: { name: string; position: number }[]; tables: { sheet: string; id?: string }[]; names: { name: string; formula?: string; value?: string }[] };

/** One sheet of a dump as the user sees it, apart from where it sits among the tabs. */
function sheetSeen(dump: Dump, name: string): unknown {
  const { position: _position, ...sheet } = dump.sheets.find((candidate) => candidate.name === name)!;
  return sheet;
}

describe('objective sheets written as copies of one that looks alike', () => {
  it.each([
    ['the oldest Excel the manifest admits', undefined],
    ['current Excel', CURRENT_EXCEL],
  ])('each copy shows what its objective shows written whole (%s)', async (_label, apiSets) => {
    const objectives = generatedObjectives(6);
    const together = emulatedWorkbook(apiSets ? { apiSets } : {});
    await buildObjectives(together.excel, objectives);
    const all = dumpWorkbook(together.emu) as Dump;
    for (const objective of objectives.slice(1)) {
      const alone = emulatedWorkbook(apiSets ? { apiSets } : {});
      await buildObjectives(alone.excel, [objective]);
      const own = dumpWorkbook(alone.emu) as Dump;
      const sheet = `Obiettivo ${objective.number}`;
      expect(sheetSeen(all, sheet)).toEqual(sheetSeen(own, sheet));
      // Its table (under the layout's name, not the one Excel gives a copy) and the named items pointing at it.
      const tablesOf = (dump: Dump) => dump.tables.filter((table) => table.sheet === sheet).map(({ id: _id, ...table }) => table);
      expect(tablesOf(all)).toEqual(tablesOf(own));
      expect(tablesOf(all)).toHaveLength(1);
      const namesOf = (dump: Dump) => dump.names.filter((name) => JSON.stringify(name).includes(`'${sheet}'!`));
      expect(namesOf(all)).toEqual(namesOf(own));
      expect(namesOf(all).length).toBeGreaterThan(0);
    }
  });

  it('the 2022 report (objectives of 1 to 3 indicators) builds to the same sheets as one objective at a time', async () => {
    const report = example as unknown as Report;
    const together = emulatedWorkbook();
    await buildObjectives(together.excel, report.objectives);
    const all = dumpWorkbook(together.emu) as Dump;
    for (const objective of report.objectives) {
      const alone = emulatedWorkbook();
      await buildObjectives(alone.excel, [objective]);
      const sheet = `Obiettivo ${objective.number}`;
      expect(sheetSeen(all, sheet)).toEqual(sheetSeen(dumpWorkbook(alone.emu) as Dump, sheet));
    }
  });

  it('a copied objective sheet costs under a quarter of the bytes of the first one written whole', async () => {
    const one = emulatedWorkbook();
    await buildObjectives(one.excel, generatedObjectives(1));
    const eleven = emulatedWorkbook();
    await buildObjectives(eleven.excel, generatedObjectives(11));
    const perCopy = (eleven.emu.stats.payloadBytes - one.emu.stats.payloadBytes) / 10;
    expect(perCopy).toBeLessThan(one.emu.stats.payloadBytes / 4);
  });
});
