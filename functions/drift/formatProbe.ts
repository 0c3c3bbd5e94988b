import type { FieldObservation, ProbeResult } from './probeTypes';

const counted = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort(([, a], [, b]) => b - a)
    .map(([name, n]) => `${name} ×${n}`)
    .join(', ');

function fieldLine(name: string, seen: FieldObservation): string {
  return (
    `  - \`${name}\` (${seen.records}): ${counted(seen.types)}; ` +
    counted(seen.formats)
  );
}

/**
 * The probe as Markdown for an operator: the differences first, each with
 * the assumption it breaks, then every route with its fields. It holds
 * nothing the JSON does not, so no personal value either.
 */
export function formatProbe(result: ProbeResult): string {
  const changes = result.differences.filter((d) => d.severity === 'change');
  const lines = [
    `# Probe of ${result.tenantId}, ${result.at}`,
    '',
    `## Differences from what the code assumes (${changes.length} changes)`,
    '',
  ];
  if (result.differences.length === 0) lines.push('None.');
  for (const d of result.differences) {
    lines.push(
      `- **${d.severity}** ${d.api} ${d.routes.join(', ')}: ${d.found}` +
        `\n  assumed: ${d.assumption}`,
    );
  }
  lines.push('', '## Routes', '');
  for (const r of result.routes) {
    const status = r.status === undefined ? '' : ` HTTP ${r.status}`;
    const shape = r.shape ? `, ${r.shape}` : '';
    const records = r.records === undefined ? '' : `, ${r.records} records`;
    const detail = r.detail ? ` (${r.detail})` : '';
    lines.push(
      `- ${r.api} **${r.route}** \`${r.call}\`: ${r.outcome}` +
        `${status}${shape}${records}${detail}`,
    );
    if (r.otherKeys?.length) lines.push(`  - beside records: ${r.otherKeys}`);
    for (const [name, seen] of Object.entries(r.fields ?? {})) {
      lines.push(fieldLine(name, seen));
    }
  }
  return `${lines.join('\n')}\n`;
}
