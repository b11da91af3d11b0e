// Objectives made up for size tests: N objectives of k indicators with the seed's kinds of targets
// and results (Italian numbers, percentages, ratios, dates, SI), deterministic for a given N.
import type { Indicator, Objective } from '../../src/core/model';

const INDICATOR_SHAPES: ReadonlyArray<Pick<Indicator, 'target' | 'actual'>> = [
  { target: '<= 0', actual: '-8,75' },
  { target: '< 75 gg', actual: '49,96' },
  { target: '>= 700', actual: '1.134' },
  { target: '100%', actual: '112/112' },
  { target: 'entro il 31/7/2022', actual: '31/07/2022' },
  { target: 'SI', actual: 'SI' },
  { target: '>= 8', actual: '6' },
  { target: '> 100', actual: '194' },
];

const DESCRIPTION =
  'Azioni organizzative per migliorare i tempi e la qualità del servizio, con monitoraggio trimestrale ' +
  'degli indicatori e rendicontazione al Nucleo di valutazione; coinvolge gli uffici di staff e le sedi distaccate.';

export function generatedObjectives(count: number, indicatorsEach = 5): Objective[] {
  return Array.from({ length: count }, (_, index) => {
    const number = index + 1;
    return {
      number,
      title: `OBIETTIVO GENERATO ${number} – MIGLIORAMENTO DEI SERVIZI`,
      planReferences: [{ code: `A${String(number % 100).padStart(2, '0')}.01`, text: 'AUMENTARE LA QUALITÀ DEI SERVIZI' }],
      kind: (['nuovo', 'mantenimento', 'straordinario'] as const)[number % 3],
      description: DESCRIPTION,
      benefits: 'Servizi più rapidi per imprese e cittadini',
      weight: 1 + (number % 3),
      allocatedAmount: 1000 + (number % 7) * 250,
      indicators: Array.from({ length: indicatorsEach }, (_, position) => ({
        name: `Indicatore ${position + 1} dell'obiettivo ${number}`,
        ...INDICATOR_SHAPES[(number + position) % INDICATOR_SHAPES.length],
        weight: 1,
      })),
      ...(number % 10 === 0 ? { oiv: { score: 90, text: 'Valutazione OIV 90/100' } } : {}),
    };
  });
}
