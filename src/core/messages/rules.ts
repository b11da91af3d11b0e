// What the body's evaluation rules (payout rule, bands) are told about: unusable values, and payouts worth a warning.
import type { PayoutKind } from '../payout';
import { entry } from './message';

const KIND_IT: Record<PayoutKind, string> = { proportional: 'proporzionale', 'all-or-nothing': 'tutto o niente', bands: 'a fasce' };
const KIND_EN: Record<PayoutKind, string> = { proportional: 'proportional', 'all-or-nothing': 'all or nothing', bands: 'by bands' };

export const rulesMessages = {
  'rules.paysNotAchieved': entry<{ kind: PayoutKind; paidFrom: number; partialFrom: number }>({
    it: (p, w) =>
      `La regola di pagamento (${KIND_IT[p.kind]}) riconosce una quota anche agli obiettivi "Non raggiunto": paga da un grado del ${w.pct(p.paidFrom)}, ` +
      `sotto la soglia di "Parzialmente raggiunto" (${w.pct(p.partialFrom)}). Verificare che il sistema di misurazione e valutazione dell'ente lo preveda.`,
    en: (p, w) =>
      `The payout rule (${KIND_EN[p.kind]}) pays a share to "Not achieved" objectives too: it pays from a degree of ${w.pct(p.paidFrom)}, ` +
      `below the "Partially achieved" cut-off (${w.pct(p.partialFrom)}). Check that the body's evaluation system provides for it.`,
  }),
  'rules.bandOutOfRange': entry<{ position: number; part: 'from' | 'share'; value: number }>({
    it: (p, w) => `Fascia ${p.position}: ${p.part === 'from' ? 'il grado' : 'la quota'} ${w.num(p.value)} è fuori scala (serve un valore tra 0% e 100%)`,
    en: (p, w) => `Band ${p.position}: the ${p.part === 'from' ? 'degree' : 'share'} ${w.num(p.value)} is out of range (a value between 0% and 100% is needed)`,
  }),
  'rules.tooManyBands': entry<{ count: number; max: number }>({
    it: (p) => `Troppe fasce (${p.count}): al massimo ${p.max}`,
    en: (p) => `Too many bands (${p.count}): ${p.max} at most`,
  }),
  'rules.toleranceNotDays': entry<{ value: string }>({
    it: (p) => `Tolleranza sulle scadenze "${p.value}" non valida: serve un numero di giorni ≥ 0`,
    en: (p) => `Deadline tolerance "${p.value}" is not valid: a number of days ≥ 0 is needed`,
  }),
  'rules.unknownPayoutKind': entry<{ value: string }>({
    it: (p) => `Regola di pagamento "${p.value}" sconosciuta: scrivere proporzionale, tutto o niente oppure fasce`,
    en: (p) => `Unknown payout rule "${p.value}": write proportional, all-or-nothing or bands`,
  }),
};
