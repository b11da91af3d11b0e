// traguardo monitor: the forecast per objective and the counts by forecast from the values monitored on the sheets.
import { readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { EXAMPLE, temporaryFolder, traguardo } from './run-cli';

describe('traguardo monitor', () => {
  const temp = temporaryFolder();
  afterAll(() => temp.remove());
  const at = (name: string) => path.join(temp.folder, name);

  beforeAll(async () => {
    // The 2022 example with two events of eight monitored at 30/06 (objective 9) and 42 days against < 60 gg at 31/05 (objective 2).
    const report = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
    const objective = (number: number) => report.objectives.find((item: { number: number }) => item.number === number);
    objective(9).indicators[0].monitoring = [{ date: '2022-03-31', value: 1 }, { date: '2022-06-30', value: 2, note: 'due eventi' }];
    objective(2).indicators[0].monitoring = [{ date: '2022-05-31', value: '42' }];
    writeFileSync(at('monitorata.json'), JSON.stringify(report));
    const build = await traguardo('build', at('monitorata.json'), '-o', at('2022.xlsx'), '--quiet');
    expect(build.code).toBe(0);
    // The sheet holds one point per indicator: the build says which of objective 9's two it shows.
    expect(build.stderr).toMatch(/^traguardo: Obiettivo 9, indicatore "[^"]+": 2 punti di monitoraggio; il foglio mostra quello al 30\/06\/2022, gli altri restano solo nel file importato$/m);
  }, 120_000);

  it('at 30/06: 2 events of the 8 due by year end (4 due by then) put objective 9 a rischio; objective 2 is in linea', async () => {
    const run = await traguardo('monitor', at('2022.xlsx'), '--at', '30/06/2022', '--quiet');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Monitoraggio di 2022\.xlsx al 30\/06\/2022/);
    expect(run.stdout).toMatch(/Obiettivo 9 – [^\n]*: A rischio\n {2}[^\n]*: 2 al 30\/06\/2022 \(target >= 8\) → A rischio/);
    expect(run.stdout).toMatch(/Obiettivo 2 – [^\n]*: In linea\n {2}[^\n]*: 42 al 31\/05\/2022 \(target < 60 gg\) → In linea/);
    expect(run.stdout).toMatch(/Obiettivo 1 – [^\n]*: non monitorato/);
    // 19 indicators, objective 11's one neutralised: 18 counted, 2 of them monitored.
    expect(run.stdout).toMatch(/Indicatori: in linea 1, a rischio 1, non raggiungibili 0, non monitorati 16\n$/);
  }, 120_000);

  it('at 31/05 the 30/06 point does not count yet; --json gives the same as data', async () => {
    const run = await traguardo('monitor', at('2022.xlsx'), '--at', '2022-05-31', '--json', '--quiet');
    expect(run.code).toBe(0);
    const data = JSON.parse(run.stdout);
    expect(data.counts).toEqual({ 'on-track': 1, 'at-risk': 0, unreachable: 0, unmonitored: 17 });
    expect(data.objectives.find((item: { number: number }) => item.number === 9).forecast).toBeNull();
  }, 120_000);

  it('a date --at cannot read exits 2 with one line', async () => {
    const run = await traguardo('monitor', at('2022.xlsx'), '--at', '31 giugno');
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/--at vuole una data/);
  });
});
