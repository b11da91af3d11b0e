// The domain model of a Relazione sulla Performance: plain data, no behaviour.
// Every layer (functions, workbook, task pane, engine, CLI) speaks these types.

/** How the plan classifies an objective ("Azione/Progetto o Nuova/Mantenimento"). */
export type ObjectiveKind = 'nuovo' | 'mantenimento' | 'straordinario';

/** A code of the Piano della Performance the objective refers to, e.g. `E02.01`. */
export interface PlanReference {
  code: string;
  text: string;
}

/** A value as an analyst enters it in a cell: typed text, a number, a boolean or nothing. */
export type CellInput = string | number | boolean | null | undefined;

/** A target changed during mid-year monitoring (objective 5 of the 2022 report). */
export interface TargetRevision {
  /** Target as originally planned, as written. */
  original: string;
  /** Target after the revision, as written; this is the one evaluated. */
  revised: string;
  reason: string;
  /** ISO date (yyyy-mm-dd) of the revision, when known. */
  date?: string;
}

/** A value measured during the year (monitoraggio intermedio), from which a forecast is made. */
export interface MonitoringPoint {
  /** ISO date (yyyy-mm-dd) of the measure; absent = 30 June of the report's year. */
  date?: string;
  /** The value measured, as written (as a result is). */
  value: CellInput;
  note?: string;
}

export interface Indicator {
  /** Indicatore: what is measured, as written in the plan. */
  name: string;
  /** Target as written (`≤ 0`, `< 75 gg`, `entro 31/07/2022`, `100%`, `SI`). */
  target: string;
  /** Mid-year revision; when present its `revised` target is evaluated instead of `target`. */
  revision?: TargetRevision;
  /** Starting value for a degree measured from a baseline. */
  baseline?: number;
  /** Minimum degree (0..1) under which the indicator's degree counts as 0. */
  threshold?: number;
  /** Valore anno precedente: last year's result as written, the trend's reference; absent = not known. */
  previousValue?: CellInput;
  /** Risultato as written (`-8,75`, `49,96`, `1.134`, `112/112`, `SI`, `31/07/2022`); absent = not yet measured. */
  actual?: CellInput;
  /** Monitoring points, in the order recorded; the latest by date is the one the sheet shows. */
  monitoring?: MonitoringPoint[];
  /** Relative weight inside the objective; absent = 1. */
  weight?: number;
  /** True when the indicator is left out of the objective's score (not evaluable). */
  neutralised?: boolean;
  notes?: string;
}

/** The OIV's evaluation: a score out of 100 and its wording; it overrides the computed score. */
export interface OivEvaluation {
  score: number;
  text: string;
}

/** An objective taken out of the evaluation (postponed by the top management, objective 11 of 2022). */
export interface Neutralisation {
  reason: string;
}

/** The report's own verdict on an objective ("rispettato in pieno", "Non raggiunto."): evidence, never a score. */
export interface StatedVerdict {
  status: Status;
  /** The words of the report, as written. */
  text: string;
}

export interface Objective {
  /** OBIETTIVO N. k */
  number: number;
  title: string;
  /** The area or unit the report groups the objective under ("Area Anagrafe e Registro Imprese – Dirigente: …"). */
  area?: string;
  planReferences: PlanReference[];
  kind?: ObjectiveKind;
  /** The report's own sentence about the kind, kept as written. */
  kindText?: string;
  description?: string;
  benefits?: string;
  /** Weight of the objective in the overall degree; absent = 1. */
  weight?: number;
  /** Amount of the fund (art. 67 c.5 lett. b) allocated to this objective, in euro. */
  allocatedAmount?: number;
  indicators: Indicator[];
  oiv?: OivEvaluation;
  /** What the report itself concludes, kept apart from the OIV's score and from what Traguardo computes. */
  statedVerdict?: StatedVerdict;
  /** Motivazione dello scostamento: why the objective fell short (Linee guida DFP n. 3/2018 ask for one). */
  shortfallReason?: string;
  neutralisation?: Neutralisation;
  /** The report's results prose, kept for the annex. */
  resultsText?: string;
  notes?: string;
}

/** The fund quantification settings: the total of the variable part and the payment threshold. */
export interface FundSettings {
  /** Total of the variable resources (euro); absent = sum of the allocated amounts. */
  total?: number;
  /** Final degree (0..1) under which nothing is paid for an objective. */
  threshold?: number;
}

export interface Report {
  title: string;
  year: number;
  body?: string;
  objectives: Objective[];
  fund?: FundSettings;
  /** Cut-offs between statuses for this report; absent = DEFAULT_CUTOFFS. */
  cutoffs?: StatusCutoffs;
  /** What had to be interpreted while transcribing, and why. */
  notes?: string[];
}

/** Status of an objective or indicator, in the words of the report. */
export type Status = 'Raggiunto' | 'Parzialmente raggiunto' | 'Non raggiunto' | 'Non valutabile';

/** The two cut-offs between statuses: degree >= achievedFrom is Raggiunto, >= partialFrom Parzialmente. */
export interface StatusCutoffs {
  achievedFrom: number;
  partialFrom: number;
}

export const DEFAULT_CUTOFFS: StatusCutoffs = { achievedFrom: 1, partialFrom: 0.5 };
