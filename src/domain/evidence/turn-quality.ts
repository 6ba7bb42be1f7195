/** Whether a response showed only good techniques, only poor ones, or both: one rule for every output. */
import { isPoorTechnique, type Technique } from '../escalation/techniques';

/** `good`: no poor technique; `poor`: only poor ones; `mixed`: both. */
export type TurnQuality = 'good' | 'poor' | 'mixed';

/** The quality of a response from the techniques the engine judged it to show. */
export function turnQuality(techniques: readonly Technique[]): TurnQuality {
  const poor = techniques.filter(isPoorTechnique).length;
  if (poor === 0) return 'good';
  return poor === techniques.length ? 'poor' : 'mixed';
}
