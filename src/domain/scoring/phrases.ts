/** Small phrasing helpers shared by the rule table and the scorer's rationales. */
import { TECHNIQUE_INFO, type Technique } from '../escalation/techniques';

/** "turn 3" or "turns 2, 4 and 5". */
export const listTurns = (ns: readonly number[]): string =>
  ns.length === 1
    ? `turn ${ns[0]}`
    : `turns ${ns.slice(0, -1).join(', ')} and ${ns[ns.length - 1]}`;

/** Technique labels in lower case, comma-separated. */
export const techniqueLabels = (ts: readonly Technique[]): string =>
  ts.map((t) => TECHNIQUE_INFO[t].label.toLowerCase()).join(', ');
