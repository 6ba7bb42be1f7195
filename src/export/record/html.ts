/**
 * The record's one way to write HTML. `html` is a tagged template: its literal parts are the
 * record's own markup, and every value put into it is escaped by `escapeHtml`, unless it is itself
 * the result of `html`. Only this module can make an `Html` (an object that merely looks like one is
 * escaped as text), so learner names, responses, accounts and scenario text can only ever appear as
 * text, in elements and in attributes alike.
 */

/** Markup made by `html`: safe to put into other markup as it is. */
export interface Html {
  readonly markup: string;
}

/** What may go into `html`: markup, text and numbers (escaped), lists of them, or nothing. */
export type Content = Html | string | number | null | undefined | false | readonly Content[];

const made = new WeakSet<object>();

function markup(text: string): Html {
  const h: Html = Object.freeze({ markup: text, toString: () => text });
  made.add(h);
  return h;
}

const isHtml = (v: unknown): v is Html => typeof v === 'object' && v !== null && made.has(v);

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text as HTML text: safe in element content and in quoted attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

function render(value: Content): string {
  if (isHtml(value)) return value.markup;
  if (Array.isArray(value)) return (value as readonly Content[]).map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value as string | number));
}

/** Markup with every interpolated value escaped (see the file comment). */
export function html(strings: TemplateStringsArray, ...values: readonly Content[]): Html {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return markup(out);
}

/** Items joined by a separator, each escaped unless it is markup. */
export const joinHtml = (items: readonly Content[], separator: string): Html =>
  markup(items.map(render).join(escapeHtml(separator)));
