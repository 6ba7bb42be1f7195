// A response's techniques with their debrief labels, each marked good or poor in words and by icon.
import { TECHNIQUE_INFO, type Technique } from '../../domain/escalation/techniques';

export function TechniqueList({ techniques }: { techniques: readonly Technique[] }) {
  return (
    <ul className="techniques">
      {techniques.map((t) => {
        const info = TECHNIQUE_INFO[t];
        return (
          <li key={t} className={`technique technique-${info.quality}`}>
            <span className="technique-quality">
              <span aria-hidden="true">{info.quality === 'good' ? '✓ ' : '✗ '}</span>
              {info.quality === 'good' ? 'Good' : 'Poor'}:
            </span>{' '}
            {info.label}
          </li>
        );
      })}
    </ul>
  );
}
