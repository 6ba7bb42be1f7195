// A row of radio buttons for one choice (met / not yet met, achieved / not yet achieved): native
// inputs, so arrow keys move between them and Space chooses, as keyboard users expect.
interface RadiosProps<V extends string> {
  name: string;
  /** Each choice with its id (the first one's is what an error links to) and its label. */
  choices: readonly { value: V; id: string; label: string }[];
  value: V | null;
  onChange(value: V): void;
}

export function Radios<V extends string>({ name, choices, value, onChange }: RadiosProps<V>) {
  return (
    <div className="radios">
      {choices.map((c) => (
        <span key={c.value} className="radio">
          <input
            id={c.id}
            type="radio"
            name={name}
            value={c.value}
            checked={value === c.value}
            onChange={() => onChange(c.value)}
          />
          <label htmlFor={c.id}>{c.label}</label>
        </span>
      ))}
    </div>
  );
}
