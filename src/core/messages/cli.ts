// What the `traguardo` command says: usage, argument and file errors, progress and notices on stderr, the build line.
import { entry, type Message, type MessageParam } from './message';

/** "Il file non è…" -> "il file non è…" after "file: "; an acronym ("JSON …") keeps its capitals. */
const lowerFirst = (text: string): string => (/^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);

const USAGE_IT = `Uso:
  traguardo build <relazione.json|relazione.txt|relazione.docx> -o <uscita.xlsx> [--quiet] [--lang it|en]
      Crea un foglio per obiettivo e il Riepilogo, con formule PERF.* vive, in un file .xlsx.
  traguardo summary <cartella.xlsx> [--json] [--strict] [--quiet] [--lang it|en]
      Ricalcola la cartella e stampa il riepilogo (esiti, totali, fondo) e i problemi trovati.
  traguardo report <cartella.xlsx|relazione.json|relazione.txt|relazione.docx> -o <relazione.docx> [--quiet] [--lang it|en]
      Scrive la sezione della Relazione in Word: obiettivi, indicatori, valutazioni e riepilogo, con i problemi "da verificare".
  traguardo next-year <cartella.xlsx> -o <nuovo-anno.xlsx> [--year 2023] [--preview] [--quiet] [--lang it|en]
      Crea la cartella dell'anno dopo: stessi obiettivi, risultati come valore dell'anno precedente, target da rivedere;
      la cartella di partenza non viene modificata; su stderr quel che resta da decidere.
  traguardo monitor <cartella.xlsx> [--at 2023-06-30] [--json] [--quiet] [--lang it|en]
      Stampa la previsione (in linea, a rischio, non raggiungibile) per obiettivo e indicatore dai valori monitorati,
      al più tardi alla data di --at (data vuota = 30/06 dell'anno), e i conteggi per previsione.

Opzioni:
  -o, --output <file>  file da scrivere: .xlsx (build, next-year), .docx (report)
  --year <anno>        anno della nuova cartella (next-year; predefinito l'anno della cartella più uno)
  --preview            dice cosa si riporta, si svuota e resta da decidere; senza -o non scrive nulla (next-year)
  --at <data>          data del monitoraggio: i valori monitorati fino a quel giorno (monitor)
  --json               riepilogo in JSON, per gli script (summary)
  --strict             esce con codice 1 se ci sono problemi (summary)
  -q, --quiet          nessun avanzamento su stderr
  --lang it|en         lingua dei messaggi (predefinita da LANG; italiano se sconosciuta)
  -h, --help           questo aiuto
  -V, --version        versione

Codici di uscita: 0 fatto; 1 problemi trovati con --strict; 2 file o argomenti non utilizzabili.`;

const USAGE_EN = `Usage:
  traguardo build <report.json|report.txt|report.docx> -o <output.xlsx> [--quiet] [--lang it|en]
      Builds one sheet per objective and the Riepilogo, with live PERF.* formulas, into an .xlsx file.
  traguardo summary <workbook.xlsx> [--json] [--strict] [--quiet] [--lang it|en]
      Recalculates the workbook and prints the summary (outcomes, totals, fund) and the problems found.
  traguardo report <workbook.xlsx|report.json|report.txt|report.docx> -o <report.docx> [--quiet] [--lang it|en]
      Writes the Relazione's section as a Word document: objectives, indicators, evaluations and summary, problems marked to check.
  traguardo next-year <workbook.xlsx> -o <next-year.xlsx> [--year 2023] [--preview] [--quiet] [--lang it|en]
      Builds the following year's workbook: same objectives, results as previous year values, targets to review;
      the starting workbook is not changed; what is left to decide goes to stderr.
  traguardo monitor <workbook.xlsx> [--at 2023-06-30] [--json] [--quiet] [--lang it|en]
      Prints the forecast (on track, at risk, not reachable) per objective and indicator from the monitored values,
      the latest on or before --at (blank date = 30/06 of the year), and the counts by forecast.

Options:
  -o, --output <file>  file to write: .xlsx (build, next-year), .docx (report)
  --year <year>        the new workbook's year (next-year; default the workbook's year plus one)
  --preview            says what is carried, emptied and left to decide; without -o writes nothing (next-year)
  --at <date>          the monitoring date: the values monitored up to that day (monitor)
  --json               the summary as JSON, for scripts (summary)
  --strict             exit code 1 when there are problems (summary)
  -q, --quiet          no progress on stderr
  --lang it|en         language of the messages (default from LANG; Italian when unknown)
  -h, --help           this help
  -V, --version        version

Exit codes: 0 done; 1 problems found under --strict; 2 unusable file or arguments.`;

