import '../../styles/tools-devops.css';
import type { ComponentChildren } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import type { BenchmarkYear } from '../../lib/dora/benchmark-schema';
import { DORA_PARAM_NAMES, doraToolQuery, parseDoraToolParams } from '../../lib/dora/dora-params';
import { checkDoraForm, doraFormFrom } from '../../lib/dora/form';
import { decimalText } from '../../lib/url-params';
import { href } from '../link';
import { ToolShell } from '../ui/ToolShell';
import { useLastValid } from '../ui/use-last-valid';
import { useLazy } from '../ui/use-lazy';
import { formCodec, useToolForm } from '../ui/use-url-state';
import { AnswerFields } from './dora/AnswerFields';
import { Tabs } from './dora/Tabs';

interface Props {
  /** Every report year, oldest first, as validated by the content collection. */
  years: BenchmarkYear[];
  /** The year shown when the URL names none. */
  defaultYear: number;
  /** In a lesson: no URL syncing, compact, with a link to the full tool. */
  embedded?: boolean;
  /** Starting answers and year as URL parameters (`{ df: '6', cfr: '5' }`); missing ones take the defaults. */
  initial?: Partial<Record<(typeof DORA_PARAM_NAMES)[keyof typeof DORA_PARAM_NAMES], string>>;
  /**
   * The results for `initial`, rendered by the page (`<Results slot="results" …/>`): Astro passes them as
   * static HTML, so the island ships the results' code only once the answers change. Without them the
   * island loads that code at once.
   */
  results?: ComponentChildren;
}

/**
 * The DORA quick check: Quick Check answers (or a CSV of deployments)
 * classified against a report year's clusters and scored against the Quick
 * Check benchmark. Everything is computed in src/lib/dora; this only wires
 * inputs to it and lays out the results.
 */
export default function DoraTool({ years, defaultYear, embedded = false, initial = {}, results: serverResults }: Props) {
  const codec = useMemo(
    () => formCodec((search) => parseDoraToolParams(search, { years: years.map((y) => y.year), defaultYear }), doraFormFrom, checkDoraForm, doraToolQuery),
    [],
  );
  const { form, update, notices } = useToolForm(codec, initial, embedded);
  const check = checkDoraForm(form);
  const { value: state, stale } = useLastValid(check.values);
  const [tab, setTab] = useState<'answers' | 'data'>('answers');
  // The CSV tab's code loads the first time it is opened: most visits never use it.
  const [DataPanel, loadDataPanel] = useLazy(() => import('./dora/DataPanel').then((m) => m.DataPanel));
  const selectTab = (id: 'answers' | 'data') => {
    setTab(id);
    if (id === 'data') loadDataPanel();
  };

  // The results' code (classifier, tables, charts) loads only once the answers change (or the learner
  // starts on the form); until then the page's server-rendered results for the starting answers stand.
  const first = useRef(doraToolQuery(state));
  const changed = doraToolQuery(state) !== first.current || !serverResults;
  const [Results, loadResults] = useLazy(() => import('./dora/Results').then((m) => m.Results), changed);
  const updating = changed && !Results;

  const fields = (
    <AnswerFields
      form={form}
      years={years.map((y) => ({ year: y.year, clusters: y.clusters !== null }))}
      errors={check.errors}
      onChange={update}
    />
  );

  return (
    <ToolShell
      embedded={embedded}
      class="dora-tool"
      notices={notices}
      onInteract={loadResults}
      inputs={
        embedded ? (
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
                  <DataPanel
                    sampleHref={href('samples/deployments-sample.csv')}
                    onMeasured={({ changeFailureRate, ...codes }) => update({ ...codes, changeFailureRate: decimalText(changeFailureRate) })}
                  />
                ) : (
                  <p>Loading…</p>
                ),
              },
            ]}
          />
        )
      }
      copyLinkFirst
      resultId="dora-result-heading"
      resultClass="dora-result"
      stale={stale}
      updating={updating}
      link={{ tool: 'dora', search: doraToolQuery(state), note: '(every report year, scores against the benchmark, and your own CSV)' }}
    >
      {Results && changed ? <Results years={years} state={state} embedded={embedded} /> : serverResults}
    </ToolShell>
  );
}
