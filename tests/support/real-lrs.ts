/**
 * A real Learning Record Store for tests: Learning Locker's statements service (the npm package
 * xapi-statements), in memory, bound to 127.0.0.1 (bind-loopback.mjs), run from a temporary folder
 * (it writes ./storage there) and stopped by the test. It accepts any Basic credentials (AUTH_REPO=test)
 * and sends CORS headers itself (its routers use the `cors` middleware with the caller's origin), so
 * the app's page reaches it directly.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '../..');
const SERVICE = join(ROOT, 'node_modules/xapi-statements/dist/index.js');
const PRELOAD = join(ROOT, 'tests/support/bind-loopback.mjs');

export const LRS_VERSION_HEADER = { 'X-Experience-API-Version': '1.0.3' };

/** A free port on 127.0.0.1 (to configure an LRS before it runs). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? done(address.port) : fail(new Error('no port')),
      );
    });
  });
}

export interface RealLrs {
  port: number;
  /** The xAPI endpoint: http://127.0.0.1:<port>/xAPI */
  endpoint: string;
  /** Everything it printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/** Starts the service on `port` and resolves once it says it is ready. */
export async function startRealLrs(port: number, timeoutMs = 30_000): Promise<RealLrs> {
  const dir = mkdtempSync(join(tmpdir(), 'defuse-lrs-'));
  let printed = '';
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', pathToFileURL(PRELOAD).href, SERVICE],
    {
      cwd: dir,
      env: {
        PATH: process.env.PATH ?? '',
        EXPRESS_PORT: String(port),
        AUTH_REPO: 'test',
        EVENTS_REPO: 'test',
        MODELS_REPO: 'memory',
        STORAGE_REPO: 'local',
        WINSTON_CONSOLE_LEVEL: 'warning',
      },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    },
  );
  child.stdout?.on('data', (c: Buffer) => (printed += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (printed += c.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await new Promise<void>((ready, fail) => {
      const timer = setTimeout(
        () => fail(new Error(`the test LRS did not start within ${timeoutMs} ms:\n${printed}`)),
        timeoutMs,
      );
      // The service tells its parent over IPC once it is listening.
      child.on('message', (m) => {
        if (m === 'ready') {
          clearTimeout(timer);
          ready();
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        fail(new Error(`the test LRS exited (${String(code)}) before it was ready:\n${printed}`));
      });
    });
  } catch (e) {
    await stop();
    throw e;
  }
  return { port, endpoint: `http://127.0.0.1:${port}/xAPI`, output: () => printed, stop };
}

/** A statement as the LRS gives it back (with its own `stored` and `authority`). */
export type LrsStatement = Record<string, unknown> & { id: string; verb: { id: string } };

/** Every statement the LRS holds for `registration`, read back through GET /statements. */
export async function statementsIn(
  endpoint: string,
  registration: string,
): Promise<LrsStatement[]> {
  const out: LrsStatement[] = [];
  let url: string | null =
    `${endpoint}/statements?registration=${registration}&ascending=true&limit=100`;
  while (url) {
    const response = await fetch(url, {
      headers: { ...LRS_VERSION_HEADER, Authorization: 'Basic dGVzdDp0ZXN0' },
    });
    if (!response.ok)
      throw new Error(`GET statements: ${response.status} ${await response.text()}`);
    const page = (await response.json()) as {
      statements: LrsStatement[];
      more?: string;
    };
    out.push(...page.statements);
    url = page.more ? new URL(page.more, endpoint).href : null;
  }
  return out;
}
