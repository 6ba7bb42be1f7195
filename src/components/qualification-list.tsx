// Qualification units grouped under their qualification, so a qualification is named once.
import './qualification-list.css';

export interface QualificationUnit {
  id: string;
  qualification: string;
  unit: string;
}

export function groupByQualification(
  units: QualificationUnit[],
): { qualification: string; units: QualificationUnit[] }[] {
  const groups = new Map<string, QualificationUnit[]>();
  for (const u of units) groups.set(u.qualification, [...(groups.get(u.qualification) ?? []), u]);
  return [...groups].map(([qualification, list]) => ({ qualification, units: list }));
}

export function QualificationList({ units }: { units: QualificationUnit[] }) {
  return (
    <ul className="qualification-list">
      {groupByQualification(units).map((g) => (
        <li key={g.qualification}>
          <span className="qualification-name">{g.qualification}</span>
          <ul>
            {g.units.map((u) => (
              <li key={u.id}>{u.unit}</li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
