// Placeholder until the play feature lands.
export default function PlayScreen({ sessionId }: { sessionId: string }) {
  return <h1>Session {sessionId}</h1>;
}
