// The 2022 report's text for tests: the copy in examples/ (CI clones without ../shared), checked against the shared seed when present.
import { existsSync, readFileSync } from 'fs';
import path from 'path';

export const EXAMPLE_SEED_PATH = path.resolve(__dirname, '../../examples/relazione-performance-2022.txt');
/** Where the shared seed sits beside a clone (`../shared/seeds/...` from the repository root). */
export const SHARED_SEED_PATH = path.resolve(__dirname, '../../../shared/seeds/relazione-performance-2022.txt');

export function seedText(): string {
  return readFileSync(EXAMPLE_SEED_PATH, 'utf8');
}

export function sharedSeedText(): string | null {
  return existsSync(SHARED_SEED_PATH) ? readFileSync(SHARED_SEED_PATH, 'utf8') : null;
}

/** Hard-wraps every line at `width` columns at spaces, as text pasted from a PDF or an e-mail arrives. */
export function hardWrap(text: string, width = 70): string {
  return text
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current !== '' && current.length + 1 + word.length > width) {
          out.push(current);
          current = word;
        } else {
          current = current === '' ? word : `${current} ${word}`;
        }
      }
      out.push(current);
      return out.join('\n');
    })
    .join('\n');
}
