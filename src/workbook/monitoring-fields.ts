// The indicator columns of the annual cycle, listed in the objective schema: a revision's date, and the monitoring point
// the sheet shows (date, value, note) of the indicator's points.
import { formatDateIt } from '../core/excel-date';
import { msg, type Message } from '../core/messages';
import type { Indicator, MonitoringPoint, Objective } from '../core/model';
import { defaultMonitoringDate, isoDateSerial } from '../core/monitoring';
import { asWrittenCodec } from './as-written-codec';
import { textCodec } from './field-codecs';
import { isoDateCodec } from './iso-date-codec';
import type { ValueField } from './objective-schema';

export const revisionDate: ValueField<Indicator, 'revisionDate', string> = {
  key: 'revisionDate',
  label: { it: 'Data revisione', en: 'Revision date' },
  role: 'input',
  codec: isoDateCodec,
  get: (indicator) => indicator.revision?.date,
  // Read after the revised target: a date is kept with a revision only, as the model holds it.
  set: (indicator, date) => {
    if (indicator.revision) indicator.revision.date = date;
  },
  invalid: 'layout-damaged',
  optional: true,
  width: 75,
};

/** The monitoring point the sheet shows: the latest by date (an undated one is at 30/06 of the dated ones' year). */
function shownDatedPoint(indicator: Indicator): { point: MonitoringPoint; date: string } | undefined {
  const points = indicator.monitoring ?? [];
  const year = Number(points.find((point) => point.date !== undefined)?.date?.slice(0, 4) ?? 2000);
  let shown: { point: MonitoringPoint; date: string } | undefined;
  for (const point of points) {
    const date = point.date ?? defaultMonitoringDate(year);
    if (shown === undefined || date >= shown.date) shown = { point, date };
  }
  return shown;
}

const shownPoint = (indicator: Indicator): MonitoringPoint | undefined => shownDatedPoint(indicator)?.point;

/** Indicators with more points than the sheet's one: said at import and build, so no point goes without a word. */
export function pointsNotShown(objectives: ReadonlyArray<Objective>): Message[] {
  return objectives.flatMap((objective) =>
    objective.indicators.flatMap((indicator) => {
      const shown = shownDatedPoint(indicator);
      if (shown === undefined || (indicator.monitoring?.length ?? 0) < 2) return [];
      const who = msg('label.indicator', { objective: objective.number, name: indicator.name });
      const serial = isoDateSerial(shown.date);
      return [msg('monitoring.pointsNotShown', { who, points: indicator.monitoring!.length, shown: serial === null ? shown.date : formatDateIt(serial) })];
    }),
  );
}

/** The sheet's one point, made when the reader meets its first cell. */
function sheetPoint(indicator: Indicator): MonitoringPoint {
  if (!indicator.monitoring || indicator.monitoring.length === 0) indicator.monitoring = [{ value: undefined }];
  return indicator.monitoring[indicator.monitoring.length - 1];
}

export const monitoringDate: ValueField<Indicator, 'monitoringDate', string> = {
  key: 'monitoringDate',
  label: { it: 'Monitoraggio al', en: 'Monitored on' },
  role: 'input',
  codec: isoDateCodec,
  get: (indicator) => shownPoint(indicator)?.date,
  set: (indicator, date) => {
    sheetPoint(indicator).date = date;
  },
  invalid: 'layout-damaged',
  optional: true,
  width: 75,
};

export const monitoredValue: ValueField<Indicator, 'monitoredValue', string | number | boolean> = {
  key: 'monitoredValue',
  label: { it: 'Valore monitorato', en: 'Monitored value' },
  role: 'input',
  codec: asWrittenCodec,
  get: (indicator) => {
    const value = shownPoint(indicator)?.value;
    return value === null || value === '' ? undefined : value;
  },
  set: (indicator, value) => {
    sheetPoint(indicator).value = value;
  },
  invalid: 'unparseable-result',
  optional: true,
  width: 75,
};

export const monitoringNote: ValueField<Indicator, 'monitoringNote', string> = {
  key: 'monitoringNote',
  label: { it: 'Nota monitoraggio', en: 'Monitoring note' },
  role: 'input',
  codec: textCodec,
  get: (indicator) => shownPoint(indicator)?.note || undefined,
  set: (indicator, note) => {
    sheetPoint(indicator).note = note;
  },
  invalid: 'layout-damaged',
  style: 'inputWrapped',
  optional: true,
  width: 150,
};
