// The only module of the task pane that touches Office.js: readiness, requirement sets, display language, theme,
// and the Excel the workbook operations run on.
import { batchRunner, type BatchRunner } from '../excel/runner';

/** How the wait for Office ended: ready (host may be null outside Office) or no answer in time. */
export type OfficeReadiness = { kind: 'ready'; host: string | null } | { kind: 'unavailable'; reason: 'missing' | 'timeout' };

function officeGlobal(): typeof Office | undefined {
  return typeof Office === 'undefined' ? undefined : Office;
}

/** Waits for Office.onReady, giving up after timeoutMs so the pane can say why it is empty. */
export function waitForOffice(timeoutMs: number): Promise<OfficeReadiness> {
  const office = officeGlobal();
  if (!office || typeof office.onReady !== 'function') return Promise.resolve({ kind: 'unavailable', reason: 'missing' });
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ kind: 'unavailable', reason: 'timeout' }), timeoutMs);
    office
      .onReady()
      .then((info) => {
        clearTimeout(timer);
        resolve({ kind: 'ready', host: info && info.host ? String(info.host) : null });
      })
      .catch(() => {
        clearTimeout(timer);
        resolve({ kind: 'unavailable', reason: 'missing' });
      });
  });
}

/** The sets of `required` this Office lacks; none where Office cannot tell (outside Office). */
export function missingRequirementSets<T extends { name: string; version: string }>(required: readonly T[]): T[] {
  try {
    const requirements = officeGlobal()?.context?.requirements;
    return requirements ? required.filter((set) => !requirements.isSetSupported(set.name, set.version)) : [];
  } catch {
    return [];
  }
}

/** Office's Excel, for src/excel's operations; null where there is no Excel API (outside Excel). */
export function officeExcel(): BatchRunner | null {
  const office = officeGlobal();
  if (typeof Excel === 'undefined' || typeof Excel.run !== 'function' || !office) return null;
  return batchRunner({ Excel, requirements: office.context.requirements });
}

/** Office's UI language (e.g. "it-IT"), or null outside Office. */
export function officeDisplayLanguage(): string | null {
  try {
    return officeGlobal()?.context?.displayLanguage ?? null;
  } catch {
    return null;
  }
}

/** True/false when Office reports a theme, null when it does not (then the pane stays light). */
export function officeThemeIsDark(): boolean | null {
  try {
    const theme = officeGlobal()?.context?.officeTheme as (Office.OfficeTheme & { isDarkTheme?: boolean }) | undefined;
    if (!theme) return null;
    if (typeof theme.isDarkTheme === 'boolean') return theme.isDarkTheme;
    const luminance = relativeLuminance(theme.bodyBackgroundColor);
    return luminance === null ? null : luminance < 0.5;
  } catch {
    return null;
  }
}

/** Relative luminance (0..1) of a "#rrggbb" colour, null when it is not one. */
function relativeLuminance(color: string | undefined): number | null {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? '');
  if (!match) return null;
  const [r, g, b] = match.slice(1).map((hex) => parseInt(hex, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
