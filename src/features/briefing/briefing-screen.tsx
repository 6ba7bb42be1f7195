// Placeholder until the briefing feature lands.
export default function BriefingScreen({ scenarioId }: { scenarioId: string }) {
  return <h1>Briefing: {scenarioId}</h1>;
}