export const cliMessages = {
  'cli.usage': entry({ it: () => USAGE_IT, en: () => USAGE_EN }),
  'cli.version': entry<{ version: string }>({
    it: (p) => `traguardo ${p.version}`,
    en: (p) => `traguardo ${p.version}`,
  }),
  'cli.badArguments': entry<{ reason: Message }>({
    it: (p, w) => `${w.text(p.reason)} (traguardo --help per l'uso)`,
    en: (p, w) => `${w.text(p.reason)} (traguardo --help for the usage)`,
  }),
  'cli.missingCommand': entry({
    it: () => 'manca il comando (build, summary, report, next-year o monitor)',
    en: () => 'the command is missing (build, summary, report, next-year or monitor)',
  }),
  'cli.unknownCommand': entry<{ name: string }>({
    it: (p) => `comando sconosciuto "${p.name}" (sono build, summary, report, next-year e monitor)`,
    en: (p) => `unknown command "${p.name}" (they are build, summary, report, next-year and monitor)`,
  }),
  'cli.outputNeedsFile': entry<{ option: string }>({
    it: (p) => `${p.option} vuole il nome del file .xlsx da scrivere`,
    en: (p) => `${p.option} needs the name of the .xlsx file to write`,
  }),
  'cli.langNeedsValue': entry<{ option: string }>({
    it: (p) => `${p.option} vuole la lingua: it o en`,
    en: (p) => `${p.option} needs the language: it or en`,
  }),
  'cli.unknownLanguage': entry<{ value: string }>({
    it: (p) => `lingua sconosciuta "${p.value}" (sono it ed en)`,
    en: (p) => `unknown language "${p.value}" (they are it and en)`,
  }),
  'cli.unknownOption': entry<{ option: string }>({
    it: (p) => `opzione sconosciuta "${p.option}"`,
    en: (p) => `unknown option "${p.option}"`,
  }),
  'cli.optionNotFor': entry<{ option: string; command: string }>({
    it: (p) => `l'opzione ${p.option} non vale per ${p.command}`,
    en: (p) => `the option ${p.option} does not apply to ${p.command}`,
  }),
  'cli.missingReport': entry({
    it: () => 'manca il file della relazione (.json, .txt o .docx)',
    en: () => 'the report file is missing (.json, .txt or .docx)',
  }),
  'cli.missingWorkbook': entry({
    it: () => 'manca il file .xlsx da riassumere',
    en: () => 'the .xlsx file to summarise is missing',
  }),
  'cli.oneFileAtATime': entry<{ files: string[] }>({
    it: (p) => `un solo file alla volta: ricevuti ${p.files.map((file) => `"${file}"`).join(', ')}`,
    en: (p) => `one file at a time: received ${p.files.map((file) => `"${file}"`).join(', ')}`,
  }),
  'cli.missingOutput': entry({
    it: () => 'manca -o <uscita.xlsx>: il file da scrivere',
    en: () => '-o <output.xlsx> is missing: the file to write',
  }),
  'cli.outputNotXlsx': entry<{ file: string }>({
    it: (p) => `il file di uscita "${p.file}" deve avere estensione .xlsx`,
    en: (p) => `the output file "${p.file}" must have the .xlsx extension`,
  }),
  /** A bug of ours, not the input's fault: said with its reason, without a stack. */
  'cli.internalError': entry<{ reason: Message }>({
    it: (p, w) => `errore interno: ${w.text(p.reason)}`,
    en: (p, w) => `internal error: ${w.text(p.reason)}`,
  }),
  /** The one line for a file that cannot be used. */
  'cli.fileError': entry<{ file: string; reason: Message }>({
    it: (p, w) => `${p.file}: ${lowerFirst(w.text(p.reason))}`,
    en: (p, w) => `${p.file}: ${lowerFirst(w.text(p.reason))}`,
  }),
  'cli.fileNotFound': entry({ it: () => 'file non trovato', en: () => 'file not found' }),
  'cli.permissionDenied': entry({ it: () => 'permesso negato', en: () => 'permission denied' }),
  'cli.isAFolder': entry({ it: () => 'è una cartella, non un file', en: () => 'it is a folder, not a file' }),
  'cli.badPath': entry({
    it: () => 'percorso non valido (una parte non è una cartella)',
    en: () => 'invalid path (a part of it is not a folder)',
  }),
  'cli.diskFull': entry({ it: () => 'spazio su disco esaurito', en: () => 'no space left on the disk' }),
  'cli.notAFolder': entry<{ folder: string }>({
    it: (p) => `"${p.folder}" non è una cartella`,
    en: (p) => `"${p.folder}" is not a folder`,
  }),
  'cli.folderUnusable': entry<{ folder: string; reason: Message }>({
    it: (p, w) => `la cartella "${p.folder}" non esiste o non è accessibile (${w.text(p.reason)})`,
    en: (p, w) => `the folder "${p.folder}" does not exist or cannot be accessed (${w.text(p.reason)})`,
  }),
  'cli.writeFailed': entry<{ reason: Message }>({
    it: (p, w) => `scrittura non riuscita (${w.text(p.reason)})`,
    en: (p, w) => `writing failed (${w.text(p.reason)})`,
  }),
  'cli.unknownFormat': entry<{ extension: string | null; allowed: string[] }>({
    it: (p) => `formato non riconosciuto "${p.extension ?? 'senza estensione'}" (servono ${p.allowed.join(', ')})`,
    en: (p) => `unrecognised format "${p.extension ?? 'no extension'}" (${p.allowed.join(', ')} are needed)`,
  }),
  'cli.noObjectives': entry({
    it: () => 'nessun obiettivo trovato nella relazione',
    en: () => 'no objective found in the report',
  }),
  'cli.notXlsx': entry<{ extension: string | null }>({
    it: (p) => `serve una cartella di lavoro .xlsx (questo file è "${p.extension ?? 'senza estensione'}"; i file .xls e .xlsm vanno salvati come .xlsx)`,
    en: (p) => `an .xlsx workbook is needed (this file is "${p.extension ?? 'no extension'}"; save .xls and .xlsm files as .xlsx)`,
  }),
  'cli.noObjectiveSheets': entry({
    it: () => "nessun foglio obiettivo di Traguardo (si riconoscono dai nomi TRG_OBJn_… che il componente aggiuntivo scrive)",
    en: () => 'no Traguardo objective sheet (they are recognised by the TRG_OBJn_… names the add-in writes)',
  }),
  'cli.strictProblems': entry<{ count: number }>({
    it: (p) => `${p.count} problemi trovati (--strict)`,
    en: (p) => `${p.count} problems found (--strict)`,
  }),
  /** A progress line: the phase, how far it is when known, and the time since the start. */
  'cli.progress': entry<{ phase: string; percent: number | null; milliseconds: number }>({
    it: (p, w) => `${p.phase}${p.percent === null ? '…' : ` ${p.percent}%`} (${w.seconds(p.milliseconds)})`,
    en: (p, w) => `${p.phase}${p.percent === null ? '…' : ` ${p.percent}%`} (${w.seconds(p.milliseconds)})`,
  }),
  'cli.phaseBuilding': entry<{ objectives: number }>({
    it: (p) => `costruzione di ${p.objectives} fogli obiettivo e del riepilogo`,
    en: (p) => `building ${p.objectives} objective sheets and the summary`,
  }),
  'cli.phaseWriting': entry<{ file: string }>({
    it: (p) => `scrittura di ${p.file}`,
    en: (p) => `writing ${p.file}`,
  }),
  'cli.phaseReading': entry<{ file: string }>({
    it: (p) => `lettura di ${p.file}`,
    en: (p) => `reading ${p.file}`,
  }),
  'cli.phaseRecalculating': entry({ it: () => 'ricalcolo delle formule', en: () => 'recalculating the formulas' }),
  'cli.phaseReadingSheets': entry({
    it: () => 'lettura dei fogli obiettivo e riepilogo',
    en: () => 'reading the objective and summary sheets',
  }),
  /** Something a sheet held, or the file could not carry, told on stderr; `sheet` is null for the workbook. */
  /** A cut-off taken from the report's own verdicts, because the report states none. */
  'cli.proposedCutoff': entry<{ reason: Message }>({
    it: (p, w) => `soglia dalla Relazione stessa: ${w.text(p.reason)}`,
    en: (p, w) => `cut-off from the report itself: ${w.text(p.reason)}`,
  }),
  'cli.notice': entry<{ sheet: string | null; notice: MessageParam }>({
    it: (p, w) => `${p.sheet === null ? '' : `${p.sheet}: `}${w.text(p.notice)}`,
    en: (p, w) => `${p.sheet === null ? '' : `${p.sheet}: `}${w.text(p.notice)}`,
  }),
  'cli.omittedChart': entry<{ name: string; reason: MessageParam }>({
    it: (p, w) =>
      `il grafico "${p.name}" non è nel file (${w.text(p.reason)}); i dati del grafico restano nel foglio e in Excel "Genera riepilogo" del riquadro lo ricrea`,
    en: (p, w) =>
      `the chart "${p.name}" is not in the file (${w.text(p.reason)}); its data stays on the sheet, and in Excel the pane's "Genera riepilogo" draws it again`,
  }),
  'cli.omittedProperty': entry<{ name: string; reason: MessageParam }>({
    it: (p, w) => `la proprietà del foglio "${p.name}" non è nel file (${w.text(p.reason)})`,
    en: (p, w) => `the sheet property "${p.name}" is not in the file (${w.text(p.reason)})`,
  }),
  'cli.omittedItem': entry<{ name: string; reason: MessageParam }>({
    it: (p, w) => `"${p.name}" non è nel file (${w.text(p.reason)})`,
    en: (p, w) => `"${p.name}" is not in the file (${w.text(p.reason)})`,
  }),
  'cli.toComplete': entry<{ count: number }>({
    it: (p) => `da completare (${p.count}):`,
    en: (p) => `to complete (${p.count}):`,
  }),
  /** One thing the report does not say: the objective (null: the whole report), the field, what is wrong. */
  'cli.toCompleteItem': entry<{ objective: number | null; field: MessageParam; issue: MessageParam }>({
    it: (p, w) => `${p.objective === null ? 'relazione' : `ob. ${p.objective}`} · ${w.text(p.field)}: ${w.text(p.issue)}`,
    en: (p, w) => `${p.objective === null ? 'report' : `obj. ${p.objective}`} · ${w.text(p.field)}: ${w.text(p.issue)}`,
  }),
  'cli.built': entry<{ file: string; objectives: number; sheets: number; names: string; kilobytes: number; milliseconds: number }>({
    it: (p, w) => `${p.file}: ${p.objectives} obiettivi in ${p.sheets} fogli (${p.names}), ${p.kilobytes} KB, in ${w.seconds(p.milliseconds)}`,
    en: (p, w) => `${p.file}: ${p.objectives} objectives in ${p.sheets} sheets (${p.names}), ${p.kilobytes} KB, in ${w.seconds(p.milliseconds)}`,
  }),
};
