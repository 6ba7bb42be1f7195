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

export interface OpenOptions {
  reducedMotion?: 'reduce' | 'no-preference';
  path?: string;
  /** Runs in the page before any of the app's scripts (e.g. to take storage away). */
  initScript?: () => void;
}

/** A fresh context (own storage) and page at the app. */
export async function openApp(
  browser: Browser,
  options: OpenOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    reducedMotion: options.reducedMotion ?? 'no-preference',
    viewport: { width: 1280, height: 900 },
  });
  if (options.initScript) await context.addInitScript(options.initScript);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  errorsByPage.set(page, errors);
  await page.goto(new URL(options.path ?? '', inject('baseUrl')).href);
  return { context, page };
}

const errorsByPage = new WeakMap<Page, string[]>();

/** Uncaught errors the page has thrown since it opened. */
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
  await page.addScriptTag({ content: axeSource });
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
