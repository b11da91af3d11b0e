// The pure parts of the forms: what the analyst types becomes a model value or a list of reasons.
import { it as italian } from '../../src/taskpane/i18n/it';
import { en as english } from '../../src/taskpane/i18n/en';
import { resolveLanguage } from '../../src/taskpane/i18n';
import {
  draftFromObjective,
  emptyObjectiveDraft,
  objectiveFromDraft,
  readTarget,
  type ObjectiveDraft,
} from '../../src/taskpane/screens/objectives/objective-draft';
import { optionsDraftFromSettings, settingsFromOptionsDraft } from '../../src/taskpane/screens/summary/summary-options';
import { DEFAULT_SETTINGS, type WorkbookSettings } from '../../src/workbook/settings';
import { groupProblems } from '../../src/taskpane/screens/check/problem-groups';
import { msg } from '../../src/core/messages';
import type { Objective } from '../../src/core/model';

function filledDraft(): ObjectiveDraft {
  const draft = emptyObjectiveDraft(9);
  return {
    ...draft,
    title: 'Eventi formativi',
    planReferences: 'C01 - Promuovere la formazione\nC01.02: Seminari',
    kind: 'nuovo',
    weight: '2',
    allocatedAmount: '1.500,50',
    indicators: [{ ...draft.indicators[0], name: 'Partecipanti', target: '>= 700', threshold: '50%', weight: '1' }],
  };
}

describe('objective form', () => {
  test('a filled form becomes an objective with Italian numbers read correctly', () => {
    const result = objectiveFromDraft(filledDraft(), italian, [1, 2]);
    expect(result).toEqual({
      ok: true,
      objective: {
        number: 9,
        title: 'Eventi formativi',
        planReferences: [
          { code: 'C01', text: 'Promuovere la formazione' },
          { code: 'C01.02', text: 'Seminari' },
        ],
        kind: 'nuovo',
        weight: 2,
        allocatedAmount: 1500.5,
        indicators: [{ name: 'Partecipanti', target: '>= 700', threshold: 0.5, weight: 1 }],
      },
    });
  });

  test('every reason is listed, in the chosen language', () => {
    const draft: ObjectiveDraft = {
      ...filledDraft(),
      number: '2',
      title: ' ',
      weight: 'molto',
      indicators: [{ ...filledDraft().indicators[0], name: '', target: 'tanti', threshold: '150%' }],
    };
    const result = objectiveFromDraft(draft, italian, [2]);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toEqual(
      expect.arrayContaining([
        'L’obiettivo 2 esiste già: modificalo dall’elenco.',
        'Manca il titolo.',
        'Indicatore 1: manca il nome.',
        'Soglia "150%" fuori intervallo: serve un valore tra 0% e 100%.',
      ]),
    );
    expect(errors.some((e) => e.startsWith('Indicatore 1: target non compreso ('))).toBe(true);
    expect(errors.some((e) => e.startsWith('Peso obiettivo: "molto" non è un numero'))).toBe(true);
    const inEnglish = objectiveFromDraft(draft, english, [2]);
    expect(inEnglish.ok ? [] : inEnglish.errors).toContain('The title is missing.');
  });

  test('the target is understood live, with its canonical text or the reason', () => {
    expect(readTarget('', 'it')).toEqual({ kind: 'empty' });
    expect(readTarget('>= 8', 'it')).toEqual({ kind: 'understood', canonical: '≥ 8' });
    expect(readTarget('<75 gg', 'it')).toEqual({ kind: 'understood', canonical: '< 75 gg' });
    const wrong = readTarget('prima possibile', 'it');
    expect(wrong.kind).toBe('invalid');
    expect(wrong.kind === 'invalid' && wrong.reason).toMatch(/prima possibile/);
  });

  test('editing keeps what the form does not show (results, OIV, revision)', () => {
    const objective: Objective = {
      number: 5,
      title: 'Progetti',
      planReferences: [{ code: 'E01', text: 'Sviluppo' }],
      oiv: { score: 100, text: 'Valutazione OIV = 100/100' },
      indicators: [{ name: 'Progetti', target: '>= 8', actual: '4', revision: { original: '>= 8', revised: '>= 4', reason: 'rimodulato' } }],
    };
    const draft = draftFromObjective(objective, 'it-IT');
    expect(draft.planReferences).toBe('E01 - Sviluppo');
    const edited = objectiveFromDraft({ ...draft, title: 'Progetti europei' }, italian, [5]);
    expect(edited).toEqual({ ok: true, objective: { ...objective, title: 'Progetti europei' } });
  });
});

