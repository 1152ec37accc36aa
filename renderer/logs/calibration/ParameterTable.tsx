import type { CalibratedParameter, ParameterKind } from '../../../shared/mining/calibration';

const groups: { kind: ParameterKind; title: string; unit: [string, string] }[] = [
  { kind: 'arrivals', title: 'Arrivals', unit: ['gap between cases', 'gaps between cases'] },
  { kind: 'duration', title: 'Durations', unit: ['instance', 'instances'] },
  { kind: 'branch', title: 'Branches', unit: ['choice', 'choices'] },
  { kind: 'error', title: 'Error events', unit: ['execution', 'executions'] },
  { kind: 'pool', title: 'Resource pools', unit: ['instance', 'instances'] },
];

/** The fitted values, one table per kind, each row in plain words with the sample it rests on and its warnings. */
export function ParameterTable({ parameters }: { parameters: readonly CalibratedParameter[] }) {
  return (
    <>
      {groups.map(({ kind, title, unit }) => {
        const rows = parameters.filter((p) => p.kind === kind);
        if (rows.length === 0) return null;
        return (
          <table key={kind} className="fw-calib-table">
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">Element</th>
                <th scope="col">Fitted</th>
                <th scope="col">Based on</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => (
                <tr key={`${p.kind}-${p.elementId}`}>
                  <th scope="row">{p.name || p.elementId}</th>
                  <td>
                    {p.text}
                    <span className="fw-calib-criterion">{p.criterion}</span>
                    {p.warnings.map((w) => (
                      <span key={w} className="fw-calib-warning">
                        {w}
                      </span>
                    ))}
                  </td>
                  <td className="fw-calib-count">
                    {p.sampleSize.toLocaleString('en')} {unit[p.sampleSize === 1 ? 0 : 1]}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </>
  );
}
