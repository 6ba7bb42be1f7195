// The frame both customer figures draw in: a decorative SVG (the mood is given in text beside it).
import type { ReactNode } from 'react';
import type { Mood } from '../../domain/scenario/schema';

export function FigureFrame({ mood, children }: { mood: Mood; children: ReactNode }) {
  return (
    <svg
      className="figure"
      viewBox="0 0 240 240"
      aria-hidden="true"
      focusable="false"
      data-mood={mood}
    >
      <rect x="0" y="0" width="240" height="240" rx="16" className="figure-backdrop" />
      {children}
    </svg>
  );
}
