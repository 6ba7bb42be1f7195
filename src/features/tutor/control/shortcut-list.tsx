// Every keyboard shortcut, listed on screen from the one table the keys are read by, with the switch
// that turns single-key shortcuts off.
import { SHORTCUTS } from './shortcuts';

export function ShortcutList({
  enabled,
  onToggle,
}: {
  enabled: boolean;
  onToggle(on: boolean): void;
}) {
  return (
    <section className="tutor-card tutor-shortcuts" aria-labelledby="tutor-shortcuts-heading">
      <h2 id="tutor-shortcuts-heading">Keyboard shortcuts</h2>
      <label className="tutor-check">
        <input type="checkbox" checked={enabled} onChange={(e) => onToggle(e.target.checked)} />{' '}
        Single-key shortcuts on
      </label>
      <dl>
        {Object.values(SHORTCUTS).map((s) => (
          <div key={s.keys}>
            <dt>
              <kbd>{s.keys}</kbd>
            </dt>
            <dd>{s.does}</dd>
          </div>
        ))}
      </dl>
      <p className="field-hint">Shortcuts do nothing while you type in a field.</p>
    </section>
  );
}
