import { useEffect, useRef, useState } from 'preact/hooks';
import { answerLabel, type AnswerCode, type CodeMetric } from '../../../lib/dora/answer-scale';
import type { DeploymentsCsvAnalysis } from '../../../lib/dora/deployments-csv';
import { formatDurationHuman, formatDurationIso } from '../../../lib/format';
import { percentText, roundedNumber } from '../../../lib/format-rounded';
import type { AnswersFromData, FourKeys } from '../../../lib/dora/four-keys';
import { counted } from '../../../lib/plural';
import { DataTable } from '../../ui/DataTable';

/** How many row errors are listed; the rest are counted. */
const LISTED_ERRORS = 10;

const analysisModule = () => import('../../../lib/dora/deployments-csv');
/** Lets the browser paint and handle input before the next step. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

type Status =
  | { kind: 'idle' }
  | { kind: 'running'; source: string; rowsRead: number; charsRead: number; totalChars: number }
  | { kind: 'done'; source: string; analysis: DeploymentsCsvAnalysis; elapsedMs: number }
  | { kind: 'stopped'; source: string; message: string };

interface Props {
  /** Receives the answers the file measured (only those it could measure). */
  onMeasured: (answers: Partial<Record<CodeMetric, AnswerCode>> & { changeFailureRate: number }) => void;
  sampleHref: string;
}

/**
 * Four Keys from the learner's own deployment log, read in slices so a large
 * file never blocks the page; the analysis code loads only when it is needed.
 */
export function DataPanel({ onMeasured, sampleHref }: Props) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [pasted, setPasted] = useState('');
  const running = useRef<AbortController | null>(null);
  // Fetch the reader while the learner picks a file, not after.
  useEffect(() => void analysisModule(), []);

  async function analyse(text: string, source: string) {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    const started = performance.now();
    setStatus({ kind: 'running', source, rowsRead: 0, charsRead: 0, totalChars: text.length });
    try {
      const { analyseDeploymentsCsvInSlices } = await analysisModule();
      const analysis = await analyseDeploymentsCsvInSlices(text, {
        signal: controller.signal,
        onProgress: (progress, totalChars) =>
          setStatus({ kind: 'running', source, rowsRead: progress.rowsRead, charsRead: progress.charsRead, totalChars }),
      });
      const elapsedMs = performance.now() - started;
      // Measuring, showing the keys and redrawing the results are each a task of their own, so none is long.
      await nextTask();
      if (running.current !== controller) return;
      setStatus({ kind: 'done', source, analysis, elapsedMs });
      await nextTask();
      if (analysis.answers && running.current === controller) onMeasured(measuredAnswers(analysis.answers));
    } catch (error) {
      if (running.current !== controller) return; // replaced by a newer file
      const message = controller.signal.aborted
        ? 'Cancelled. Nothing was changed.'
        : `The file could not be read (${error instanceof Error ? error.message : String(error)}). Nothing was changed.`;
      setStatus({ kind: 'stopped', source, message });
    }
  }

  async function readFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    try {
      // Refused on its size, before a byte is read.
      const tooLarge = (await analysisModule()).deploymentsCsvTooLarge(file.size);
      if (tooLarge) return setStatus({ kind: 'stopped', source: file.name, message: tooLarge });
      await analyse(await file.text(), file.name);
    } catch {
      setStatus({ kind: 'stopped', source: file.name, message: 'The browser could not read that file. Nothing was changed.' });
    }
  }

  return (
    <div class="data-panel">
      <p>
        Measure the keys from your own deployment log, the way Four Keys does. The file stays in your browser. It needs
        one row per production deployment, with these columns in any order (others are ignored):
      </p>
      <pre>
        <code>{'deployed_at,oldest_commit_at,failed,restored_at\n2024-05-06T09:12:00Z,2024-05-03T15:40:00Z,no,\n2024-05-06T14:05:00Z,2024-05-06T10:00:00Z,yes,2024-05-06T15:20:00Z'}</code>
      </pre>
      <p class="meta">
        Times are ISO 8601 (no offset means UTC); <code>failed</code> is yes or no; <code>restored_at</code> is when
        service was back, for failed deployments only. <a href={sampleHref} download>Download the sample CSV</a> (40
        deployments over eight weeks) to see the format.
      </p>
      <div class="fields data-inputs">
        <div class="field">
          <label for="dora-csv-file">CSV file of deployments</label>
          <input id="dora-csv-file" type="file" accept=".csv,text/csv" onChange={(event) => readFile(event.currentTarget)} />
        </div>
        <div class="field">
          <label for="dora-csv-text">Or paste CSV text</label>
          <textarea id="dora-csv-text" rows={5} spellcheck={false} value={pasted} onInput={(event) => setPasted(event.currentTarget.value)} />
          <button type="button" class="secondary" onClick={() => analyse(pasted, 'the pasted text')}>
            Analyse pasted text
          </button>
        </div>
      </div>
      <div role="status" class="data-status">
        {status.kind === 'done' && <p>{summary(status.analysis, status.source)}</p>}
        {status.kind === 'stopped' && <p class="notice">{status.message}</p>}
      </div>
      {status.kind === 'running' && (
        <div class="data-progress">
          <label for="dora-csv-progress">
            Reading {status.source}: {roundedNumber(status.rowsRead, 0)} rows so far
          </label>
          <progress id="dora-csv-progress" max={status.totalChars} value={status.charsRead} />
          <button type="button" class="secondary" onClick={() => running.current?.abort()}>
            Cancel
          </button>
        </div>
      )}
      {status.kind === 'done' && <Analysis analysis={status.analysis} elapsedMs={status.elapsedMs} />}
    </div>
  );
}

