// LazyMotion (features loaded on demand) and one place that turns motion off when the learner asks
// for reduced motion. framer-motion's reducedMotion="user" only stops transform and layout
// animations; the zero-duration default transition stops the rest (paths, opacity, colour) too.
import { LazyMotion, MotionConfig, useReducedMotion, type Transition } from 'framer-motion';
import type { ReactNode } from 'react';

const loadFeatures = () => import('./motion-features').then((mod) => mod.default);

const GENTLE: Transition = { type: 'spring', stiffness: 160, damping: 20, mass: 0.8 };
const INSTANT: Transition = { duration: 0 };

export function MotionProvider({ children }: { children: ReactNode }) {
  const reduce = useReducedMotion() ?? false;
  return (
    <LazyMotion features={loadFeatures} strict>
      <MotionConfig reducedMotion="user" transition={reduce ? INSTANT : GENTLE}>
        {children}
      </MotionConfig>
    </LazyMotion>
  );
}
