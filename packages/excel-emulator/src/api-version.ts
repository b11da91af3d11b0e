// Requirement-set versions compared as Office compares them: by number, part by part ("1.10" is above "1.9").

/** -1, 0 or 1 as version a is lower, equal or higher than b. */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}
