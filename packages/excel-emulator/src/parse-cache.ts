// HyperFormula keeps the parse of every distinct formula text for the life of the engine, and a formula that names
// another sheet is distinct per sheet: a 10,000-objective Riepilogo leaves over 500,000 entries, about 14 KB per
// objective. Writes reuse them (equal formulas share one parse) and a few fetch them back (moved names by their parse,
// which is re-remembered here; paste, undo and arrays moved by inserted rows by key), so they can be bounded while
// writing and dropped once a workbook is only read.
import type { HyperFormula } from 'hyperformula';

/** Entries kept while sealed: enough for the few formulas a reader evaluates (conditional formats, checks). */
const SEALED_ENTRIES = 1000;

/** A Map that forgets everything when it reaches `limit` entries. */
class ForgetfulMap<K, V> extends Map<K, V> {
  constructor(private readonly limit: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (this.size >= this.limit && !this.has(key)) this.clear();
    return super.set(key, value);
  }
}

/** The parts of HyperFormula 3's parser used here; absent in another version, nothing is changed. */
interface ParseCacheHolder {
  cache: Map<string, unknown>;
  get(hash: string): unknown;
  set(hash: string, ast: unknown): unknown;
}

interface CachingParser {
  cache: ParseCacheHolder;
  computeHashFromAst(ast: unknown): string;
  fetchCachedResult(hash: string): unknown;
  fetchCachedResultForAst(ast: unknown): unknown;
}

function parserOf(hf: HyperFormula): CachingParser | null {
  const parser = (hf as unknown as { _parser?: Partial<CachingParser> })._parser;
  const holder = parser?.cache;
  const methods = ['computeHashFromAst', 'fetchCachedResult', 'fetchCachedResultForAst'] as const;
  if (!parser || !holder || !(holder.cache instanceof Map) || typeof holder.set !== 'function' || methods.some((name) => typeof parser[name] !== 'function')) return null;
  return parser as CachingParser;
}

function parseCacheOf(hf: HyperFormula): ParseCacheHolder | null {
  return parserOf(hf)?.cache ?? null;
}

/**
 * Keeps at most `entries` remembered parses in `hf`, forgetting them all when full (equal formulas written after share
 * a parse again). A forgotten parse fetched back by its formula is parsed again. Returns whether it could.
 */
export function boundParseCache(hf: HyperFormula, entries: number): boolean {
  const parser = parserOf(hf);
  if (!parser) return false;
  const forgetful = new ForgetfulMap<string, unknown>(entries);
  for (const [key, value] of parser.cache.cache) forgetful.set(key, value);
  parser.cache.cache = forgetful;
  parser.fetchCachedResultForAst = function (this: CachingParser, ast: unknown): unknown {
    const hash = this.computeHashFromAst(ast);
    if (this.cache.get(hash) === undefined) this.cache.set(hash, ast);
    return this.fetchCachedResult(hash);
  };
  return true;
}

/**
 * Drops `hf`'s remembered parses and keeps at most a few from now on; returns whether it could (HyperFormula's
 * internals as in 3.x). The engine then must not be written again: only the emulator's sealed workbook calls this.
 */
export function dropParseCache(hf: HyperFormula): boolean {
  const holder = parseCacheOf(hf);
  if (!holder) return false;
  holder.cache = new ForgetfulMap(SEALED_ENTRIES);
  return true;
}