describe('summary options', () => {
  test('percentages, bands and days round-trip through the form in Italian', () => {
    const settings: WorkbookSettings = {
      ...DEFAULT_SETTINGS,
      cutoffs: { achievedFrom: 0.95, partialFrom: 0.5 },
      payout: { kind: 'bands', from: 0.3, bands: [{ from: 0.95, share: 1 }, { from: 0.8, share: 0.805 }] },
      deadlineToleranceDays: 10,
      finalDegree: 'computed',
      fundTotal: 12000.5,
      fundReference: 'Fondo risorse decentrate 2024',
    };
    const draft = optionsDraftFromSettings(settings, 'it-IT');
    expect(draft).toMatchObject({ fundTotal: '12000,5', fundReference: 'Fondo risorse decentrate 2024' });
    expect(draft.rules).toMatchObject({ achievedFrom: '95', partialFrom: '50', payoutFrom: '30', deadlineToleranceDays: '10', bands: [{ from: '95', share: '100' }, { from: '80', share: '80,5' }] });
    expect(settingsFromOptionsDraft(draft, settings, italian)).toEqual({ ok: true, settings });
  });

  test('cut-offs out of order or out of range are refused with the field named', () => {
    const base = optionsDraftFromSettings(DEFAULT_SETTINGS, 'it-IT');
    const draft = { ...base, fundTotal: 'tanti', rules: { ...base.rules, achievedFrom: '40', partialFrom: '50', payoutFrom: '120' } };
    const result = settingsFromOptionsDraft(draft, DEFAULT_SETTINGS, italian);
    expect(result.ok ? [] : result.errors).toEqual([
      'Soglia sotto cui non si paga (%): serve un valore tra 0 e 100.',
      'La soglia di "Raggiunto" deve essere maggiore o uguale a quella di "Parzialmente raggiunto".',
      'Risorse per obiettivi (€): "tanti" non è un numero.',
    ]);
  });

  test('a band needs both its values, a tolerance whole days; blank band rows and a blank fund line are left out', () => {
    const base = optionsDraftFromSettings(DEFAULT_SETTINGS, 'it-IT');
    const bands = [{ from: '90', share: '' }, { from: '', share: '' }];
    const refused = settingsFromOptionsDraft({ ...base, rules: { ...base.rules, bands, deadlineToleranceDays: '2,5' } }, DEFAULT_SETTINGS, italian);
    expect(refused.ok ? [] : refused.errors).toEqual([
      'Fascia 1: servono sia il grado sia la quota.',
      'Tolleranza sulle scadenze (giorni): "2,5" non è un numero intero di giorni.',
    ]);
    const kept = settingsFromOptionsDraft({ ...base, fundReference: '  ', rules: { ...base.rules, bands: [{ from: '', share: '' }] } }, DEFAULT_SETTINGS, italian);
    expect(kept.ok && kept.settings).toMatchObject({ fundReference: null, payout: { bands: [] } });
  });
});

test('language: Italian when Office speaks Italian, English otherwise, the workbook override wins', () => {
  expect(resolveLanguage('it-IT')).toBe('it');
  expect(resolveLanguage('IT-ch')).toBe('it');
  expect(resolveLanguage('de-DE')).toBe('en');
  expect(resolveLanguage(null)).toBe('en');
  expect(resolveLanguage('it-IT', 'en')).toBe('en');
  expect(resolveLanguage('fr-FR', 'it')).toBe('it');
});

test('problems are grouped by objective, in order, other sheets last', () => {
  const problem = (objective: number | null, address: string) => ({ sheet: objective ? `Obiettivo ${objective}` : 'Riepilogo', address, objective, message: msg('general.text', { text: 'x' }) });
  const groups = groupProblems([problem(7, 'G5'), problem(null, 'A1'), problem(2, 'G6'), problem(7, 'B5')], [
    { number: 7, title: 'Sette', sheet: 'Obiettivo 7', status: 'Raggiunto', finalDegree: 1 },
  ]);
  expect(groups.map((g) => [g.objective, g.title, g.problems.map((p) => p.address)])).toEqual([
    [2, null, ['G6']],
    [7, 'Sette', ['G5', 'B5']],
    [null, null, ['A1']],
  ]);
});
