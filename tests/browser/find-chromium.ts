/** Finds the system Chromium: $CHROME_PATH first, then the usual names on the PATH. */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [
    ...(env.CHROME_PATH ? [env.CHROME_PATH] : []),
    ...(env.PATH ?? '').split(delimiter).flatMap((dir) => NAMES.map((n) => join(dir, n))),
  ];
  for (const path of candidates) {
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // not here; try the next
    }
  }
  throw new Error(
    'Browser tests need a system Chromium, and none was found: set CHROME_PATH to its executable, ' +
      'or install it (Debian/Ubuntu: `apt-get install -y chromium`). Looked for ' +
      `${env.CHROME_PATH ? `CHROME_PATH=${env.CHROME_PATH} and ` : ''}${NAMES.join(', ')} on the PATH.`,
  );
}
