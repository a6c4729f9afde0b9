/**
 * Reads a CSV of deployments and measures the four keys from it.
 *
 *   deployed_at,oldest_commit_at,failed,restored_at
 *   2024-05-06T09:12:00Z,2024-05-03T15:40:00Z,no,
 *   2024-05-06T14:05:00Z,2024-05-06T10:00:00Z,yes,2024-05-06T15:20:00Z
 *
 * Columns may come in any order, and extra columns are ignored. Timestamps are
 * ISO 8601 (no offset means UTC); `failed` is yes/no/true/false/1/0;
 * `restored_at` is required when failed and empty otherwise. A bad row is
 * skipped with a message naming its line and field, and the rest is measured.
 *
 * For large files, drive `createDeploymentsCsvAnalyser()` a slice at a time
 * (or use `analyseDeploymentsCsvInSlices`, which waits a macrotask between
 * slices) so the page never blocks for long.
 */
import { createCsvReader } from './csv';
import {
  answersFromFourKeys,
  createFourKeysAccumulator,
  type AnswersFromData,
  type DeploymentRecord,
  type FourKeys,
} from './four-keys';
import { isoTimestampMs } from './iso-timestamp';

export const DEPLOYMENTS_CSV_COLUMNS = ['deployed_at', 'oldest_commit_at', 'failed', 'restored_at'] as const;
export type DeploymentsCsvColumn = (typeof DEPLOYMENTS_CSV_COLUMNS)[number];
export const DEPLOYMENTS_CSV_HEADER = DEPLOYMENTS_CSV_COLUMNS.join(',');

/** Only the first errors are kept (all are counted), so a wrong file cannot flood memory or the page. */
export const MAX_LISTED_ERRORS = 100;
/** Slice size for `analyseDeploymentsCsvInSlices`: about 1,100 rows, a few milliseconds of work on a laptop. */
export const DEFAULT_CHARS_PER_SLICE = 64 * 1024;
/**
 * Larger files are refused before they are read: a file is read whole (as
 * bytes, then as text), and 50 MB is over half a million deployments, more
 * than any team's log.
 */
export const MAX_DEPLOYMENTS_CSV_BYTES = 50 * 1024 * 1024;

/** Why a file of this many bytes is refused, or null; checked on File.size, before reading. */
export function deploymentsCsvTooLarge(bytes: number): string | null {
  if (bytes <= MAX_DEPLOYMENTS_CSV_BYTES) return null;
  return `This file is ${Math.ceil(bytes / (1024 * 1024))} MB; the tool reads files up to ${MAX_DEPLOYMENTS_CSV_BYTES / (1024 * 1024)} MB, so it was not read. Nothing was changed.`;
}

// A Map, not an object literal: "constructor" must not find Object.prototype.constructor.
const FAILED_VALUES: ReadonlyMap<string, boolean> = new Map([
  ['yes', true],
  ['true', true],
  ['1', true],
  ['no', false],
  ['false', false],
  ['0', false],
]);

export interface CsvLineError {
  line: number;
  /** The column at fault; null when the whole row is (wrong number of values, duplicate). */
  field: DeploymentsCsvColumn | null;
  /** A full sentence naming the line (and field), ready to show. */
  message: string;
}

export interface DeploymentsCsvProgress {
  charsRead: number;
  linesRead: number;
  rowsRead: number;
  rowsAccepted: number;
  errorCount: number;
}

export interface DeploymentsCsvAnalysis extends DeploymentsCsvProgress {
  /** A problem with the whole file (empty, header without the columns, no rows); null otherwise. */
  fileError: string | null;
  /** The first MAX_LISTED_ERRORS row errors, in line order. */
  errors: CsvLineError[];
  /** Null when no row was accepted. */
  keys: FourKeys | null;
  answers: AnswersFromData | null;
}

export interface DeploymentsCsvAnalyser {
  /** Feeds the next piece of the file; pieces may split lines anywhere. */
  push(text: string): void;
  readonly progress: DeploymentsCsvProgress;
  /** Ends the input and measures. Call once. */
  finish(): DeploymentsCsvAnalysis;
}

const example = '2024-05-06T14:05:00Z';
const display = (text: string) => (text.length > 40 ? `"${text.slice(0, 40)}…"` : `"${text}"`);
const isoDisplay = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

