// On a telephone call the learner cannot see the customer, only hear them: a handset with the
// caller's voice drawn as a wave that is gentle when calm and loud and jagged when aggressive.
import { m, useReducedMotion } from 'framer-motion';
import type { Mood } from '../../domain/scenario/schema';
import { FigureFrame } from './figure-frame';

/** Loudness (amplitude) and agitation (frequency, jaggedness) of the voice in each mood. */
const VOICE: Readonly<
  Record<Mood, { amplitude: number; frequency: number; jagged: number; pulse: number }>
> = {
  calm: { amplitude: 14, frequency: 0.55, jagged: 0, pulse: 1.04 },
  frustrated: { amplitude: 26, frequency: 0.9, jagged: 0.35, pulse: 1.08 },
  aggressive: { amplitude: 44, frequency: 1.3, jagged: 1, pulse: 1.14 },
  'de-escalated': { amplitude: 8, frequency: 0.45, jagged: 0, pulse: 1.02 },
};

const POINTS = 24;

/** The voice wave as a polyline with a fixed number of points, so one mood's wave morphs into the next. */
export function voiceWave(mood: Mood): string {
  const v = VOICE[mood];
  const points = Array.from({ length: POINTS }, (_, i) => {
    const x = 100 + i * 5.6;
    const envelope = Math.sin((Math.PI * i) / (POINTS - 1));
    const spike = i % 2 === 0 ? 1 : 1 - v.jagged * 0.6;
    const y = 120 + Math.sin(i * v.frequency * 2) * v.amplitude * envelope * spike;
    return `${x.toFixed(1)} ${y.toFixed(1)}`;
  });
  return `M ${points.join(' L ')}`;
}

export function TelephoneFigure({ mood }: { mood: Mood }) {
  const reduce = useReducedMotion() ?? false;
  const v = VOICE[mood];
  return (
    <FigureFrame mood={mood}>
      <m.circle
        cx="62"
        cy="120"
        r="44"
        className="phone-ring"
        initial={false}
        // A gentle pulse while the caller speaks; none at all when reduced motion is asked for.
        animate={reduce ? { scale: 1 } : { scale: [1, v.pulse, 1] }}
        transition={
          reduce ? { duration: 0 } : { duration: 1.6, repeat: Infinity, ease: 'easeInOut' }
        }
      />
      <path
        d="M40 92 q6 -10 16 -6 l10 6 q6 4 2 12 l-6 10 q8 18 24 28 l10 -6 q8 -4 12 2 l6 10 q4 10 -6 16 q-14 8 -34 -6 q-26 -20 -36 -44 q-6 -16 2 -22 Z"
        className="phone-handset"
        transform="translate(-4 6)"
      />
      <m.path className="voice-wave" initial={false} animate={{ d: voiceWave(mood) }} />
    </FigureFrame>
  );
}
