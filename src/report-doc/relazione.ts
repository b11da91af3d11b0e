// The Relazione's section as blocks: the title, the programme's heading with the fund's legal reference, one part per
// objective in number order, then the summary. Pure: the same blocks become the .docx and the clipboard's HTML.
import { msg, type Language } from '../core/messages';
import { fundLabel } from '../workbook/settings';
import { heading, type DocBlock } from './blocks';
import { docContext } from './context';
import { objectiveSection, toCheckLines } from './objective-section';
import { linkedObjectives, type RelazioneSource } from './source';
import { summarySection } from './summary-section';

export interface RelazioneDocument {
  /** The document's title (also its file properties' title). */
  title: string;
  language: Language;
  blocks: DocBlock[];
}

export function relazioneDocument(source: RelazioneSource, language: Language): RelazioneDocument {
  const context = docContext(language);
  const { reading, figures } = source;
  const title = context.say(msg('report.title', { year: reading.settings.reportYear }));
  const objectives = linkedObjectives(reading.objectives);
  const problemsOf = (number: number) => reading.problems.filter((problem) => problem.objective === number);
  // Problems of the workbook as a whole go with the summary: before the first objective they would read as the title.
  const general = reading.problems.filter((problem) => problem.objective === null || !objectives.some((item) => item.objective.number === problem.objective));
  const blocks: DocBlock[] = [
    heading(0, title),
    heading(1, context.say(msg('report.programme', { fund: fundLabel(reading.settings) }))),
    ...objectives.flatMap((item) => objectiveSection(item, problemsOf(item.objective.number), context)),
    ...summarySection(objectives, figures, reading.settings, context),
    ...toCheckLines(general, context),
  ];
  return { title, language, blocks };
}
