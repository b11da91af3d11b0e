// A fake `Office` global with just what the pane reads outside Excel: onReady, displayLanguage and the theme.
// Anything else the pane might touch is absent on purpose, so a new dependency on Office.js fails loudly here.

export interface OfficeShimOptions {
  /** Office's UI language, e.g. "it-IT" (the users' Excel) or "en-US". */
  displayLanguage: string;
  /** Office's dark theme or the light one. */
  dark: boolean;
}

/** The part of Office.js the shim provides. */
export interface OfficeShim {
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
  context: { displayLanguage: string; officeTheme: Pick<Office.OfficeTheme, 'bodyBackgroundColor' | 'bodyForegroundColor' | 'controlBackgroundColor' | 'controlForegroundColor'> & { isDarkTheme: boolean } };
  HostType: { Excel: 'Excel' };
  PlatformType: { OfficeOnline: 'OfficeOnline' };
}

const LIGHT = { bodyBackgroundColor: '#ffffff', bodyForegroundColor: '#242424', controlBackgroundColor: '#ffffff', controlForegroundColor: '#242424' };
const DARK = { bodyBackgroundColor: '#292929', bodyForegroundColor: '#ffffff', controlBackgroundColor: '#3d3d3d', controlForegroundColor: '#ffffff' };

export function createOfficeShim(options: OfficeShimOptions): OfficeShim {
  // Excel on the web is the closest real host: a browser page with the Excel API and no desktop features.
  const info = { host: 'Excel', platform: 'OfficeOnline' };
  return {
    onReady(callback) {
      if (callback) callback(info);
      return Promise.resolve(info);
    },
    context: { displayLanguage: options.displayLanguage, officeTheme: { ...(options.dark ? DARK : LIGHT), isDarkTheme: options.dark } },
    HostType: { Excel: 'Excel' },
    PlatformType: { OfficeOnline: 'OfficeOnline' },
  };
}

/** Binds the shim to `globalThis.Office`, where the pane's office-host.ts and the functions' language.ts look. */
export function installOfficeShim(options: OfficeShimOptions): OfficeShim {
  const shim = createOfficeShim(options);
  (globalThis as { Office?: unknown }).Office = shim;
  return shim;
}
