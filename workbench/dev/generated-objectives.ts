// Objectives made up for the benchmark: the seed's kinds of targets and results, repeated, numbered 1..count.
import type { Indicator, Objective } from '../../src/core/model';

/** Target/result pairs as the 2022 report writes them, all achieved, so every formula path is exercised. */
const INDICATOR_SHAPES: ReadonlyArray<Pick<Indicator, 'name' | 'target' | 'actual'>> = [
  { name: 'n. eventi di informazione', target: '>= 8', actual: '23' },
  { name: 'tempo medio di evasione', target: '< 75 gg', actual: '49,96' },
  { name: 'indicatore di tempestività dei pagamenti', target: '≤ 0', actual: '-8,75' },
  { name: 'pratiche evase sul totale', target: '100%', actual: '112/112' },
  { name: 'pubblicazione del bando', target: 'entro 31/07/2022', actual: '31/07/2022' },
  { name: 'partecipanti agli eventi', target: '>= 700', actual: '1.134' },
];

export function generatedObjectives(count: number, indicatorsEach: number): Objective[] {
  return Array.from({ length: count }, (_, index) => {
    const number = index + 1;
    const indicators: Indicator[] = Array.from({ length: indicatorsEach }, (_, i) => ({ ...INDICATOR_SHAPES[(index + i) % INDICATOR_SHAPES.length], weight: 1 }));
    return {
      number,
      title: `Obiettivo generato ${number}`,
      planReferences: [{ code: `G${String(Math.floor(index / 100) + 1).padStart(2, '0')}.${String((index % 100) + 1).padStart(2, '0')}`, text: 'Linea strategica generata' }],
      kind: 'mantenimento',
      weight: 1,
      allocatedAmount: 1000 + (index % 50) * 10,
      indicators,
    };
  });
}
