// Launching Debian's chromium (no browser can be downloaded here) through playwright-core, with a fresh profile.
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { chromium, type BrowserContext } from 'playwright-core';

/** The flags CI runs Chromium with (Playwright adds its own automation switches and the user-data dir). */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** $CHROME_PATH when set, else `chromium` on PATH; throws a message saying how to install it otherwise. */
export function chromiumExecutable(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('Chromium was not found: install it (`apt-get install -y chromium`) or set CHROME_PATH to a Chrome/Chromium binary.');
  }
}

export interface WorkbenchBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A headless Chromium with a new, empty user-data dir, removed again on close. */
export async function launchChromium(viewport = { width: 1600, height: 1000 }): Promise<WorkbenchBrowser> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'traguardo-e2e-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumExecutable(),
    headless: true,
    args: [...CHROMIUM_FLAGS],
    viewport,
    locale: 'it-IT',
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
