/**
 * Checks what a schema cannot: that every id a scenario names exists, with a "did you mean" for
 * near misses, and that the flow's special endings have the right kinds.
 */
import type { LoadIssue } from './data-path';
import type { Next, Scenario } from './schema';
import { MOODS } from './schema';
import { didYouMean } from './suggest';
import { endingOf } from './lookup';

/** `frameworkIds`, when given, are the criteria frameworks a scenario may name. */
export function checkLinks(scenario: Scenario, frameworkIds?: readonly string[]): LoadIssue[] {
  const issues: LoadIssue[] = [];
  if (frameworkIds) {
    scenario.frameworks.forEach((id, i) => {
      if (!frameworkIds.includes(id)) {
        issues.push({
          path: ['frameworks', i],
          message: `no criteria framework "${id}"${didYouMean(id, frameworkIds)}`,
        });
      }
    });
  }
  const beatIds = Object.keys(scenario.beats);
  const endingIds = Object.keys(scenario.endings);
  const targets = [...beatIds, ...endingIds];

  for (const id of beatIds) {
    if (endingIds.includes(id)) {
      issues.push({
        path: ['endings', id],
        message: `"${id}" is both a beat and an ending; ids must be unique`,
      });
    }
  }

  const { flow } = scenario;
  if (!beatIds.includes(flow.start)) {
    issues.push({
      path: ['flow', 'start'],
      message: `no beat "${flow.start}"${didYouMean(flow.start, beatIds)}`,
    });
  }
  const endingOfKind = (
    key: 'safetyEnding' | 'breakingPointEnding' | 'turnLimitEnding',
    kinds: string[],
  ) => {
    const endingId = flow[key];
    const ending = endingOf(scenario, endingId);
    if (!ending) {
      issues.push({
        path: ['flow', key],
        message: `no ending "${endingId}"${didYouMean(endingId, endingIds)}`,
      });
    } else if (!kinds.includes(ending.kind)) {
      issues.push({
        path: ['flow', key],
        message: `ending "${endingId}" has kind ${ending.kind}; expected ${kinds.join(' or ')}`,
      });
    }
  };
  endingOfKind('safetyEnding', ['withdrew-safely']);
  endingOfKind('breakingPointEnding', ['customer-left', 'incident']);
  endingOfKind('turnLimitEnding', ['customer-left', 'signposted', 'referred', 'incident']);

  const checkNext = (next: Next, path: PropertyKey[]) => {
    const entries: [PropertyKey[], string][] =
      typeof next === 'string'
        ? [[path, next]]
        : (['default', ...MOODS] as const)
            .filter((k) => next[k] !== undefined)
            .map((k) => [[...path, k], next[k] as string]);
    for (const [p, target] of entries) {
      if (!targets.includes(target)) {
        issues.push({
          path: p,
          message: `no beat or ending "${target}"${didYouMean(target, targets)}`,
        });
      }
    }
  };

  for (const [beatId, beat] of Object.entries(scenario.beats)) {
    if (beat.next) checkNext(beat.next, ['beats', beatId, 'next']);
    const seen = new Set<string>();
    beat.responses.forEach((response, index) => {
      const path = ['beats', beatId, 'responses', index];
      if (seen.has(response.id)) {
        issues.push({
          path: [...path, 'id'],
          message: `duplicate response id "${response.id}" in this beat`,
        });
      }
      seen.add(response.id);
      if (response.next) checkNext(response.next, [...path, 'next']);
      else if (!beat.next) {
        issues.push({ path, message: 'has no next: give the response or its beat a `next`' });
      }
    });
  }

  const { respondsMore, respondsLess } = scenario.customer;
  for (const t of respondsMore) {
    if (respondsLess.includes(t)) {
      issues.push({
        path: ['customer', 'respondsLess'],
        message: `"${t}" is listed in both respondsMore and respondsLess`,
      });
    }
  }
  if (scenario.customer.initialTension >= 100) {
    issues.push({ path: ['customer', 'initialTension'], message: 'must be below 100' });
  }
  if (scenario.policy.tolerance.tension !== undefined) {
    for (const [beatId, beat] of Object.entries(scenario.beats))
      for (const mood of MOODS)
        if (beat.customer[mood].crossesLimit)
          issues.push({
            path: ['beats', beatId, 'customer', mood, 'crossesLimit'],
            message:
              'the limit is marked on this cue and also set by policy.tolerance.tension; remove policy.tolerance.tension (a learner can see a cue, not a number)',
          });
  }
  return issues;
}
