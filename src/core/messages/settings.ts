// What the settings sheet holds that cannot be used: the default is taken instead, and the analyst is told which.
import { entry, type Message, type MessageParam } from './message';

export const settingsMessages = {
  /** `fallback` is the value used instead, already written as the sheet shows it ("100%", "vuoto"). */
  'settings.unusable': entry<{ key: string; reason: Message; fallback: MessageParam }>({
    it: (p, w) => `Impostazione "${p.key}": ${w.text(p.reason)}; si usa ${w.text(p.fallback)}`,
    en: (p, w) => `Setting "${p.key}": ${w.text(p.reason)}; ${w.text(p.fallback)} is used instead`,
  }),
  'settings.partialAboveAchieved': entry<{ partialFrom: number; achievedFrom: number }>({
    it: (p, w) => `Impostazione "partialFrom" (${w.pct(p.partialFrom)}) maggiore di "achievedFrom" (${w.pct(p.achievedFrom)}); si usa ${w.pct(p.achievedFrom)}`,
    en: (p, w) => `Setting "partialFrom" (${w.pct(p.partialFrom)}) above "achievedFrom" (${w.pct(p.achievedFrom)}); ${w.pct(p.achievedFrom)} is used instead`,
  }),
  'settings.bandIncomplete': entry({
    it: () => 'la fascia ha il grado ma non la quota, o la quota ma non il grado',
    en: () => 'the band has a degree but no share, or a share but no degree',
  }),
  'settings.notAFlag': entry<{ value: MessageParam }>({
    it: (p, w) => `${w.quote(p.value)} non è VERO o FALSO`,
    en: (p, w) => `${w.quote(p.value)} is not TRUE or FALSE`,
  }),
  /** A fallback degree as the sheet shows it. */
  'settings.percent': entry<{ value: number }>({
    it: (p, w) => w.pct(p.value),
    en: (p, w) => w.pct(p.value),
  }),
  /** A fallback TRUE/FALSE as Excel shows it in each language. */
  'settings.flag': entry<{ value: boolean }>({
    it: (p) => (p.value ? 'VERO' : 'FALSO'),
    en: (p) => (p.value ? 'TRUE' : 'FALSE'),
  }),
  /** How a fallback that is "nothing" reads: the sum of the allocated amounts, Office's language, a generic title. */
  'settings.blank': entry({
    it: () => 'il valore predefinito (vuoto)',
    en: () => 'the default (blank)',
  }),
};
