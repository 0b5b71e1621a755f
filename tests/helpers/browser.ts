/**
 * Launches Debian's Chromium through playwright-core, headless and offline.
 * Browser downloads are impossible here, so the executable is the system one.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** `env`: the browser's environment (default: this process's), e.g. another FONTCONFIG_FILE. */
export function launchBrowser(env?: NodeJS.ProcessEnv): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    env,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
