// The objective's closing lines: neutralisation, the report's own verdict, the OIV's score and words, and the outcome
// Traguardo computes, kept apart. The text import takes the first verdict a sentence opens with as the report's own,
// so that line comes first and the computed outcome is quoted («Non raggiunto»).
import { msg } from '../core/messages';
import type { ObjectiveReading } from '../workbook/readers';
import { paragraph, type DocBlock } from './blocks';
import type { DocContext } from './context';

/** The OIV's words, unless the results text already holds them (the report usually writes the score there). */
function oivWords(reading: ObjectiveReading): string | null {
  const text = reading.objective.oiv?.text.trim() ?? '';
  if (text === '' || (reading.objective.resultsText ?? '').includes(text)) return null;
  return text;
}

export function verdictLines(reading: ObjectiveReading, context: DocContext): DocBlock[] {
  const { objective, computed } = reading;
  const { say, numbers } = context;
  const lines: DocBlock[] = [];
  if (objective.neutralisation) lines.push(paragraph(say(msg('report.neutralised', { reason: objective.neutralisation.reason.trim() }))));
  if (objective.statedVerdict) {
    const text = objective.statedVerdict.text.trim();
    const status = msg('label.status', { status: objective.statedVerdict.status });
    // Words that only repeat the outcome ("Non raggiunto.") are not quoted after it.
    const repeats = text.replace(/[.\s]+$/, '').toLowerCase() === objective.statedVerdict.status.toLowerCase();
    lines.push(paragraph(say(msg('report.statedVerdict', { status, text: text === '' || repeats ? null : text }))));
  }
  lines.push(paragraph(say(msg('report.oivScore', { score: objective.oiv?.score ?? null }))));
  const words = oivWords(reading);
  if (words !== null) lines.push(paragraph(say(msg('report.oivText', { text: words }))));
  const status = computed.status === null ? null : msg('label.status', { status: computed.status });
  lines.push(paragraph(say(msg('report.computedVerdict', { status, degree: numbers.percent(computed.finalDegree) }))));
  return lines;
}
