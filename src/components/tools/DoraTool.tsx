import '../../styles/tools-devops.css';
import type { ComponentChildren } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { parsePercentField, type AnswerCode, type CodeMetric } from '../../lib/dora/answer-scale';
import type { BenchmarkYear } from '../../lib/dora/benchmark-schema';
import { DEFAULT_DORA_ANSWERS, doraToolQuery, parseDoraToolParams, type DoraToolState } from '../../lib/dora/dora-params';
import { href } from '../link';
import { CopyLinkButton } from '../ui/CopyLinkButton';
import { Notices } from '../ui/Notices';
import { useLazy } from '../ui/use-lazy';
import { useUrlState, type UrlCodec } from '../ui/use-url-state';
import { AnswerFields, type PercentKey } from './dora/AnswerFields';
import { STALE_SENTENCE, useDrafts } from './dora/state';
import { Tabs } from './dora/Tabs';

interface Props {
  /** Every report year, oldest first, as validated by the content collection. */
  years: BenchmarkYear[];
  /** The year shown when the URL names none. */
  defaultYear: number;
  /** In a lesson: no URL syncing, compact, with a link to the full tool. */
  embedded?: boolean;
  /** Starting answers and year; defaults to DEFAULT_DORA_ANSWERS and `defaultYear`. */
  initial?: DoraToolState;
  /**
   * The results for `initial`, rendered by the page (`<Results slot="results" …/>`): Astro passes them as
   * static HTML, so the island ships the results' code only once the answers change. Without them the
   * island loads that code at once.
   */
  results?: ComponentChildren;
}

type SetState = (update: (state: DoraToolState) => DoraToolState) => void;


/**
 * The DORA quick check: Quick Check answers (or a CSV of deployments)
 * classified against a report year's clusters and scored against the Quick
 * Check benchmark. Everything is computed in src/lib/dora; this only wires
 * inputs to it and lays out the results.
 */
export default function DoraTool({ embedded = false, ...props }: Props) {
  return embedded ? <EmbeddedDora {...props} /> : <FullDora {...props} />;
}

const startState = ({ initial, defaultYear }: Props): DoraToolState =>
  initial ?? { answers: { ...DEFAULT_DORA_ANSWERS }, year: defaultYear };

function FullDora(props: Props) {
  const { years, defaultYear } = props;
  const codec = useMemo<UrlCodec<DoraToolState>>(
    () => ({
      parse: (search) => parseDoraToolParams(search, { years: years.map((y) => y.year), defaultYear }),
      serialize: doraToolQuery,
    }),
    [],
  );
  const [state, setState, notices] = useUrlState(startState(props), codec);
  return <DoraView years={years} state={state} setState={setState} notices={notices} embedded={false} serverResults={props.results} />;
}

function EmbeddedDora(props: Props) {
  const [state, setState] = useState(startState(props));
  return <DoraView years={props.years} state={state} setState={setState} notices={[]} embedded serverResults={props.results} />;
}

const PERCENT_KEYS = ['cfr', 'rework'] as const;
const PERCENT_METRICS = { cfr: 'changeFailureRate', rework: 'reworkRate' } as const;
const parsePercent = (key: PercentKey, text: string) => parsePercentField(text, PERCENT_METRICS[key]);

interface ViewProps {
  years: BenchmarkYear[];
  state: DoraToolState;
  setState: SetState;
  notices: readonly string[];
  embedded: boolean;
  serverResults: ComponentChildren;
}

function DoraView({ years, state, setState, notices, embedded, serverResults }: ViewProps) {
  const { answers, year } = state;
  const [tab, setTab] = useState<'answers' | 'data'>('answers');
  // The CSV tab's code loads the first time it is opened: most visits never use it.
  const [DataPanel, loadDataPanel] = useLazy(() => import('./dora/DataPanel').then((m) => m.DataPanel));
  const selectTab = (id: 'answers' | 'data') => {
    setTab(id);
    if (id === 'data') loadDataPanel();
  };
  const percents = { cfr: answers.changeFailureRate, rework: answers.reworkRate ?? DEFAULT_DORA_ANSWERS.reworkRate };
  const { drafts, errors, setDraft, stale } = useDrafts(percents, PERCENT_KEYS, parsePercent);

  // The results' code (classifier, tables, charts) loads only once the answers change (or the learner
  // starts on the form); until then the page's server-rendered results for the starting answers stand.
  const first = useRef(state);
  const changed = state !== first.current || !serverResults;
  const [Results, loadResults] = useLazy(() => import('./dora/Results').then((m) => m.Results), changed);
  const updating = changed && !Results;

  const setAnswers = (change: Partial<DoraToolState['answers']>) =>
    setState((s) => ({ ...s, answers: { ...s.answers, ...change } }));
  const fields = (
    <AnswerFields
      answers={answers}
      year={year}
      years={years.map((y) => ({ year: y.year, clusters: y.clusters !== null }))}
      drafts={drafts}
      errors={errors}
      onCode={(metric: CodeMetric, code: AnswerCode) => setAnswers({ [metric]: code })}
      onPercent={(key, text) => {
        const parsed = setDraft(key, text);
        if (parsed.ok) setAnswers({ [PERCENT_METRICS[key]]: parsed.value });
      }}
      onYear={(y) => setState((s) => ({ ...s, year: y }))}
    />
  );

  return (
    <div class={embedded ? 'dora-tool embedded' : 'dora-tool'} onFocusIn={loadResults} onPointerDown={loadResults}>
      <Notices notices={notices} />
      {embedded ? (
        fields
      ) : (
        <Tabs
          label="Where your numbers come from"
          selected={tab}
          onSelect={selectTab}
          tabs={[
            { id: 'answers', label: 'Answer the questions', panel: fields },
            {
              id: 'data',
              label: 'From your data',
              panel: DataPanel ? (
                <DataPanel sampleHref={href('samples/deployments-sample.csv')} onMeasured={setAnswers} />
              ) : (
                <p>Loading…</p>
              ),
            },
          ]}
        />
      )}
      {!embedded && <CopyLinkButton />}
      <section
        class="result dora-result"
        data-stale={stale || updating ? 'true' : 'false'}
        aria-busy={updating ? 'true' : undefined}
        aria-labelledby="dora-result-heading"
      >
        {stale && <p class="stale-note">{STALE_SENTENCE}</p>}
        {Results && changed ? <Results years={years} state={state} embedded={embedded} /> : serverResults}
      </section>
      {embedded && (
        <p>
          <a href={href(`tools/dora/?${doraToolQuery(state)}`)}>Open in the full calculator</a>{' '}
          <span class="meta">(every report year, scores against the benchmark, and your own CSV)</span>
        </p>
      )}
    </div>
  );
}