export function createDeploymentsCsvAnalyser(): DeploymentsCsvAnalyser {
  const keys = createFourKeysAccumulator();
  // Accepted rows, kept only as far as duplicate detection needs them.
  const deployedAt: number[] = [];
  const commitAt: number[] = [];
  const errors: CsvLineError[] = [];
  /** Line number of each accepted record, for duplicate messages. */
  const lines: number[] = [];
  let errorCount = 0;
  let charsRead = 0;
  let rowsRead = 0;
  let columns: Record<DeploymentsCsvColumn, number> | null = null;
  let headerWidth = 0;
  let fileError: string | null = null;
  let sawHeader = false;

  const report = (line: number, field: DeploymentsCsvColumn | null, message: string) => {
    errorCount += 1;
    if (errors.length < MAX_LISTED_ERRORS) {
      errors.push({ line, field, message: field ? `Line ${line}, ${field}: ${message}` : `Line ${line}: ${message}` });
    }
  };

  const readHeader = (fields: string[]) => {
    sawHeader = true;
    const names = fields.map((f) => f.trim().toLowerCase());
    const missing = DEPLOYMENTS_CSV_COLUMNS.filter((c) => !names.includes(c));
    if (missing.length > 0) {
      fileError =
        `The first line must be the header ${DEPLOYMENTS_CSV_HEADER}; ` +
        `it has no column ${missing.join(', ')} (found: ${fields.join(',') || 'an empty line'}).`;
      return;
    }
    headerWidth = fields.length;
    columns = {
      deployed_at: names.indexOf('deployed_at'),
      oldest_commit_at: names.indexOf('oldest_commit_at'),
      failed: names.indexOf('failed'),
      restored_at: names.indexOf('restored_at'),
    };
  };

  /** A timestamp field, or null after reporting why not. */
  const timestampField = (
    line: number,
    column: DeploymentsCsvColumn,
    text: string,
    whenMissing: string,
  ): number | null => {
    if (text === '') {
      report(line, column, `${whenMissing}; expected an ISO 8601 timestamp such as ${example}.`);
      return null;
    }
    const ms = isoTimestampMs(text);
    if (ms === null) report(line, column, `${display(text)} is not a valid ISO 8601 timestamp such as ${example}.`);
    return ms;
  };

  // Duplicate detection. Exports are usually sorted by time, so while they are,
  // a duplicate can only sit at the end of the accepted rows; the index by
  // time is built only once a row arrives out of order.
  let latestDeployedAtMs = -Infinity;
  let byTime: Map<number, number[]> | null = null;
  const indexRow = (i: number) => {
    const at = deployedAt[i] as number;
    const list = byTime?.get(at);
    if (list) list.push(i);
    else byTime?.set(at, [i]);
  };
  /** The line of an earlier row with the same deployment time and commit, if any. */
  const duplicateOf = (deployedAtMs: number, oldestCommitAtMs: number): number | undefined => {
    if (deployedAtMs > latestDeployedAtMs) return undefined;
    if (byTime === null && deployedAtMs === latestDeployedAtMs) {
      for (let i = deployedAt.length - 1; i >= 0 && deployedAt[i] === deployedAtMs; i -= 1) {
        if (commitAt[i] === oldestCommitAtMs) return lines[i];
      }
      return undefined;
    }
    if (byTime === null) {
      byTime = new Map();
      for (let i = 0; i < deployedAt.length; i += 1) indexRow(i);
    }
    const match = byTime.get(deployedAtMs)?.find((i) => commitAt[i] === oldestCommitAtMs);
    return match === undefined ? undefined : lines[match];
  };
  const accept = (record: DeploymentRecord, line: number) => {
    keys.add(record);
    deployedAt.push(record.deployedAtMs);
    commitAt.push(record.oldestCommitAtMs);
    lines.push(line);
    if (byTime) indexRow(deployedAt.length - 1);
    if (record.deployedAtMs > latestDeployedAtMs) latestDeployedAtMs = record.deployedAtMs;
  };

  const readRow = (fields: string[], line: number, cols: Record<DeploymentsCsvColumn, number>) => {
    rowsRead += 1;
    if (fields.length < headerWidth) {
      const missing = DEPLOYMENTS_CSV_COLUMNS.filter((c) => cols[c] >= fields.length);
      report(line, null, `expected ${headerWidth} values, found ${fields.length} (missing ${missing.join(', ')}).`);
      return;
    }
    if (fields.length > headerWidth) {
      report(
        line,
        null,
        `found ${fields.length} values but the header has ${headerWidth}; a value containing a comma must be in double quotes.`,
      );
      return;
    }
    const errorsBefore = errorCount;
    const deployedAtMs = timestampField(line, 'deployed_at', (fields[cols.deployed_at] as string).trim(), 'missing');
    const oldestCommitAtMs = timestampField(
      line,
      'oldest_commit_at',
      (fields[cols.oldest_commit_at] as string).trim(),
      'missing',
    );
    const failedText = (fields[cols.failed] as string).trim();
    const failed = FAILED_VALUES.get(failedText.toLowerCase());
    if (failed === undefined) {
      report(
        line,
        'failed',
        failedText === ''
          ? 'missing; use yes or no.'
          : `${display(failedText)} is not one of yes, no, true, false, 1, 0.`,
      );
    }
    const restoredText = (fields[cols.restored_at] as string).trim();
    let restoredAtMs: number | null = null;
    if (failed === true) {
      restoredAtMs = timestampField(
        line,
        'restored_at',
        restoredText,
        'required when failed is yes (when was service restored?)',
      );
    } else if (failed === false && restoredText !== '') {
      report(line, 'restored_at', 'must be empty when failed is no (only a failed deployment is restored).');
    }
    if (deployedAtMs !== null && oldestCommitAtMs !== null && oldestCommitAtMs > deployedAtMs) {
      report(
        line,
        'oldest_commit_at',
        `the commit (${isoDisplay(oldestCommitAtMs)}) is after the deployment (${isoDisplay(deployedAtMs)}).`,
      );
    }
    if (deployedAtMs !== null && restoredAtMs !== null && restoredAtMs < deployedAtMs) {
      report(
        line,
        'restored_at',
        `service was restored (${isoDisplay(restoredAtMs)}) before the deployment (${isoDisplay(deployedAtMs)}).`,
      );
    }
    if (errorCount !== errorsBefore || deployedAtMs === null || oldestCommitAtMs === null || failed === undefined)
      return;

    // The same deployment time and commit is the same deployment, listed twice.
    const earlier = duplicateOf(deployedAtMs, oldestCommitAtMs);
    if (earlier !== undefined) {
      report(line, null, `duplicate of line ${earlier} (same deployed_at and oldest_commit_at); counted once.`);
      return;
    }
    accept({ deployedAtMs, oldestCommitAtMs, failed, restoredAtMs }, line);
  };

  const reader = createCsvReader({
    record(fields, line) {
      if (!sawHeader) return readHeader(fields);
      if (columns) readRow(fields, line, columns);
    },
    error(line, message) {
      report(line, null, message);
    },
  });

  const progress = (): DeploymentsCsvProgress => ({
    charsRead,
    linesRead: reader.line,
    rowsRead,
    rowsAccepted: lines.length,
    errorCount,
  });

  return {
    push(text) {
      charsRead += text.length;
      if (fileError === null) reader.push(text);
    },
    get progress() {
      return progress();
    },
    finish() {
      if (fileError === null) reader.end();
      if (fileError === null && !sawHeader)
        fileError = `The file is empty. The first line must be the header ${DEPLOYMENTS_CSV_HEADER}.`;
      if (fileError === null && rowsRead === 0) fileError = 'The file has a header but no deployments.';
      if (fileError === null && lines.length === 0) fileError = 'No row could be read; see the errors below.';
      const measured = fileError === null ? keys.result() : null;
      errors.sort((a, b) => a.line - b.line);
      return {
        ...progress(),
        fileError,
        errors,
        keys: measured,
        answers: measured ? answersFromFourKeys(measured) : null,
      };
    },
  };
}

/** Waits for a macrotask, so the browser can paint and handle input. */
export const nextMacrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export interface SliceOptions {
  charsPerSlice?: number;
  /** Called between slices; defaults to `nextMacrotask`. */
  pause?: () => Promise<void>;
  onProgress?: (progress: DeploymentsCsvProgress, totalChars: number) => void;
  signal?: AbortSignal;
}

/** The file a slice at a time, pausing between slices; rejects with the signal's reason if aborted. */
export async function analyseDeploymentsCsvInSlices(
  text: string,
  { charsPerSlice = DEFAULT_CHARS_PER_SLICE, pause = nextMacrotask, onProgress, signal }: SliceOptions = {},
): Promise<DeploymentsCsvAnalysis> {
  const size = Math.max(1, Math.floor(charsPerSlice));
  const analyser = createDeploymentsCsvAnalyser();
  for (let start = 0; start < text.length; start += size) {
    signal?.throwIfAborted();
    analyser.push(text.slice(start, start + size));
    onProgress?.(analyser.progress, text.length);
    await pause();
  }
  signal?.throwIfAborted();
  return analyser.finish();
}
