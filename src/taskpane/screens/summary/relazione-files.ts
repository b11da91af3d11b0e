// The Relazione's files, made in the pane from what the workbook holds: the .docx and its tables for the clipboard.
// Imported lazily by RelazioneExport, so the docx library stays out of the pane's first load.
import type { Language } from '../../../core/messages';
import { relazioneDocument } from '../../../report-doc/relazione';
import { relazioneDocxBytes } from '../../../report-doc/render-docx';
import { tablesHtml, tablesText } from '../../../report-doc/render-html';
import type { RelazioneSource } from '../../../report-doc/source';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface RelazioneFiles {
  fileName: string;
  docx: Blob;
  /** The summary and indicator tables, for "Copia tabelle". */
  html: string;
  text: string;
  /** Problems marked "da verificare" in the document. */
  problems: number;
}

export async function relazioneFiles(source: RelazioneSource, language: Language): Promise<RelazioneFiles> {
  const document = relazioneDocument(source, language);
  const year = source.reading.settings.reportYear;
  return {
    fileName: year === null ? 'relazione.docx' : `relazione-${year}.docx`,
    docx: new Blob([await relazioneDocxBytes(document)], { type: DOCX_TYPE }),
    html: tablesHtml(document),
    text: tablesText(document),
    problems: source.reading.problems.length,
  };
}
