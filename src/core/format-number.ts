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

/** Shifts the decimal point of a plain decimal string right by two places: `0.9946` -> `99.46`, `5` -> `500`. */
function timesHundred(plain: string): string {
  const [integer, fraction = ''] = plain.split('.');
  const digits = integer + fraction.padEnd(2, '0');
  const point = integer.length + 2;
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const rest = digits.slice(point).replace(/0+$/, '');
  return rest ? `${whole}.${rest}` : whole;
}

/**
 * Percent points of a fraction in Italian style (`0.9946` -> `99,46`). The digits are the fraction's own digits
 * shifted by two places, so reading them back as a percentage gives exactly the same fraction.
 */
export function formatPercentPointsIt(fraction: number): string {
  if (!Number.isFinite(fraction)) return String(fraction);
  const [integer, decimals] = timesHundred(plainDecimal(Math.abs(fraction))).split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sign = fraction < 0 ? '-' : '';
  return sign + grouped + (decimals ? `,${decimals}` : '');
}
