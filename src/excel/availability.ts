/** True when the Excel API is there (inside Excel, or an emulator bound to the global `Excel`). */
export function excelAvailable(): boolean {
  return typeof Excel !== 'undefined' && typeof Excel.run === 'function';
}
