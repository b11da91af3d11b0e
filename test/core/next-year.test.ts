import example from '../../examples/relazione-2022.json';
import { renderMessage } from '../../src/core/messages';
import type { Report } from '../../src/core/model';
import { rollToNextYear } from '../../src/core/next-year';
import { parseReportJson } from '../../src/import/report-json';

const report2022 = parseReportJson(example).report as Report;

describe('rollToNextYear: the 2022 example rolled to 2023', () => {
  const roll = rollToNextYear(report2022, 2023);
  const next = roll.report;

  it('keeps the same objectives, titles, plan codes and indicators, in the new year', () => {
    expect(next.year).toBe(2023);
    expect(next.title).toMatch(/Relazione sulla Performance 2023$/);
    expect(next.title).toContain('2016 – 2018');
    expect(next.objectives.map((o) => o.number)).toEqual(report2022.objectives.map((o) => o.number));
    expect(next.objectives.map((o) => o.title)).toEqual(report2022.objectives.map((o) => o.title));
    expect(next.objectives.map((o) => o.planReferences)).toEqual(report2022.objectives.map((o) => o.planReferences));
    expect(next.objectives.map((o) => o.indicators.map((i) => i.name))).toEqual(report2022.objectives.map((o) => o.indicators.map((i) => i.name)));
  });

  it('puts every 2022 result in the 2023 previous value of the same indicator', () => {
    for (const [o, objective] of report2022.objectives.entries()) {
      for (const [i, indicator] of objective.indicators.entries()) {
        const carried = next.objectives[o].indicators[i];
        if (indicator.actual === undefined || indicator.actual === null) expect(carried.previousValue).toBeUndefined();
        else expect(carried.previousValue).toBe(indicator.actual);
      }
    }
    expect(roll.counts.previousValues).toBe(18);
  });

  it('leaves nothing of 2022\'s evaluation: results, verdicts, OIV scores, reasons, revisions', () => {
    for (const objective of next.objectives) {
      expect(objective.oiv).toBeUndefined();
      expect(objective.statedVerdict).toBeUndefined();
      expect(objective.shortfallReason).toBeUndefined();
      expect(objective.resultsText).toBeUndefined();
      expect(objective.neutralisation).toBeUndefined();
      for (const indicator of objective.indicators) {
        expect(indicator.actual).toBeUndefined();
        expect(indicator.revision).toBeUndefined();
        expect(indicator.neutralised).toBeUndefined();
      }
    }
    expect(JSON.stringify(next)).not.toMatch(/rispettato in pieno|Non raggiunto/);
    expect(roll.counts.emptied).toMatchObject({ results: 18, revisions: 2 });
  });

  it('carries the target in force as a proposal marked to review', () => {
    const five = next.objectives.find((o) => o.number === 5)!;
    expect(five.indicators.map((i) => i.target)).toEqual(['entro 31/12/2022', '>= 4']);
    expect(next.objectives.flatMap((o) => o.indicators).every((i) => i.notes === 'Target proposto dal 2022: da rivedere')).toBe(true);
  });

  it('lists objective 11, postponed in 2022, for a decision, on the sheet and in the list', () => {
    expect(roll.decisions.map((d) => [d.objective, d.kind])).toEqual([[11, 'neutralised-objective']]);
    const said = renderMessage(roll.decisions[0].message, 'it');
    expect(said).toMatch(/^Obiettivo 11: neutralizzato nel 2022 \(Decisione dei vertici di posporre/);
    expect(next.objectives.find((o) => o.number === 11)!.notes).toBe(said);
    expect(renderMessage(roll.decisions[0].message, 'en')).toMatch(/^Objective 11: neutralised in 2022/);
  });

  it('leaves the 2022 report untouched', () => {
    expect(report2022.objectives[0].oiv).toBeDefined();
    expect(report2022.year).toBe(2022);
  });

  it('lists an indicator without a result, and a date result becomes a date', () => {
    const report: Report = {
      title: 'R 2022', year: 2022,
      objectives: [{ number: 1, title: 'T', planReferences: [], indicators: [{ name: 'a', target: '>= 8' }, { name: 'b', target: 'entro 31/7/2022', actual: 44773 }] }],
    };
    const roll = rollToNextYear(report, 2023);
    expect(roll.decisions.map((d) => [d.kind, d.indicator])).toEqual([['not-measured', 'a']]);
    expect(roll.report.objectives[0].indicators[1].previousValue).toBe('31/07/2022');
    expect(roll.report.title).toBe('R 2023');
  });
});
