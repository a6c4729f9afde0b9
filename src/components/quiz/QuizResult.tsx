import { useEffect, useMemo, useState } from 'preact/hooks';
import { href } from '../link';
import type { Answers } from '../../lib/quiz/answers';
import type { RoleId } from '../../lib/quiz/ids';
import type { QuizBank, RoleProfile } from '../../lib/quiz/schema';
import { scoreQuiz, type QuizResult as Result } from '../../lib/quiz/score';
import { decodeShare, encodeShare, SHARE_PARAM } from '../../lib/quiz/share';
import { readStoredQuiz } from '../../lib/quiz/storage';
import { otherRoleOutlook } from '../../lib/quiz/verdict';
import { $quizStored } from '../../stores/quiz';
import { usePersisted } from '../ui/use-persisted';
import { CopyLinkButton } from '../ui/CopyLinkButton';
import { FacetChart, FacetTable } from './FacetChart';

interface Props {
  bank: QuizBank;
  roles: RoleProfile[];
  /** Titles of published lessons by id; recommendations link only to these. */
  lessonTitles: Record<string, string>;
  /** Names of the tools that exist, by path ("/tools/dora/"). */
  toolNames: Record<string, string>;
}

const ROLE_NAMES: Record<RoleId, string> = { devops: 'DevOps', sre: 'SRE' };
const PATH_NAMES = { 'devops-first': 'the DevOps-first path', 'sre-first': 'the SRE-first path', full: 'the full course' } as const;

type Source = { kind: 'pending' } | { kind: 'answers'; answers: Answers; from: 'link' | 'storage' } | { kind: 'problem'; message: string };

/**
 * The quiz result, from a shared link (?a=…) or, without one, from the
 * answers saved in this browser. Everything shown is computed by
 * scoreQuiz in src/lib; this component only lays it out.
 */
