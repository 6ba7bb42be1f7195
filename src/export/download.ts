/**
 * The one place a file is handed to the browser to save: a Blob behind an object URL, clicked.
 * Everything it saves is made by the pure exporters beside it.
 */
export function downloadFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; release the file on the next task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Plain text, UTF-8. */
export const downloadText = (fileName: string, text: string): void =>
  downloadFile(fileName, text, 'text/plain;charset=utf-8');
