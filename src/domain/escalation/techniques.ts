/**
 * The fixed technique vocabulary. A *technique* is what a learner's response demonstrates; scenarios
 * tag responses with these ids, the engine turns them into an effect on tension, and the scorer maps
 * them to assessment criteria. Wording follows the qualifications in shared/seeds (BTEC Unit 7 1D/2A,
 * LSIB "Deliver customer service to difficult customers" 2.1–2.10, IAO L3 de-escalation guidance).
 */

export const GOOD_TECHNIQUES = [
  'active-listening',
  'empathy',
  'open-questions',
  'checking-understanding',
  'sincere-apology',
  'explain-position',
  'offer-alternatives',
  'agree-way-forward',
  'summarise-next-steps',
  'seek-help',
  'signposting',
  'safety-action',
  'adapt-communication',
] as const;

export const POOR_TECHNIQUES = [
  'quoting-rules',
  'dismissing',
  'arguing-blaming',
  'over-promising',
  'admitting-fault',
  'passing-on',
  'jargon',
  'ignoring',
] as const;

export const TECHNIQUES = [...GOOD_TECHNIQUES, ...POOR_TECHNIQUES] as const;

export type GoodTechnique = (typeof GOOD_TECHNIQUES)[number];
export type PoorTechnique = (typeof POOR_TECHNIQUES)[number];
export type Technique = GoodTechnique | PoorTechnique;

/** How a technique is grouped when the engine modulates its effect by mood. */
export type TechniqueFamily = 'rapport' | 'problem-solving' | 'support' | 'poor';

export interface TechniqueInfo {
  id: Technique;
  /** Short label shown in the debrief. */
  label: string;
  /** One sentence for learners and authors. */
  description: string;
  quality: 'good' | 'poor';
  family: TechniqueFamily;
}

const info = (
  id: Technique,
  label: string,
  family: TechniqueFamily,
  description: string,
): TechniqueInfo => ({
  id,
  label,
  family,
  description,
  quality: family === 'poor' ? 'poor' : 'good',
});

export const TECHNIQUE_INFO: Readonly<Record<Technique, TechniqueInfo>> = {
  'active-listening': info(
    'active-listening',
    'Active listening',
    'rapport',
    'Letting the customer speak, showing you are following, not interrupting.',
  ),
  empathy: info(
    'empathy',
    'Acknowledging feelings (empathy)',
    'rapport',
    'Naming and accepting how the customer feels before moving to the problem.',
  ),
  'open-questions': info(
    'open-questions',
    'Open questions',
    'rapport',
    'Questions that invite the customer to explain what happened and what would help.',
  ),
  'checking-understanding': info(
    'checking-understanding',
    'Checking understanding',
    'rapport',
    'Paraphrasing or summarising the customer’s concern back to them.',
  ),
  'sincere-apology': info(
    'sincere-apology',
    'Sincere apology (without admitting fault)',
    'rapport',
    'Being sorry for the customer’s experience without accepting blame the facts do not support.',
  ),
  'adapt-communication': info(
    'adapt-communication',
    'Adapting communication',
    'rapport',
    'Plain language, slower pace, an interpreter or another format for this customer.',
  ),
  'explain-position': info(
    'explain-position',
    'Explaining the organisation’s position',
    'problem-solving',
    'A clear, honest explanation of what the organisation can and cannot do, and why.',
  ),
  'offer-alternatives': info(
    'offer-alternatives',
    'Offering alternatives',
    'problem-solving',
    'Workable options within the limits of your authority.',
  ),
  'agree-way-forward': info(
    'agree-way-forward',
    'Agreeing a way forward',
    'problem-solving',
    'Reaching an option the customer accepts that the organisation can deliver.',
  ),
  'summarise-next-steps': info(
    'summarise-next-steps',
    'Summarising next steps',
    'problem-solving',
    'Saying clearly what happens next, who does it, and when.',
  ),
  'seek-help': info(
    'seek-help',
    'Seeking help from a colleague',
    'support',
    'Bringing in a colleague or manager when the request is beyond your authority or behaviour has crossed the limit.',
  ),
  signposting: info(
    'signposting',
    'Signposting',
    'support',
    'Pointing the customer to another service that can help when you cannot.',
  ),
  'safety-action': info(
    'safety-action',
    'Safety action',
    'support',
    'Stepping back and getting support when your or others’ safety is at risk.',
  ),
  'quoting-rules': info(
    'quoting-rules',
    'Quoting rules at the customer',
    'poor',
    'Reciting policy to counter the customer’s feelings instead of explaining it.',
  ),
  dismissing: info(
    'dismissing',
    'Dismissing (“calm down”)',
    'poor',
    'Telling the customer how to feel or brushing their concern aside.',
  ),
  'arguing-blaming': info(
    'arguing-blaming',
    'Arguing or blaming',
    'poor',
    'Contradicting, point-scoring or blaming the customer.',
  ),
  'over-promising': info(
    'over-promising',
    'Over-promising',
    'poor',
    'Promising what you cannot deliver within policy, creating false expectations.',
  ),
  'admitting-fault': info(
    'admitting-fault',
    'Admitting fault wrongly',
    'poor',
    'Accepting blame on the organisation’s behalf that the facts do not support.',
  ),
  'passing-on': info(
    'passing-on',
    'Passing the customer on needlessly',
    'poor',
    'Handing over a matter you could and should deal with yourself.',
  ),
  jargon: info(
    'jargon',
    'Jargon',
    'poor',
    'Bureaucratic language, acronyms or internal terms the customer does not know.',
  ),
  ignoring: info(
    'ignoring',
    'Ignoring',
    'poor',
    'Not responding to what the customer said or to the signs of their distress.',
  ),
};

export const isPoorTechnique = (t: Technique): t is PoorTechnique =>
  (POOR_TECHNIQUES as readonly string[]).includes(t);
