// N generated objectives of 5 indicators each, the shapes real reports hold: the benchmarks' common input.
import type { Indicator, Objective, Report } from '../src/core/model';

/** Targets of the kinds real reports hold, each with a result that meets it and one that misses it. */
const INDICATOR_SHAPES: ReadonlyArray<{ name: string; target: string; met: string; missed: string }> = [
  { name: 'Tempo medio di pagamento', target: '< 30 gg', met: '27', missed: '45' },
  { name: 'Pratiche evase', target: '>= 700', met: '1.134', missed: '600' },
  { name: 'Copertura del servizio', target: '100%', met: '100', missed: '96,5' },
  { name: 'Attivazione dello sportello', target: 'SI', met: 'SI', missed: 'NO' },
  { name: 'Rilascio della procedura', target: 'entro 31/07/2022', met: '15/07/2022', missed: '15/09/2022' },
];

/** Objective k misses (k mod 4) of its five targets; every tenth has no results yet (not evaluable). */
function indicatorsOf(number: number): Indicator[] {
  const misses = number % 4;
  return INDICATOR_SHAPES.map((shape, index) => ({
    name: shape.name,
    target: shape.target,
    ...(number % 10 === 0 ? {} : { actual: index < misses ? shape.missed : shape.met }),
  }));
}

export function generatedReport(count: number): Report {
  const objectives: Objective[] = [];
  for (let number = 1; number <= count; number++) {
    objectives.push({
      number,
      title: `Obiettivo generato ${number}: miglioramento del servizio ${number % 37}`,
      planReferences: [{ code: `G${String(number).padStart(4, '0')}`, text: 'Obiettivo generato per la misura dei tempi' }],
      allocatedAmount: 1000 + (number % 9) * 250,
      indicators: indicatorsOf(number),
    });
  }
  return { title: `Relazione generata con ${count} obiettivi`, year: 2022, objectives, cutoffs: { achievedFrom: 0.95, partialFrom: 0.5 }, fund: { total: 3_000_000 } };
}
