// The Relazione as a Word file: A4 portrait, real headings, header rows that repeat, Italian formats and proofing
// language, "—" where a figure cannot be computed (never an Excel error code) and the problem marked "da verificare".
import JSZip from 'jszip';
import { objectiveCells } from '../../src/workbook/objective-geometry';
import { buildReport, generateSummary, readObjectives } from '../../src/excel';
import { relazioneDocument, type RelazioneDocument } from '../../src/report-doc/relazione';
import { relazioneDocxBytes } from '../../src/report-doc/render-docx';
import { tablesHtml, tablesText } from '../../src/report-doc/render-html';
import { emulatedWorkbook } from '../excel/emulated-workbook';
import { docxText, example2022, workbookSource } from './workbook-source';

async function part(bytes: Uint8Array, name: string): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(name)!.async('string');
}

const count = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].length;

describe('the 2022 Relazione as .docx', () => {
  let document: RelazioneDocument;
  let bytes: Uint8Array;
  let text: string;
  beforeAll(async () => {
    const { source } = await workbookSource(example2022());
    document = relazioneDocument(source, 'it');
    bytes = await relazioneDocxBytes(document);
    text = await docxText(bytes);
  }, 60_000);

  it('is A4 portrait', async () => {
    const xml = await part(bytes, 'word/document.xml');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"(?: w:orient="portrait")?\/>/);
  });

  it('has Word headings: the title, the programme and the summary, one per objective, each objective title', async () => {
    const xml = await part(bytes, 'word/document.xml');
    expect(count(xml, /<w:pStyle w:val="Title"\/>/g)).toBe(1);
    expect(count(xml, /<w:pStyle w:val="Heading1"\/>/g)).toBe(2);
    expect(count(xml, /<w:pStyle w:val="Heading2"\/>/g)).toBe(11);
    expect(count(xml, /<w:pStyle w:val="Heading3"\/>/g)).toBe(11);
    const styles = await part(bytes, 'word/styles.xml');
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Heading2">[\s\S]*?<w:outlineLvl w:val="1"\/>/);
    expect(styles).toContain('<w:lang w:val="it-IT"/>');
  });

  it('repeats the header row of every table on each page it spans', async () => {
    const xml = await part(bytes, 'word/document.xml');
    // 11 indicator tables and the summary; the figures table has no header row.
    expect(count(xml, /<w:tbl>/g)).toBe(13);
    expect(count(xml, /<w:tblHeader\/>/g)).toBe(12);
  });

  it('writes numbers, dates and scores as the report does', () => {
    expect(text).toContain('OBIETTIVO N. 1\n\nMIGLIORAMENTO NEI TEMPI DI PAGAMENTO');
    expect(text).toContain('Riferimento Obiettivi Piano Performance\n\nB06 - PERSEGUIRE UN COSTANTE MIGLIORAMENTO');
    expect(text).toContain('Numero giorni di regolarizzazione pr entrata (media): <75 gg (risultato 49,96)');
    expect(text).toContain('creazione del modello: risultato 31/07/2022');
    expect(text).toContain('Valutazione OIV: 99/100');
    expect(text).toMatch(/Esito calcolato da Traguardo: «(Raggiunto|Parzialmente raggiunto)» \(grado finale 99,00%\)/);
    expect(text).toContain('n. eventi di informazione/sensibilizzazione: >= 8 (risultato 23)');
    expect(text).toContain('Obiettivo neutralizzato, escluso dalla valutazione: Decisione dei vertici di posporre');
    expect(text).toMatch(/^Programmi ed attività .*: Fondo risorse decentrate, risorse per obiettivi \(art\. 67 c\. 5 lett\. b\) CCNL Funzioni Locali 21\/5\/2018\)$/m);
  });

  it('copies the same tables to the clipboard as HTML and as text', () => {
    const html = tablesHtml(document);
    expect(count(html, /<table /g)).toBe(13);
    expect(html).toContain('<h3 style="font-family:Calibri,sans-serif;color:#1F3864">OBIETTIVO N. 4</h3>');
    expect(html).toContain('&lt;75 gg');
    expect(tablesText(document)).toContain('Indicatore\tTarget\tRisultato\tGrado\ncreazione del modello\tentro il 31/7/2022\t31/07/2022\t100,00%');
  });
});

describe('a sheet whose target cannot be read', () => {
  it('prints "—" where the sheet shows an error, and marks the problem "da verificare"', async () => {
    const { emu, excel } = emulatedWorkbook();
    await buildReport(excel, example2022());
    const cells = objectiveCells(1);
    emu.setCellInput('Obiettivo 8', `${cells.columns.target}${cells.firstIndicatorRow}`, 'boh');
    const reading = await readObjectives(excel);
    const summary = await generateSummary(excel);
    const text = await docxText(await relazioneDocxBytes(relazioneDocument({ reading, figures: summary.figures }, 'it')));
    const notes = text.split('\n').filter((line) => line.startsWith('Da verificare:'));
    expect(notes.some((line) => /Obiettivo 8/.test(line))).toBe(true);
    // Everything but the notes (which may quote what the sheet shows) is free of Excel error codes.
    const rest = text.split('\n').filter((line) => !line.startsWith('Da verificare:')).join('\n');
    expect(rest).not.toMatch(/#(VALUE|VALORE|N\/A|DIV\/0|REF|NAME|NOME|NUM)/);
    expect(rest).toContain('Esito calcolato da Traguardo: — (grado finale —)');
  }, 60_000);
});
