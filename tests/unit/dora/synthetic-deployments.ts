/** A deterministic CSV of `rows` deployments, a few per working day, for size and speed tests. */
export function syntheticDeploymentsCsv(rows: number, eol = '\n'): string {
  const lines = ['deployed_at,oldest_commit_at,failed,restored_at'];
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  let t = Date.UTC(2020, 0, 6, 9);
  for (let i = 0; i < rows; i += 1) {
    t += Math.floor(random() * 4 * 3_600_000) + 60_000;
    const deployed = new Date(t).toISOString();
    const commit = new Date(t - Math.floor(random() * 72 * 3_600_000) - 60_000).toISOString();
    const failed = random() < 0.12;
    const restored = failed ? new Date(t + Math.floor(random() * 6 * 3_600_000)).toISOString() : '';
    lines.push(`${deployed},${commit},${failed ? 'yes' : 'no'},${restored}`);
  }
  return lines.join(eol) + eol;
}
