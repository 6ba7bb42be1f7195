/**
 * Prints a complete HTML document (the printable record) from a hidden frame, then removes the
 * frame: the browser's own print dialog, where "Save as PDF" is one of the printers. Besides
 * download.ts, the one module of src/export that touches the browser. The frame inherits the page's
 * Content-Security-Policy, so the caller passes markup made by the record's Trusted Types policy
 * (`recordMarkup` in src/app/trusted-types.ts); its one stylesheet is allowed by hash
 * (scripts/delivery/csp.ts).
 */
export function printHtml(markup: string, title = 'Assessment record'): void {
  const frame = document.createElement('iframe');
  frame.title = title;
  frame.style.position = 'fixed';
  frame.style.width = '0';
  frame.style.height = '0';
  frame.style.border = '0';
  frame.addEventListener('load', () => {
    frame.contentWindow?.addEventListener('afterprint', () => frame.remove());
    frame.contentWindow?.print();
  });
  frame.srcdoc = markup;
  document.body.append(frame);
}
