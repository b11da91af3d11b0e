// Numbers written back in Italian style (`1.134`, `49,96`), digit-exact so that re-parsing gives the same number.

/** Plain positional digits of a non-negative finite number, expanding JavaScript's exponent form (`1e-7`). */
export function plainDecimal(x: number): string {
  const text = String(x);
  const match = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const digits = match[1] + (match[2] ?? '');
  const point = 1 + Number(match[3]);
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** `3196` -> `3.196`, `49.96` -> `49,96`, `-8.75` -> `-8,75`; the shortest digits that read back as the same number. */
export function formatNumberIt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const [integer, fraction] = plainDecimal(Math.abs(n)).split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sign = n < 0 ? '-' : '';
  return sign + grouped + (fraction ? `,${fraction}` : '');
}

/** Percent points of a fraction (`0.9946` -> `99,46`): the shortest digits whose percent reads back as the same fraction. */
export function formatPercentPointsIt(fraction: number): string {
  const points = Number(`${fraction < 0 ? '-' : ''}${plainDecimal(Math.abs(fraction))}e2`);
  return formatNumberIt(points);
}
