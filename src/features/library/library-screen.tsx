// Placeholder until the library feature lands: lists the built-in scenarios.
import { catalogue } from 'virtual:scenarios';

export function LibraryScreen() {
  return (
    <>
      <h1>Scenario library</h1>
      <ul aria-label="Scenarios">
        {catalogue.map((s) => (
          <li key={s.id}>
            <h2>{s.title}</h2>
            <p>{s.summary}</p>
            <a href={`#/briefing/${s.id}`}>Read the briefing</a>
          </li>
        ))}
      </ul>
    </>
  );
}