function measuredAnswers(a: AnswersFromData) {
  const answers: Partial<Record<CodeMetric, AnswerCode>> & { changeFailureRate: number } = {
    deploymentFrequency: a.deploymentFrequency,
    changeFailureRate: a.changeFailureRate,
  };
  if (a.leadTime !== null) answers.leadTime = a.leadTime;
  if (a.recoveryTime !== null) answers.recoveryTime = a.recoveryTime;
  return answers;
}

const plural = (n: number, word: string) => counted(roundedNumber(n, 0), word);

function summary(a: DeploymentsCsvAnalysis, source: string): string {
  if (a.fileError) return `${source} could not be used; your answers are unchanged.`;
  const problems = a.errorCount === 0 ? '' : ` ${counted(roundedNumber(a.errorCount, 0), 'row was', 'rows were')} left out.`;
  return `Measured ${plural(a.rowsAccepted, 'deployment')} from ${source}; the results below now use them.${problems}`;
}

function Analysis({ analysis: a, elapsedMs }: { analysis: DeploymentsCsvAnalysis; elapsedMs: number }) {
  return (
    <div class="analysis">
      {a.fileError && (
        <p class="notice" role="alert">
          {a.fileError}
        </p>
      )}
      {a.errorCount > 0 && (
        <div class="csv-errors">
          <p>
            <strong>
              <data value={String(a.errorCount)}>{counted(roundedNumber(a.errorCount, 0), 'problem')}</data>
            </strong>
            {a.errorCount > LISTED_ERRORS ? `; the first ${LISTED_ERRORS}:` : ':'}
          </p>
          <ol>
            {a.errors.slice(0, LISTED_ERRORS).map((e) => (
              <li key={`${e.line}-${e.message}`}>{e.message}</li>
            ))}
          </ol>
        </div>
      )}
      {a.keys && a.answers && <Keys keys={a.keys} answers={a.answers} />}
      {a.rowsRead > 0 && (
        <p class="meta">
          Checked {plural(a.rowsRead, 'row')} in <time datetime={formatDurationIso(elapsedMs / 1000)}>{elapsedText(elapsedMs)}</time>.
        </p>
      )}
    </div>
  );
}

/** How long reading took: milliseconds under a second ("12 ms", never "0s"). */
const elapsedText = (ms: number) => (ms < 1000 ? `${Math.max(1, Math.round(ms))} ms` : formatDurationHuman(ms / 1000, { maxUnits: 2 }));

function Duration({ ms }: { ms: number }) {
  return <time datetime={formatDurationIso(ms / 1000)}>{formatDurationHuman(ms / 1000, { maxUnits: 2 })}</time>;
}

function Keys({ keys: k, answers: a }: { keys: FourKeys; answers: AnswersFromData }) {
  const kept = 'not measurable; your own answer is kept';
  return (
    <>
      <DataTable
        caption={
          <>
            Measured from <data value={String(k.deployments)}>{plural(k.deployments, 'deployment')}</data> over{' '}
            <data value={String(k.weeksObserved)}>{plural(k.weeksObserved, 'week')}</data>
          </>
        }
        columns={['Key', 'Measured', 'As a Quick Check answer']}
      >
        <tr>
          <th scope="row">Lead time for changes (median)</th>
          <td>{k.medianLeadTimeMs === null ? 'No positive lead time' : <Duration ms={k.medianLeadTimeMs} />}</td>
          <td>{a.leadTime === null ? kept : answerLabel('leadTime', a.leadTime)}</td>
        </tr>
        <tr>
          <th scope="row">Deployment frequency</th>
          <td>
            <data value={String(k.medianDeploymentDaysPerWeek)}>
              {counted(roundedNumber(k.medianDeploymentDaysPerWeek), 'day', 'days')}
            </data>{' '}
            with a deployment in the median week (Four Keys: {k.deploymentFrequency}); mean{' '}
            <data value={String(k.meanDeploymentDaysPerWeek)}>{roundedNumber(k.meanDeploymentDaysPerWeek)}</data>
          </td>
          <td>{answerLabel('deploymentFrequency', a.deploymentFrequency)}</td>
        </tr>
        <tr>
          <th scope="row">Change failure rate</th>
          <td>
            <data value={String(k.changeFailureRatePercent)}>{percentText(k.changeFailureRatePercent)}</data> (
            <data value={String(k.failedDeployments)}>{roundedNumber(k.failedDeployments, 0)}</data> failed)
          </td>
          <td>
            <data value={String(a.changeFailureRate)}>{percentText(a.changeFailureRate)}</data>
          </td>
        </tr>
        <tr>
          <th scope="row">Failed deployment recovery time (median)</th>
          <td>{k.medianRecoveryTimeMs === null ? 'No failed deployment' : <Duration ms={k.medianRecoveryTimeMs} />}</td>
          <td>{a.recoveryTime === null ? kept : answerLabel('recoveryTime', a.recoveryTime)}</td>
        </tr>
      </DataTable>
      <ul class="meta">
        {a.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
        <li>Deployment rework rate is not in the file, so your own answer is kept.</li>
      </ul>
    </>
  );
}
