// Percent points <-> fractions by decimal shifting, so `99,46%` is exactly the double 0.9946 (not 99.46 / 100 = 0.99459...).
import { plainDecimal } from './format-number';

function shift(x: number, places: number): number {
  if (!Number.isFinite(x) || x === 0) return x === 0 ? 0 : x;
  const sign = x < 0 ? '-' : '';
  return Number(`${sign}${plainDecimal(Math.abs(x))}e${places}`);
}

/** 99.46 -> 0.9946: the double nearest to the decimal fraction the analyst meant. */
export function pointsToFraction(points: number): number {
  return shift(points, -2);
}

/** 0.9946 -> 99.46. */
export function fractionToPoints(fraction: number): number {
  return shift(fraction, 2);
}
