// Verdicts kept apart and compared: the three sources of an objective's verdict, the shortfall reason, and the
// cut-offs a report's own verdicts imply.
import example from '../../examples/relazione-2022.json';
import { renderMessage } from '../../src/core/messages';
import { DEFAULT_CUTOFFS, type Objective, type Report } from '../../src/core/model';
import { proposeCutoffs } from '../../src/core/rule-proposal';
import { verdictFindings, type VerdictEvidence } from '../../src/core/verdicts';

const report = example as unknown as Report;
const byNumber = (number: number): Objective => structuredClone(report.objectives.find((objective) => objective.number === number)!);

const evidence = (overrides: Partial<VerdictEvidence>): VerdictEvidence => ({
  objective: 3,
  computedDegree: 1,
  oivScore: 99,
  stated: 'Raggiunto',
  finalStatus: 'Raggiunto',
  neutralised: false,
  ...overrides,
});

describe('verdictFindings', () => {
  it('finds nothing when the computed degree, the OIV score and the stated verdict agree (objective 3 at 99/100)', () => {
    expect(verdictFindings(evidence({}), { achievedFrom: 0.99, partialFrom: 0.5 })).toEqual([]);
  });

  it('names the objective and the three values when the outcome contradicts the stated verdict', () => {
    const findings = verdictFindings(evidence({ finalStatus: 'Parzialmente raggiunto', shortfallReason: 'x' }), DEFAULT_CUTOFFS);
    expect(findings.map((finding) => finding.kind)).toEqual(['verdict-disagreement']);
    expect(renderMessage(findings[0].message, 'it')).toBe(
      'Obiettivo 3: grado calcolato 100%, valutazione OIV 99/100, esito dichiarato Raggiunto, esito Parzialmente raggiunto: non concordano',
    );
    expect(renderMessage(findings[0].message, 'en')).toBe(
      'Objective 3: computed degree 100%, OIV score 99/100, stated verdict Achieved, outcome Partially achieved: they disagree',
    );
  });

  it('flags a computed degree far from the OIV score, beyond the tolerance only', () => {
    expect(verdictFindings(evidence({ computedDegree: 0.5, oivScore: 100, stated: null }), DEFAULT_CUTOFFS)).toHaveLength(1);
    expect(verdictFindings(evidence({ computedDegree: 0.96, oivScore: 100, stated: null }), DEFAULT_CUTOFFS)).toEqual([]);
    expect(verdictFindings(evidence({ computedDegree: 0.96, oivScore: 100, stated: null }), DEFAULT_CUTOFFS, 0.01)).toHaveLength(1);
  });

  it('asks for the reason of a shortfall (objective 8, "Non raggiunto"), and not once it is written', () => {
    const eight = evidence({ objective: 8, computedDegree: 0, oivScore: null, stated: 'Non raggiunto', finalStatus: 'Non raggiunto' });
    const findings = verdictFindings(eight, DEFAULT_CUTOFFS);
    expect(findings.map((finding) => finding.kind)).toEqual(['missing-shortfall-reason']);
    expect(renderMessage(findings[0].message, 'it')).toBe('Obiettivo 8: esito "Non raggiunto" senza la motivazione dello scostamento');
    expect(verdictFindings({ ...eight, shortfallReason: 'Sportelli partiti a gennaio 2023' }, DEFAULT_CUTOFFS)).toEqual([]);
  });

  it('flags a neutralised objective the report calls achieved, and asks no reason of it', () => {
    const eleven = evidence({ objective: 11, computedDegree: null, oivScore: null, neutralised: true, finalStatus: 'Non valutabile' });
    expect(verdictFindings(eleven, DEFAULT_CUTOFFS).map((finding) => finding.kind)).toEqual(['verdict-disagreement']);
    expect(verdictFindings({ ...eleven, stated: null }, DEFAULT_CUTOFFS)).toEqual([]);
  });
});

describe('proposeCutoffs', () => {
  const withVerdict = (objective: Objective, status: NonNullable<Objective['statedVerdict']>['status'], text = ''): Objective => ({
    ...objective,
    statedVerdict: { status, text },
  });

  it('proposes "Raggiunto" from 99% because the report calls objective 3, scored 99/100, fully respected', () => {
    const objectives = [withVerdict(byNumber(1), 'Raggiunto'), withVerdict(byNumber(3), 'Raggiunto', 'rispettato in pieno'), withVerdict(byNumber(8), 'Non raggiunto')];
    const proposal = proposeCutoffs(objectives, DEFAULT_CUTOFFS)!;
    expect(proposal.cutoffs).toEqual({ achievedFrom: 0.99, partialFrom: 0.5 });
    expect(renderMessage(proposal.reasons[0], 'it')).toBe(
      'La Relazione dichiara l\'obiettivo 3 "Raggiunto" con 99/100: "Raggiunto" da 99% (invece di 100%)',
    );
  });

  it('proposes nothing when the verdicts already fit the cut-offs, or when the report contradicts itself', () => {
    expect(proposeCutoffs([withVerdict(byNumber(1), 'Raggiunto')], DEFAULT_CUTOFFS)).toBeNull();
    const partialAt99 = { ...withVerdict(byNumber(2), 'Parzialmente raggiunto'), oiv: { score: 99, text: '' } };
    expect(proposeCutoffs([withVerdict(byNumber(3), 'Raggiunto'), partialAt99], DEFAULT_CUTOFFS)).toBeNull();
  });

  it('uses the computed degree where the report gives no score, and never raises a cut-off', () => {
    const nine = { ...withVerdict(byNumber(9), 'Raggiunto'), oiv: undefined };
    nine.indicators[2].actual = '600'; // 600 of 700 participants: (1 + 1 + 600/700) / 3
    const proposal = proposeCutoffs([nine], DEFAULT_CUTOFFS)!;
    expect(proposal.cutoffs.achievedFrom).toBeCloseTo((2 + 600 / 700) / 3, 12);
    expect(proposeCutoffs([nine], { achievedFrom: 0.5, partialFrom: 0.3 })).toBeNull();
  });
});
