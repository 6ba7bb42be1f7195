// Files from a drop, folders included: every file under a dropped folder, named by its path, with
// the folder's entries read in as many pieces as the browser gives them.
import { describe, expect, it } from 'vitest';
import { droppedFiles, filesOfEntry, pickedFromInput, type EntryLike } from './picked-files';

const fileEntry = (fullPath: string): EntryLike => {
  const name = fullPath.split('/').at(-1)!;
  return {
    isFile: true,
    isDirectory: false,
    name,
    fullPath,
    file: (ok) => ok(new File(['{}'], name)),
  };
};

/** A folder whose reader gives its entries two at a time, then nothing. */
const folder = (fullPath: string, children: EntryLike[]): EntryLike => ({
  isFile: false,
  isDirectory: true,
  name: fullPath.split('/').at(-1)!,
  fullPath,
  createReader: () => {
    const left = [...children];
    return { readEntries: (ok) => ok(left.splice(0, 2)) };
  },
});

describe('dropped files', () => {
  it('walks a dropped folder and its sub-folders, naming each file by its path', async () => {
    const tree = folder('/cohort', [
      fileEntry('/cohort/zoe.json'),
      folder('/cohort/group-b', [fileEntry('/cohort/group-b/ben.json')]),
      fileEntry('/cohort/ana.json'),
      fileEntry('/cohort/cat.json'),
    ]);
    expect((await filesOfEntry(tree)).map((p) => p.name)).toEqual([
      'cohort/ana.json',
      'cohort/cat.json',
      'cohort/group-b/ben.json',
      'cohort/zoe.json',
    ]);
    const both = await droppedFiles([fileEntry('/single.json'), tree], []);
    expect(both.map((p) => p.name)[0]).toBe('single.json');
    expect(both).toHaveLength(5);
  });

  it('uses the plain file list when the browser gives no entries', async () => {
    const files = [new File(['{}'], 'a.json'), new File(['{}'], 'b.json')];
    expect((await droppedFiles(null, files)).map((p) => p.name)).toEqual(['a.json', 'b.json']);
    expect(pickedFromInput(null)).toEqual([]);
  });
});
