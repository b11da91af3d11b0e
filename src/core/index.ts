// The public surface of the domain core: pure TypeScript, no Office, DOM, React or I/O.
export * from './model';
export * from './errors';
export * from './parse';
export * from './target';
export * from './evaluate';
export * from './aggregate';
export * from './fund';
export * from './payments';
export { formatNumberIt, formatPercentPointsIt } from './format-number';
export { pointsToFraction, fractionToPoints } from './percent';
export * from './trend';
export * from './next-year';
export * from './forecast';
