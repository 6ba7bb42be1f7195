/**
 * The files an assessor gives the workspace, from a file input (files, or a folder picked with
 * `webkitdirectory`) or dropped onto it (files and folders, through the File and Directory Entries
 * API), each named by its path inside any folder so two learners' `log.json` stay apart.
 */
import type { PickedFile } from '../../../store/assess-batch';

/** The files of a file input, with the path inside a picked folder when there is one. */
export const pickedFromInput = (files: FileList | readonly File[] | null): PickedFile[] =>
  [...(files ?? [])].map((file) => ({ file, name: file.webkitRelativePath || file.name }));

/** The part of a FileSystemEntry this module reads (tests give plain objects). */
export interface EntryLike {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  fullPath: string;
  file?(ok: (f: File) => void, fail: (e: unknown) => void): void;
  createReader?(): {
    readEntries(ok: (entries: EntryLike[]) => void, fail: (e: unknown) => void): void;
  };
}

/** Every entry of a folder: readEntries gives them in pieces until it gives none. */
async function entriesOf(dir: EntryLike): Promise<EntryLike[]> {
  const reader = dir.createReader!();
  const all: EntryLike[] = [];
  for (;;) {
    const some = await new Promise<EntryLike[]>((ok, fail) => reader.readEntries(ok, fail));
    if (some.length === 0) return all;
    all.push(...some);
  }
}

/** The files under `entry`, depth first, in name order within each folder. */
export async function filesOfEntry(entry: EntryLike): Promise<PickedFile[]> {
  const name = entry.fullPath.replace(/^\//, '') || entry.name;
  if (entry.isFile && entry.file) {
    const file = await new Promise<File>((ok, fail) => entry.file!(ok, fail));
    return [{ file, name }];
  }
  if (!entry.isDirectory || !entry.createReader) return [];
  const children = (await entriesOf(entry)).sort((a, b) => a.name.localeCompare(b.name));
  const out: PickedFile[] = [];
  for (const child of children) out.push(...(await filesOfEntry(child)));
  return out;
}

/**
 * The entries of a drop, taken while the drop event runs (the browser empties the list after it),
 * or null when the browser gives none: then `dataTransfer.files` is all there is.
 */
export function dropEntries(data: DataTransfer): EntryLike[] | null {
  const items = [...(data.items ?? [])];
  if (items.length === 0 || typeof items[0]!.webkitGetAsEntry !== 'function') return null;
  const entries = items
    .filter((i) => i.kind === 'file')
    .map((i) => i.webkitGetAsEntry() as EntryLike | null);
  return entries.every((e) => e !== null) ? (entries as EntryLike[]) : null;
}

/** Every file of a drop, folders walked; call dropEntries during the event, this after it. */
export async function droppedFiles(
  entries: EntryLike[] | null,
  files: readonly File[],
): Promise<PickedFile[]> {
  if (!entries) return pickedFromInput(files);
  const out: PickedFile[] = [];
  for (const entry of entries) out.push(...(await filesOfEntry(entry)));
  return out;
}
