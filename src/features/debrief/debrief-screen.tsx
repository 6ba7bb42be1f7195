// Placeholder until the debrief feature lands.
export default function DebriefScreen({ sessionId }: { sessionId: string }) {
  return <h1>Debrief {sessionId}</h1>;
}
