/**
 * npm run scenarios:snapshot — writes scenarios/versions/<id>.<hash>.json for each current scenario
 * version that has no snapshot yet, so logs played on it can still be traced after the next edit.
 * Never deletes or rewrites a snapshot. Commit the files it writes.
 */
import { snapshotFiles, snapshotVersions, writeMissingSnapshots } from './scenario-versions';

const written = await writeMissingSnapshots();
for (const file of written) console.log(`wrote ${file}`);
// Check the whole folder too, so a hand-edited snapshot is reported here rather than at build time.
await snapshotVersions();
console.log(
  written.length === 0
    ? `Every current scenario version already has a snapshot (${snapshotFiles().length} in scenarios/versions/).`
    : `Wrote ${written.length} snapshot${written.length === 1 ? '' : 's'}: commit ${written.length === 1 ? 'it' : 'them'} with the scenario change.`,
);
