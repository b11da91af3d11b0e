// "Ricalcola le formule PERF": what the pane says about PERF cells Excel has not evaluated, and about entering them again.
import { entry, type Message } from './message';

export const perfRecalcMessages = {
  /** The operation's name in a failure ("… non riuscito: …"). */
  'perfRecalc.operation': entry({
    it: () => 'Ricalcolo delle formule PERF',
    en: () => 'Recalculating the PERF formulas',
  }),
  'perfRecalc.found': entry<{ cells: number; sheets: string[] }>({
    it: (p) =>
      `${p.cells === 1 ? '1 cella con una formula PERF mostra' : `${p.cells} celle con formule PERF mostrano`} #NOME? (${p.sheets.join(', ')}): ` +
      'Excel non le ha calcolate, perché la cartella è stata aperta prima che Traguardo fosse caricato o è stata creata fuori da Excel. ' +
      'Reinserire le formule le fa calcolare.',
    en: (p) =>
      `${p.cells === 1 ? '1 cell with a PERF formula shows' : `${p.cells} cells with PERF formulas show`} #NAME? (${p.sheets.join(', ')}): ` +
      'Excel has not computed them, because the workbook was opened before Traguardo had loaded or was made outside Excel. ' +
      'Entering the formulas again gets them computed.',
  }),
  'perfRecalc.action': entry({
    it: () => 'Ricalcola le formule PERF',
    en: () => 'Recalculate PERF formulas',
  }),
  'perfRecalc.done': entry<{ reentered: number }>({
    it: (p) => `${p.reentered === 1 ? 'Reinserita 1 formula PERF' : `Reinserite ${p.reentered} formule PERF`}: Excel ora le calcola.`,
    en: (p) => `${p.reentered === 1 ? '1 PERF formula entered again' : `${p.reentered} PERF formulas entered again`}: Excel now computes them.`,
  }),
  'perfRecalc.failed': entry<{ request: number; of: number; reason: Message }>({
    it: (p, w) => `Formule PERF non reinserite (richiesta ${p.request} di ${p.of}): ${w.text(p.reason)}.`,
    en: (p, w) => `PERF formulas not entered again (request ${p.request} of ${p.of}): ${w.text(p.reason)}.`,
  }),
};
