import { describe, expect, it } from 'vitest';
import { escapeHtml, html, joinHtml, type Html } from './html';

describe('html', () => {
  it('escapes the five characters that matter in text and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
  });

  it('escapes every value put into a template, in content and attributes', () => {
    const name = '<script>alert(1)</script>';
    const attr = '" onclick="alert(2)';
    expect(html`<p title="${attr}">${name}</p>`.markup).toBe(
      '<p title="&quot; onclick=&quot;alert(2)">&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    );
  });

  it('keeps markup made by html, flattens lists and drops nothing-values', () => {
    const inner = html`<b>${'a&b'}</b>`;
    expect(html`<p>${[inner, ' & ', 3]}${null}${undefined}${false}</p>`.markup).toBe(
      '<p><b>a&amp;b</b> &amp; 3</p>',
    );
    expect(joinHtml([inner, '<i>'], '; ').markup).toBe('<b>a&amp;b</b>; &lt;i&gt;');
  });

  it('escapes an object that only looks like markup', () => {
    const forged = { markup: '<script>alert(1)</script>' } as Html;
    expect(html`${forged}`.markup).not.toContain('<script>');
  });
});
