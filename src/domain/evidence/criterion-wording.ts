/**
 * A criterion's wording is quoted verbatim, but some units word a criterion as guidance to the
 * marker ("Award credit for accurately listing…"). Shown to a learner it is the unit's wording, and
 * where the learner is asked to answer it, it is put as what they do ("Accurately list…").
 */

/** "Award credit for …", "Credit for …": the criterion is written to the marker. */
const GUIDANCE = /^(?:award\s+)?credit\s+for\s+/i;

export const isMarkerGuidance = (text: string): boolean => GUIDANCE.test(text.trim());

/** The verbs such guidance opens with, as "-ing" forms and as the learner is asked to do them. */
const BASE_FORM: Readonly<Record<string, string>> = {
  analysing: 'analyse',
  analyzing: 'analyze',
  applying: 'apply',
  assessing: 'assess',
  breaking: 'break',
  comparing: 'compare',
  defining: 'define',
  demonstrating: 'demonstrate',
  describing: 'describe',
  discussing: 'discuss',
  evaluating: 'evaluate',
  explaining: 'explain',
  giving: 'give',
  identifying: 'identify',
  justifying: 'justify',
  listing: 'list',
  naming: 'name',
  outlining: 'outline',
  planning: 'plan',
  presenting: 'present',
  producing: 'produce',
  providing: 'provide',
  recognising: 'recognise',
  recognizing: 'recognize',
  reflecting: 'reflect',
  selecting: 'select',
  showing: 'show',
  stating: 'state',
  suggesting: 'suggest',
  summarising: 'summarise',
  using: 'use',
  writing: 'write',
};

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The criterion as the learner is asked to answer it: marker guidance becomes an instruction
 * ("Award credit for accurately listing and describing X" → "Accurately list and describe X");
 * any other wording is returned as it is. Guidance that opens some other way keeps its words after
 * "The unit asks for".
 */
export function inLearnersTerms(text: string): string {
  const t = text.trim();
  const lead = GUIDANCE.exec(t);
  if (!lead) return t;
  const words = t.slice(lead[0].length).split(/\s+/);
  // The opening run: adverbs ("accurately"), the verbs, and "and"/"or" between them.
  let verbs = 0;
  let i = 0;
  for (; i < words.length; i++) {
    const [, bare = '', tail = ''] = /^(.*?)([,;]?)$/.exec(words[i]!) ?? [];
    const base = BASE_FORM[bare.toLowerCase()];
    if (base) {
      words[i] = base + tail;
      verbs++;
    } else if (!/^(?:and|or|\w+ly)$/i.test(bare) || tail) break;
  }
  if (verbs === 0) return `The unit asks for ${words.join(' ')}`;
  return capitalised(words.join(' '));
}
