/**
 * Shared pieces for browser journeys: launch the system Chromium headless with the flags this
 * machine needs, open a fresh page, and run axe-core on it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_FLAGS } from './harness-flags';

export { CHROMIUM_FLAGS };

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: inject('chromiumPath'),
    args: CHROMIUM_FLAGS,
    headless: true,
  });
}

/** How long any one condition may take to come true (also expect.poll's timeout in the config). */
export const WAIT_MS = 15_000;

/**
 * Polls `probe` until it returns something other than `undefined`, `null` or `false`, and returns
 * that. For conditions a locator wait cannot express (several values that must agree). Fails after
 * `timeout` with `message` and the last thing seen, so a slow machine waits and a wrong one says why.
 */
export async function waitFor<T>(
  probe: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  { timeout = WAIT_MS, interval = 50, message = 'condition' }: WaitOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== null && value !== false) return value;
      last = value;
    } catch (e) {
      last = e instanceof Error ? e.message : e;
    }
    if (Date.now() > deadline) {
      throw new Error(`${message}: not met within ${timeout} ms (last: ${JSON.stringify(last)})`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

export interface WaitOptions {
  timeout?: number;
  interval?: number;
  message?: string;
}

export interface OpenOptions {
  reducedMotion?: 'reduce' | 'no-preference';
  path?: string;
  /** Runs in the page before any of the app's scripts (e.g. to take storage away). */
  initScript?: () => void;
  /**
   * The app registers a service worker once it is idle; journeys about anything else block it, so
   * each one talks to the server it is testing (the offline journey allows it).
   */
  serviceWorkers?: 'allow' | 'block';
}

/** A fresh context (own storage) and page at the app. */
export async function openApp(
  browser: Browser,
  options: OpenOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    serviceWorkers: options.serviceWorkers ?? 'block',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    viewport: { width: 1280, height: 900 },
  });
  // Every journey takes the same path on every run: ids (and so each session's option order, which is
  // seeded by one) come from a counter shared by the context's tabs instead of crypto.randomUUID.
  await context.addInitScript(deterministicIds);
  if (options.initScript) await context.addInitScript(options.initScript);
  // Every locator wait and action gives up after this long, well inside the 60 s test timeout.
  context.setDefaultTimeout(WAIT_MS);
  const page = await newTab(context, options.path);
  return { context, page };
}

/**
 * Another page (a second tab) in `context`, sharing its storage and BroadcastChannel, at `path`;
 * its uncaught errors are kept for `pageErrors` too.
 */
export async function newTab(context: BrowserContext, path = ''): Promise<Page> {
  const page = watchPage(await context.newPage());
  await page.goto(new URL(path, inject('baseUrl')).href);
  return page;
}

const errorsByPage = new WeakMap<Page, string[]>();

/**
 * Whatever the browser refuses under the app's Content-Security-Policy or Trusted Types, as it
 * reports it in the console ("Refused to load…", "This document requires 'TrustedHTML'
 * assignment"): every build the journeys run is the one with the policy, so each journey that
 * checks `pageErrors` also checks that nothing it did was blocked.
 */
const REFUSED =
  /Content Security Policy|Trusted(HTML|Script|ScriptURL)|Trusted Types?|trusted-types/i;

/**
 * Keeps `page`'s uncaught errors and policy refusals for `pageErrors` (a page the app opens itself,
 * such as a popup, is passed here by the journey that waits for it).
 */
export function watchPage(page: Page): Page {
  if (errorsByPage.has(page)) return page;
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && REFUSED.test(m.text())) errors.push(`refused: ${m.text()}`);
  });
  errorsByPage.set(page, errors);
  return page;
}

/** Uncaught errors the page has thrown, and anything its policy refused, since it opened. */
export const pageErrors = (page: Page): string[] => errorsByPage.get(page) ?? [];

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core (WCAG 2.0–2.2 A/AA and best practice) on the page and returns its violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated, not added as an inline <script>: the app's Content-Security-Policy refuses those.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

/** A readable summary for assertion messages. */
export const describeViolations = (violations: AxeViolation[]): string =>
  violations
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)
    .join('\n');

/** Replaces crypto.randomUUID with a counter kept in localStorage, so tabs and reloads never repeat one. */
function deterministicIds() {
  crypto.randomUUID = () => {
    const n = Number(localStorage.getItem('test:uuid') ?? '0') + 1;
    localStorage.setItem('test:uuid', String(n));
    return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}` as ReturnType<
      Crypto['randomUUID']
    >;
  };
}
