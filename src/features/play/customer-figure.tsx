// The customer across the counter: an inline SVG whose posture and face follow the mood. Decorative
// to assistive technology: the mood status text and the cue say the same thing in words.
import { m } from 'framer-motion';
import type { Mood } from '../../domain/scenario/schema';
import { POSES } from './figure-poses';
import { FigureFrame } from './figure-frame';

const SKIN = '#d9a483';
const HAIR = '#3b2a22';
const SHIRT = '#2f5d8a';
const SLEEVE = '#1e3f63';

export function CustomerFigure({ mood }: { mood: Mood }) {
  const p = POSES[mood];
  return (
    <FigureFrame mood={mood}>
      <m.g
        initial={false}
        animate={{ y: p.body.y, scale: p.body.scale, rotate: p.body.rotate }}
        style={{ originX: '50%', originY: '100%' }}
      >
        <path d="M36 250 C40 190 76 164 120 164 C164 164 200 190 204 250 Z" fill={SHIRT} />
        <path d="M108 134 h24 v34 q-12 8 -24 0 Z" fill={SKIN} />
        <m.g initial={false} animate={{ y: p.head.y, rotate: p.head.rotate }}>
          <path
            d="M72 96 C70 50 96 38 120 38 C146 38 172 52 168 98 L170 128 L150 118 L90 118 L70 128 Z"
            fill={HAIR}
          />
          <ellipse cx="120" cy="98" rx="42" ry="50" fill={SKIN} />
          <path
            d="M78 84 C84 52 104 48 122 50 C142 50 160 60 162 84 C150 68 128 62 104 66 C92 68 82 74 78 84 Z"
            fill={HAIR}
          />
          <m.ellipse
            cx="96"
            cy="112"
            rx="9"
            ry="6"
            fill="#d9534f"
            initial={false}
            animate={{ opacity: p.flush }}
          />
          <m.ellipse
            cx="144"
            cy="112"
            rx="9"
            ry="6"
            fill="#d9534f"
            initial={false}
            animate={{ opacity: p.flush }}
          />
          <Eye cx={104} scaleY={p.eyeScaleY} />
          <Eye cx={136} scaleY={p.eyeScaleY} />
          <m.path
            d="M92 80 Q104 74 116 80"
            className="brow"
            initial={false}
            animate={{ y: p.brow.y, rotate: p.brow.rotate }}
          />
          <m.path
            d="M124 80 Q136 74 148 80"
            className="brow"
            initial={false}
            animate={{ y: p.brow.y, rotate: -p.brow.rotate }}
          />
          <path
            d="M120 98 Q116 110 121 112"
            fill="none"
            stroke="#a9745a"
            strokeWidth="2.5"
            strokeLinecap="round"
          />
          <m.path className="mouth" initial={false} animate={{ d: p.mouth }} />
        </m.g>
        <m.g initial={false} animate={{ opacity: p.armsFolded }}>
          <path d="M56 198 Q120 178 184 204 L180 222 Q120 198 60 218 Z" fill={SLEEVE} />
          <path
            d="M184 196 Q120 176 56 204 L60 222 Q120 198 180 216 Z"
            fill={SLEEVE}
            stroke={SHIRT}
            strokeWidth="2"
          />
          <circle cx="182" cy="210" r="9" fill={SKIN} />
          <circle cx="58" cy="210" r="9" fill={SKIN} />
        </m.g>
        {/* Jabbing a finger towards the learner. */}
        <m.g initial={false} animate={{ opacity: p.pointing }}>
          <path d="M170 250 L180 186 L202 190 L196 250 Z" fill={SLEEVE} />
          <g transform="rotate(-35 192 178)">
            <rect x="181" y="166" width="22" height="22" rx="9" fill={SKIN} />
            <rect x="188" y="140" width="8" height="30" rx="4" fill={SKIN} />
            <rect x="179" y="170" width="7" height="12" rx="3.5" fill="#c9916f" />
          </g>
        </m.g>
      </m.g>
      <rect x="0" y="222" width="240" height="18" className="figure-counter" />
    </FigureFrame>
  );
}

function Eye({ cx, scaleY }: { cx: number; scaleY: number }) {
  return (
    <m.g initial={false} animate={{ scaleY }}>
      <ellipse cx={cx} cy="96" rx="7" ry="6" fill="#fff" />
      <circle cx={cx} cy="96" r="3.6" fill="#1b1f24" />
    </m.g>
  );
}
