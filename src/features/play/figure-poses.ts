/**
 * How the customer's figure looks in each mood: posture, brows, eyes and mouth as numbers the figure
 * animates between. Kept apart from the drawing so the expressions can be tuned in one place.
 */
import type { Mood } from '../../domain/scenario/schema';

/** One mood's expression and posture. Distances are in the figure's 240×240 viewBox. */
export interface Pose {
  /** Whole figure: leaning in (scale up, forward), shoulders dropped (down), weight shifted (rotate). */
  body: { y: number; scale: number; rotate: number };
  head: { y: number; rotate: number };
  /** The left brow; the right one mirrors it. Positive rotate lowers the inner end (a frown). */
  brow: { y: number; rotate: number };
  /** Eye openness: below 1 narrowed, above 1 wide. */
  eyeScaleY: number;
  /** The mouth as one closed outline (same commands in every mood so it can morph). */
  mouth: string;
  /** Colour in the cheeks. */
  flush: number;
  armsFolded: number;
  pointing: number;
}

const mouth = (corner: number, upper: number, lower: number, half = 16) =>
  `M ${120 - half} ${corner} Q 120 ${upper} ${120 + half} ${corner} Q 120 ${lower} ${120 - half} ${corner} Z`;

export const POSES: Readonly<Record<Mood, Pose>> = {
  calm: {
    body: { y: 0, scale: 1, rotate: 0 },
    head: { y: 0, rotate: 0 },
    brow: { y: 0, rotate: 0 },
    eyeScaleY: 1,
    mouth: mouth(124, 130, 134),
    flush: 0,
    armsFolded: 0,
    pointing: 0,
  },
  frustrated: {
    body: { y: -3, scale: 1, rotate: -2 },
    head: { y: -1, rotate: -3 },
    brow: { y: 2, rotate: 12 },
    eyeScaleY: 0.7,
    mouth: mouth(130, 127, 131, 13),
    flush: 0.3,
    armsFolded: 1,
    pointing: 0,
  },
  aggressive: {
    body: { y: 6, scale: 1.1, rotate: 0 },
    head: { y: 3, rotate: 0 },
    brow: { y: -5, rotate: 18 },
    eyeScaleY: 1.15,
    mouth: mouth(127, 118, 150, 15),
    flush: 0.7,
    armsFolded: 0,
    pointing: 1,
  },
  'de-escalated': {
    body: { y: 5, scale: 0.98, rotate: 0 },
    head: { y: 2, rotate: 4 },
    brow: { y: -2, rotate: -8 },
    eyeScaleY: 0.9,
    mouth: mouth(123, 131, 138, 18),
    flush: 0,
    armsFolded: 0,
    pointing: 0,
  },
};
