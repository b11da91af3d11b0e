// Which requirement sets this Excel has, asked where a feature newer than the manifest's minimum has a cheaper path.

/** Office.context.requirements.isSetSupported; true where no Office answers (the emulator run headless or by a test). */
export function apiSetSupported(set: string, version: string): boolean {
  const requirements = typeof Office === 'undefined' ? undefined : Office.context?.requirements;
  return requirements ? requirements.isSetSupported(set, version) : true;
}
