/** Formats a path inside a data file the way authors read it: beats.opening.responses[2].next */
export type DataPath = readonly PropertyKey[];

export function formatPath(path: DataPath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** One problem found in a data file: where it is and what is wrong. */
export interface LoadIssue {
  path: DataPath;
  message: string;
  /** 1-based line in the source file, when known. */
  line?: number;
}

/** `scenarios/x.yaml: beats.opening.responses[2].next: no beat "explor" (line 40)` */
export function formatIssue(file: string, issue: LoadIssue): string {
  const where = issue.path.length > 0 ? `${formatPath(issue.path)}: ` : '';
  const line = issue.line ? ` (line ${issue.line})` : '';
  return `${file}: ${where}${issue.message}${line}`;
}
