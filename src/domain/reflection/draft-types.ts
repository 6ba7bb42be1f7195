/**
 * The shape of a reflective-account draft: Gibbs' six stages, each a list of paragraphs made of
 * parts, so the debrief can render quotes as links to the transcript and prompts as fields the
 * learner must fill, and the same draft can be flattened to plain text for the editor.
 */

/** Plain generated text. */
export interface TextPart {
  type: 'text';
  text: string;
}

/** The learner's own words at a turn, quoted exactly (TurnRecord.text). */
export interface QuotePart {
  type: 'quote';
  turn: number;
  text: string;
}

/** Something only the learner can write (feelings, workplace experience, knowledge answers). */
export interface PromptPart {
  type: 'prompt';
  /** Stable id, e.g. `feelings-start` or `knowledge-3.4`. */
  id: string;
  question: string;
}

/** One piece of a paragraph. */
export type DraftPart = TextPart | QuotePart | PromptPart;

/** A paragraph: its parts are rendered one after another. */
export type DraftParagraph = DraftPart[];

/** The six stages of Gibbs' reflective cycle, in order. */
export const GIBBS_STAGES = [
  { stage: 'description', title: 'Description' },
  { stage: 'feelings', title: 'Feelings' },
  { stage: 'evaluation', title: 'Evaluation' },
  { stage: 'analysis', title: 'Analysis' },
  { stage: 'conclusion', title: 'Conclusion' },
  { stage: 'action-plan', title: 'Action plan' },
] as const;
export type GibbsStage = (typeof GIBBS_STAGES)[number]['stage'];

/** One stage of the cycle. */
export interface DraftSection {
  stage: GibbsStage;
  title: string;
  paragraphs: DraftParagraph[];
}

/** A generated reflective-account draft: structured, plain data. */
export interface ReflectionDraft {
  scenarioId: string;
  frameworkId: string;
  /** Heading for the account. */
  title: string;
  /** The six Gibbs stages, in order. */
  sections: DraftSection[];
  /** Ids of the standards and legislation linked (see legislation.ts). */
  legislation: string[];
}

/** Builders for parts, so the section writers read as prose. */
export const text = (t: string): TextPart => ({ type: 'text', text: t });
export const quote = (turn: number, t: string): QuotePart => ({ type: 'quote', turn, text: t });
export const prompt = (id: string, question: string): PromptPart => ({
  type: 'prompt',
  id,
  question,
});
