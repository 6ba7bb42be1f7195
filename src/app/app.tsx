// The app shell: header, main landmark, and the current screen.
import { catalogue } from 'virtual:scenarios';

export function App() {
  return (
    <>
      <header className="app-header">
        <p className="app-name">Defuse</p>
      </header>
      <main id="main">
        <h1>Scenario library</h1>
        <ul aria-label="Scenarios">
          {catalogue.map((s) => (
            <li key={s.id}>
              <h2>{s.title}</h2>
              <p>{s.summary}</p>
            </li>
          ))}
        </ul>
      </main>
    </>
  );
}
