// The shape every language of the task pane fills in: components read strings only from here.
import type { Status } from '../../core/model';
import type { PayoutKind } from '../../core/payout';
import type { FinalDegreeSource } from '../../core/rules';
import type { RequiredSetName } from '../requirement-sets';

export type Language = 'it' | 'en';

/** What the analyst chose in settings: follow Office, or force a language. */
export type LanguageChoice = 'auto' | Language;

export interface Dictionary {
  language: Language;
  /** BCP 47 locale for numbers and percentages shown in the pane. */
  locale: string;
  app: {
    title: string;
    tabsLabel: string;
    tabs: { objectives: string; import: string; check: string; summary: string };
    languageLabel: string;
    languageChoices: Record<LanguageChoice, string>;
    languageSaveFailed: (reason: string) => string;
  };
  boot: {
    loading: string;
    officeMissingTitle: string;
    officeMissing: string;
    officeTimeoutTitle: string;
    officeTimeout: (seconds: number) => string;
    /** An Excel without a set the manifest declares: which Excel versions have them. */
    unsupportedTitle: string;
    unsupported: string;
    missingSets: string;
    /** What cannot work without each set. */
    withoutSet: Record<RequiredSetName, string>;
  };
  status: Record<Status, string>;
  operation: {
    working: string;
    failedTitle: string;
    alreadyWritten: (what: string) => string;
    nothingWritten: string;
    unexpected: (reason: string) => string;
  };
  objectives: {
    heading: string;
    refresh: string;
    newObjective: string;
    empty: string;
    loading: string;
    listLabel: string;
    itemLabel: (number: number, title: string) => string;
    finalDegree: (degree: string) => string;
    noDegree: string;
    edit: (number: number) => string;
    open: (number: number) => string;
    sheetActivated: (sheet: string) => string;
  };
  form: {
    newTitle: string;
    editTitle: (number: number) => string;
    number: string;
    numberFixed: string;
    title: string;
    planReferences: string;
    planReferencesHint: string;
    kind: string;
    kindNone: string;
    kinds: { nuovo: string; mantenimento: string; straordinario: string };
    kindText: string;
    description: string;
    benefits: string;
    weight: string;
    allocatedAmount: string;
    indicatorsHeading: string;
    indicatorHeading: (index: number) => string;
    indicatorName: string;
    target: string;
    baseline: string;
    threshold: string;
    thresholdHint: string;
    indicatorWeight: string;
    addIndicator: string;
    removeIndicator: (index: number) => string;
    targetUnderstood: (canonical: string) => string;
    targetNotUnderstood: (reason: string) => string;
    targetEmpty: string;
    create: string;
    save: string;
    cancel: string;
    created: (sheet: string) => string;
    saved: (sheet: string) => string;
    invalidTitle: string;
    errors: {
      numberRequired: string;
      numberInvalid: (input: string) => string;
      numberTaken: (number: number) => string;
      titleRequired: string;
      notANumber: (field: string, input: string, reason: string) => string;
      notAQuantity: string;
      negative: (field: string) => string;
      thresholdRange: (input: string) => string;
      indicatorNameRequired: (index: number) => string;
      targetInvalid: (index: number, reason: string) => string;
      noIndicators: string;
      planReference: (line: string) => string;
    };
  };
  importScreen: {
    heading: string;
    sourceLabel: string;
    sources: { json: string; csv: string; text: string };
    chooseFile: string;
    fileLabel: (accept: string) => string;
    chosenFile: (name: string) => string;
    pasteLabel: string;
    pastePlaceholder: string;
    analyse: string;
    loadExample: string;
    reading: string;
    previewHeading: string;
    previewSummary: (objectives: number, indicators: number) => string;
    previewObjective: (number: number, title: string, indicators: number) => string;
    incompleteHeading: (count: number) => string;
    incompleteGeneral: string;
    complete: string;
    nothingToImport: string;
    confirm: (count: number) => string;
    cancel: string;
    done: (count: number) => string;
    readFailed: (file: string, reason: string) => string;
    parseFailed: (source: string, reason: string) => string;
    cutoffsNotice: (achievedFrom: string, partialFrom: string) => string;
    /** Cut-offs the import proposes because the report's verdicts imply them; each reason follows from the catalogue. */
    proposalHeading: string;
    proposalApply: string;
    previewNotice: string;
  };
  check: {
    heading: string;
    run: string;
    none: string;
    count: (problems: number, objectives: number) => string;
    objectiveGroup: (number: number, title: string) => string;
    otherGroup: string;
    problemLabel: (sheet: string, address: string, message: string) => string;
    selected: (sheet: string, address: string) => string;
    intro: string;
  };
  summary: {
    heading: string;
    optionsHeading: string;
    includeChart: string;
    includeAnnex: string;
    achievedFrom: string;
    partialFrom: string;
    threshold: string;
    thresholdHint: string;
    fundTotal: string;
    fundTotalHint: string;
    fundReference: string;
    fundReferenceHint: (byYear: string) => string;
    rules: {
      heading: string;
      payoutKind: string;
      payoutKinds: Record<PayoutKind, string>;
      bandsHeading: string;
      bandFrom: (index: number) => string;
      bandShare: (index: number) => string;
      addBand: string;
      removeBand: (index: number) => string;
      verdictTolerance: string;
      verdictToleranceHint: string;
      deadlineTolerance: string;
      deadlineToleranceHint: string;
      finalDegree: string;
      finalDegreeChoices: Record<FinalDegreeSource, string>;
      warningsTitle: string;
    };
    generate: string;
    refresh: string;
    goToSheet: string;
    figuresHeading: (sheet: string) => string;
    objectivesByStatus: string;
    overallDegree: string;
    payable: string;
    remainder: string;
    allocated: string;
    fundTotalFigure: string;
    figureErrors: (list: string) => string;
    renamedSheet: (sheet: string) => string;
    errors: {
      notANumber: (field: string, input: string) => string;
      percentRange: (field: string) => string;
      cutoffOrder: string;
      negative: (field: string) => string;
      bandIncomplete: (index: number) => string;
      wholeDays: (field: string, input: string) => string;
    };
  };
}
