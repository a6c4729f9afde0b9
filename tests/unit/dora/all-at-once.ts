/**
 * The DORA data code works incrementally, as the tool needs it (a file a
 * slice at a time, deployments one by one). Tests and benchmarks mostly want
 * a whole input at once: these drive the same code that way.
 */
import { createDeploymentsCsvAnalyser, type DeploymentsCsvAnalysis } from '../../../src/lib/dora/deployments-csv';
import { createFourKeysAccumulator, type DeploymentRecord, type FourKeys } from '../../../src/lib/dora/four-keys';

/** A whole CSV file, analysed in one push. */
export function analyseDeploymentsCsv(text: string): DeploymentsCsvAnalysis {
  const analyser = createDeploymentsCsvAnalyser();
  analyser.push(text);
  return analyser.finish();
}

/** The four keys of a list of deployments; null when it is empty. */
export function fourKeys(records: readonly DeploymentRecord[]): FourKeys | null {
  const keys = createFourKeysAccumulator();
  for (const record of records) keys.add(record);
  return keys.result();
}
