/**
 * Scenario ids are unique across the library: the library lists scenarios by id and a session log
 * names the scenario it was played on by id, so two files with one id would show two cards that
 * both open the same file.
 */

/** For each file whose scenario id another file also uses: a one-line error naming the others. */
export function duplicateIdErrors(
  scenarios: readonly { file: string; id: string }[],
): Map<string, string> {
  const filesById = new Map<string, string[]>();
  for (const { file, id } of scenarios) filesById.set(id, [...(filesById.get(id) ?? []), file]);
  const errors = new Map<string, string>();
  for (const [id, files] of filesById) {
    if (files.length < 2) continue;
    for (const file of files) {
      const others = files.filter((f) => f !== file).join(', ');
      errors.set(
        file,
        `${file}: id: "${id}" is also the id of ${others} — give each scenario its own id`,
      );
    }
  }
  return errors;
}