export default function QuizResult({ bank, roles, lessonTitles, toolNames }: Props) {
  const stored = usePersisted($quizStored);
  const [source, setSource] = useState<Source>({ kind: 'pending' });

  useEffect(() => {
    const param = new URLSearchParams(location.search).get(SHARE_PARAM);
    const shared = decodeShare(param, bank);
    if (shared.ok) return setSource({ kind: 'answers', answers: shared.answers, from: 'link' });
    if (shared.reason !== 'missing') return setSource({ kind: 'problem', message: shared.message });
    const { state } = readStoredQuiz(stored, bank);
    if (Object.keys(state.answers).length === 0) {
      return setSource({ kind: 'problem', message: 'There are no answers to score yet.' });
    }
    // Show the saved result under a link that can be shared and reopened.
    history.replaceState(history.state, '', `${location.pathname}?${SHARE_PARAM}=${encodeShare(bank, state.answers)}`);
    setSource({ kind: 'answers', answers: state.answers, from: 'storage' });
  }, []);

  const result = useMemo(() => (source.kind === 'answers' ? scoreQuiz(bank, source.answers) : undefined), [source, bank]);

  if (source.kind === 'pending') return <p class="js-only">Working out your result…</p>;
  if (source.kind === 'problem' || !result) {
    return (
      <div class="notice" role="alert">
        <p>{source.kind === 'problem' ? source.message : ''}</p>
        <p>
          <a href={href('quiz/')}>Take the quiz</a> to see your own result; it takes about five minutes.
        </p>
      </div>
    );
  }
  const profile = (id: RoleId) => roles.find((role) => role.id === id);
  const awayFrom: RoleId[] = result.verdict === 'devops' ? ['sre'] : result.verdict === 'sre' ? ['devops'] : ['devops', 'sre'];
  const towards: RoleId[] = result.verdict === 'devops' || result.verdict === 'sre' ? [result.verdict] : ['devops', 'sre'];

  return (
    <article class="quiz-result" aria-labelledby="result-heading">
      <h2 id="result-heading">{headline(result)}</h2>
      <p class="lede">{explainVerdict(result)}</p>
      <Fits result={result} />

      <h2>The work behind the score</h2>
      <FacetChart facets={result.facets} />
      <FacetTable facets={result.facets} />

      <h2>What drove it</h2>
      <div class="two-columns">
        {(['devops', 'sre'] as const).map((role) => (
          <section key={role} aria-labelledby={`why-${role}`}>
            <h3 id={`why-${role}`}>Towards {ROLE_NAMES[role]}</h3>
            {result.explanation[role].length === 0 ? (
              <p>None of your answers pushed towards {ROLE_NAMES[role]}.</p>
            ) : (
              <ul>
                {result.explanation[role].map((reason) => (
                  <li key={reason.itemId}>
                    {reason.prompt && <span class="meta">{reason.prompt} </span>}
                    {reason.kind === 'scenario' ? <q>{reason.text}</q> : reason.text}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>

      <h2>A week in each role</h2>
      <div class="two-columns">
        {(['devops', 'sre'] as const).map((role) => {
          const p = profile(role);
          return (
            p && (
              <section key={role} aria-labelledby={`week-${role}`}>
                <h3 id={`week-${role}`}>{p.name}</h3>
                <p>{p.summary}</p>
                <ul>{p.week.map((line) => <li key={line}>{line}</li>)}</ul>
              </section>
            )
          );
        })}
      </div>

      <h2>{awayFrom.length === 1 ? `Growing towards ${ROLE_NAMES[awayFrom[0] as RoleId]}` : 'Growing in both directions'}</h2>
      {awayFrom.map((role) => {
        const p = profile(role);
        return (
          p && (
            <section key={role} aria-label={`Growth plan towards ${ROLE_NAMES[role]}`}>
              {awayFrom.length > 1 && <h3>Towards {ROLE_NAMES[role]}</h3>}
              <ol>
                {p.growthPlan.map((step) => (
                  <li key={step.text}>
                    {step.text}
                    {step.lesson && lessonTitles[step.lesson] && (
                      <> Read <a href={href(`lessons/${step.lesson}/`)}>{lessonTitles[step.lesson]}</a>.</>
                    )}
                    {step.tool && toolNames[step.tool] && (
                      <> Try the <a href={href(step.tool)}>{toolNames[step.tool]}</a>.</>
                    )}
                  </li>
                ))}
              </ol>
            </section>
          )
        );
      })}

      <h2>What to learn next</h2>
      <p>
        We suggest <a href={href(`lessons/#path-${result.path}`)}>{PATH_NAMES[result.path]}</a>. Start with these lessons and tools:
      </p>
      <ul>
        {unique(towards.flatMap((role) => profile(role)?.lessons ?? []))
          .filter((slug) => lessonTitles[slug])
          .map((slug) => (
            <li key={slug}>
              <a href={href(`lessons/${slug}/`)}>{lessonTitles[slug]}</a>
            </li>
          ))}
        {unique(towards.flatMap((role) => profile(role)?.tools ?? []))
          .filter((path) => toolNames[path])
          .map((path) => (
            <li key={path}>
              <a href={href(path)}>{toolNames[path]}</a>
            </li>
          ))}
      </ul>

      <h2>Certifications people in these roles often hold</h2>
      <div class="two-columns">
        {towards.map((role) => {
          const p = profile(role);
          return (
            p && (
              <section key={role} aria-labelledby={`certs-${role}`}>
                <h3 id={`certs-${role}`}>{p.name}</h3>
                <ul>
                  {p.certifications.map((c) => (
                    <li key={c.name}>
                      {c.name} <span class="meta">({c.issuer}{c.kind === 'course' ? ', a course' : ''})</span>
                      {c.note && <> {c.note}</>}
                    </li>
                  ))}
                </ul>
              </section>
            )
          );
        })}
      </div>
      <p class="meta">Certifications can help you get an interview; work you can show (a pipeline you built, a postmortem you wrote) usually matters more.</p>

      <h2>Share or keep this result</h2>
      <p>The address of this page holds your answers (not your name), so anyone who opens it sees the same result. Nothing was sent anywhere to make it.</p>
      <div class="quiz-actions no-print">
        <CopyLinkButton label="Copy link to this result" />
        <a href={href('quiz/')}>Retake or change your answers</a>
      </div>
      <details>
        <summary>How the score is calculated</summary>
        <p>
          Each answer adds to a role's score according to the question's published weights. A role's fit is 100 × (maximum + points) ÷ (2 × maximum): 50 means your answers balanced out, 100 that every answer pushed
          towards it. "Neither" answers count towards the maximum but add no points, so they pull a fit towards 50; skipped questions count nowhere. Your answers gave DevOps {result.roles.devops.sum} of a
          possible {result.roles.devops.max} points and SRE {result.roles.sre.sum} of {result.roles.sre.max}. There is no norm group behind these numbers, so they describe your answers, not how you compare with others.
        </p>
      </details>
    </article>
  );
}

function Fits({ result }: { result: Result }) {
  return (
    <dl class="fits">
      {(['devops', 'sre'] as const).map((role) => {
        const score = result.roles[role];
        return (
          <div key={role} class="fit" data-role={role}>
            <dt>{ROLE_NAMES[role]} fit</dt>
            <dd>
              {score.fit === null ? (
                <span>{score.reason}</span>
              ) : (
                <>
                  <span class="big-number">
                    <data value={String(score.fit)}>{score.fit}</data>
                  </span>{' '}
                  out of 100
                  <span class="fit-bar" aria-hidden="true">
                    <span style={{ inlineSize: `${score.fit}%` }} />
                  </span>
                </>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

function headline(result: Result): string {
  switch (result.verdict) {
    case 'devops':
      return 'Your answers lean towards DevOps';
    case 'sre':
      return 'Your answers lean towards SRE';
    case 'both':
      return 'Both hats fit you';
    case 'unclear':
      return 'Not yet clear';
  }
}

function explainVerdict(result: Result): string {
  const lean = `This is a ${result.confidence} lean, from ${result.answered} of ${result.totalItems} questions answered.`;
  switch (result.verdictReason) {
    case 'leans':
      return otherRoleOutlook({ verdict: result.verdict, devops: result.roles.devops.fit, sre: result.roles.sre.fit }) === 'suits-less'
        ? `${lean} The other role's work suits you less, going by these answers. That is worth knowing, and it can change: the growth plan below shows a way in if you want one.`
        : `${lean} You would probably enjoy the other role's work too; the growth plan below shows how to get closer to it.`;
    case 'both-high':
      return `You liked the work of both roles, and by a similar margin (${result.confidence} confidence). Small teams need exactly this: people who can wear both hats.`;
    case 'close-middling':
      return 'Your two fits are close together but neither is high, so the quiz cannot tell a lean yet. Try the lessons on each role and take the quiz again.';
    case 'both-low':
      return "On balance you would rather not do most of the work either role involves. That is a useful result too: it may point to development, data or another field.";
    case 'mostly-neutral':
      return 'Half or more of your answers were "Neither like nor dislike", which pulls both fits to the middle. Answer from your gut and the quiz can say more.';
    case 'too-few-answers':
      return 'Too many questions were skipped to score both roles. Answer at least half of each role\'s questions to see a result.';
  }
}

const unique = <T,>(values: T[]): T[] => [...new Set(values)];
