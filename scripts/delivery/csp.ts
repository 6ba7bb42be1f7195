/**
 * The app's Content-Security-Policy, one function for the meta tag the build writes into index.html
 * and the header `npm run preview` sends. Strict: nothing but the app's own origin, plus the LRS
 * origins a deployment allows (VITE_LRS_ORIGINS, space-separated CSP sources, at build time), and
 * Trusted Types, so no string ever reaches an HTML or script sink unless one of the app's two named
 * policies made it (src/app/trusted-types.ts).
 */
import { createHash } from 'node:crypto';
import { RECORD_STYLE } from '../../src/export/record/record-style';

/** The names of the app's Trusted Types policies (src/app/trusted-types.ts). */
export const TRUSTED_TYPES_POLICIES = ['defuse-record', 'defuse-script-url', 'default'] as const;

/**
 * The printed assessment record is a srcdoc frame, which inherits this page's policy: its one inline
 * stylesheet is allowed by its hash (a fixed text, written by the app, never by a learner).
 */
export function recordStyleHash(): string {
  const css = RECORD_STYLE.markup.replace(/^<style>/, '').replace(/<\/style>$/, '');
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

/** A CSP source: a scheme+host origin with an optional port or `*` port, or `*.` host wildcard. */
const SOURCE = /^https?:\/\/(\*\.)?[a-z0-9.-]+(:(\d{1,5}|\*))?$/i;

/** The LRS origins a deployment allows, checked: a bad one fails the build with what is wrong. */
export function parseLrsOrigins(value: string | undefined): string[] {
  const origins = (value ?? '').split(/[\s,]+/).filter(Boolean);
  for (const o of origins)
    if (!SOURCE.test(o))
      throw new Error(
        `VITE_LRS_ORIGINS: "${o}" is not an origin such as https://lrs.example.ac.uk (scheme, host and optionally :port, no path)`,
      );
  return origins.map((o) => o.replace(/\/$/, ''));
}

/** The policy the build writes into index.html. */
export function contentSecurityPolicy({ lrsOrigins }: { lrsOrigins: readonly string[] }): string {
  const directives = [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' ${recordStyleHash()}`,
    "img-src 'self' data:",
    ['connect-src', "'self'", ...lrsOrigins].join(' '),
    "manifest-src 'self'",
    "worker-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    `trusted-types ${TRUSTED_TYPES_POLICIES.join(' ')}`,
  ];
  return directives.join('; ');
}

/**
 * The header: the built meta policy plus what only a header can carry (frame-ancestors in a meta tag
 * is ignored, with a console error).
 */
export const headerPolicy = (metaPolicy: string): string => `${metaPolicy}; frame-ancestors 'self'`;
