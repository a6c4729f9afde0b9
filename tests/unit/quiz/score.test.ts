import { describe, expect, it } from 'vitest';
import bankJson from '../../../src/content/quiz/bank.json';
import { likertCoding, normaliseAnswers, type Answer, type Answers } from '../../../src/lib/quiz/answers';
import { strongestReasons } from '../../../src/lib/quiz/explain';
import { quizBankSchema, type QuizBank } from '../../../src/lib/quiz/schema';
import { axisFit, scoreDimension, roleEffect, scoreQuiz } from '../../../src/lib/quiz/score';
import { CLOSE_GAP, confidenceFor, HIGH_FIT, learningPathFor, LOW_FIT, otherRoleOutlook, verdictFor } from '../../../src/lib/quiz/verdict';

const bank: QuizBank = quizBankSchema.parse(bankJson[0]);

/** Answers every item: Likert by which role it leans to, scenarios by a chooser. */
function persona(likert: { devops: Answer; sre: Answer; shared: Answer }, pickOption: (effects: { devops: number; sre: number }) => number): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const item of bank.items) {
    if (item.kind === 'likert') {
      const { devops, sre } = item.effects;
      answers[item.id] = devops > sre ? likert.devops : sre > devops ? likert.sre : likert.shared;
    } else {
      const scores = item.options.map((o) => pickOption(o.effects));
      answers[item.id] = item.options[scores.indexOf(Math.max(...scores))]!.id;
    }
  }
  return answers;
}

const allDevops = persona({ devops: 5, sre: 1, shared: 3 }, (e) => e.devops - e.sre);
const allSre = persona({ devops: 1, sre: 5, shared: 3 }, (e) => e.sre - e.devops);

/** A two-Likert, one-scenario bank small enough to score by hand. */
const tiny: QuizBank = {
  id: 'bank',
  version: 1,
  likertStem: 'How would you feel about doing this at work?',
  likertScale: ['Strongly dislike', 'Dislike', 'Neither like nor dislike', 'Like', 'Strongly like'],
  facets: [{ id: 'flow', label: 'Delivery flow', description: 'Moving changes to production.' }],
  items: [
    { id: 'a', kind: 'likert', activity: 'Rebuild a pipeline.', effects: { devops: 2, sre: 0 }, facets: { flow: 2 } },
    { id: 'b', kind: 'likert', activity: 'Be on call for a week.', effects: { devops: 0, sre: 2 }, facets: {} },
    {
      id: 'c',
      kind: 'scenario',
      prompt: 'Which first?',
      options: [
        { id: 'd', text: 'Roll back', effects: { devops: 2, sre: -1 }, facets: { flow: 1 } },
        { id: 's', text: 'Check the SLO', effects: { devops: -1, sre: 2 }, facets: {} },
        { id: 'b', text: 'Build a dashboard', effects: { devops: 1, sre: 1 }, facets: {} },
      ],
    },
  ],
};

describe('formulas (quiz-scoring reference)', () => {
  it('Likert coding c = (r − 3) ÷ 2 maps 1..5 onto −1..1 (quiz-scoring reference)', () => {
    expect([1, 2, 3, 4, 5].map((r) => likertCoding(r as 1 | 2 | 3 | 4 | 5))).toEqual([-1, -0.5, 0, 0.5, 1]);
  });

  it('8values-style axis score 100 × (M + S) ÷ (2M): 50 is balanced, ±M are the ends (quiz-scoring reference)', () => {
    expect(axisFit(0, 10)).toBe(50);
    expect(axisFit(10, 10)).toBe(100);
    expect(axisFit(-10, 10)).toBe(0);
    expect(axisFit(3, 10)).toBe(65);
    expect(axisFit(-1.5, 4)).toBeCloseTo(31.25, 10);
  });

  it('worked example: Likert 5 on a DevOps activity plus the SRE option in a scenario (quiz-scoring reference)', () => {
    // DevOps: S = 2·1 + (−1) = 1, M = 2 + 2 = 4 → 100 × 5 ÷ 8 = 62.5 → 63.
    // SRE: item a has no SRE effect; S = 2 (option s), M = 2 (item c) → 100; item b skipped.
    const answers = { a: 5, c: 's' };
    const devops = scoreDimension(tiny, answers, 'devops', 'DevOps', roleEffect('devops'));
    expect(devops).toMatchObject({ sum: 1, max: 4, items: 2, answered: 2, fit: 63, reason: null });
    const sre = scoreDimension(tiny, answers, 'sre', 'SRE', roleEffect('sre'));
    expect(sre).toMatchObject({ sum: 2, max: 2, items: 2, answered: 1, fit: 100 });
  });

  it('a neutral answer counts toward M and pulls toward 50; a skipped item counts nowhere (quiz-scoring reference)', () => {
    const skipped = scoreQuiz(tiny, { a: 5, c: 'd' }).roles.devops; // S = 4, M = 4 → 100
    expect(skipped).toMatchObject({ sum: 4, max: 4, fit: 100 });
    const withNeutral = scoreQuiz({ ...tiny, items: [...tiny.items, { ...tiny.items[0]!, id: 'a2' }] as QuizBank['items'] }, { a: 5, a2: 3, c: 'd' }).roles.devops;
    expect(withNeutral).toMatchObject({ sum: 4, max: 6 }); // 100 × 10 ÷ 12 = 83.3
    expect(withNeutral.fit).toBe(83);
  });

  it('a dimension is scored only once at least half of its items are answered (quiz-scoring reference)', () => {
    const result = scoreQuiz(tiny, { b: 4 });
    expect(result.roles.sre.fit).toBe(75); // 1 of 2 SRE items answered: enough
    expect(result.roles.devops.fit).toBeNull(); // 0 of 2 DevOps items
    expect(result.roles.devops.reason).toBe('Answer 1 more of the 2 questions about DevOps to see this score (at least half are needed).');
  });

  it('facets use the same formula with their own effects', () => {
    // flow: a = 2 × 1, option d = 1; M = 2 + 1 → S = 3 → 100.
    expect(scoreQuiz(tiny, { a: 5, c: 'd' }).facets[0]).toMatchObject({ id: 'flow', sum: 3, max: 3, fit: 100 });
    // Picking an option without a flow effect adds 0 to S and 1 to M: 100 × (3 + 2) ÷ 6 = 83.3.
    expect(scoreQuiz(tiny, { a: 5, c: 's' }).facets[0]).toMatchObject({ sum: 2, max: 3, fit: 83 });
  });

  it('a scenario answer may be the option id or its 0-based index, with the same result', () => {
    expect(scoreQuiz(tiny, { a: 4, c: 1 })).toEqual(scoreQuiz(tiny, { a: 4, c: 's' }));
  });

  it('invalid answers are treated as skipped', () => {
    const noisy: Answers = { a: 4, b: 9, c: 'nope', zzz: 5 };
    expect(scoreQuiz(tiny, noisy)).toEqual(scoreQuiz(tiny, { a: 4 }));
    expect(normaliseAnswers(tiny, { a: 4, b: 2.5, c: 2, constructor: 1 })).toEqual({ a: 4, c: 'b' });
  });
});

describe('personas on the real bank', () => {
  it('all-DevOps: likes every DevOps activity, dislikes every SRE one, picks DevOps first moves', () => {
    const r = scoreQuiz(bank, allDevops);
    // DevOps: S = 12 + 2 − 1 (toil-tool) + 8 × 2 = 29, M = 35 → 100 × 64 ÷ 70 = 91.4.
    // SRE: S = −12 − 2 + 1 (one-click-rollback) + 8 × (−1) = −21 → 100 × 14 ÷ 70 = 20.
    expect(r.roles.devops.fit).toBe(91);
    expect(r.roles.sre.fit).toBe(20);
    expect(r).toMatchObject({ verdict: 'devops', verdictReason: 'leans', confidence: 'clear', gap: 71, path: 'devops-first' });
    const flow = r.facets.find((f) => f.id === 'flow')!.fit!;
    const deep = r.facets.find((f) => f.id === 'deep-work')!.fit!;
    expect(flow).toBeGreaterThan(deep);
  });

  it('all-SRE is the mirror image of all-DevOps (balanced bank)', () => {
    const r = scoreQuiz(bank, allSre);
    expect(r.roles.sre.fit).toBe(91);
    expect(r.roles.devops.fit).toBe(20);
    expect(r).toMatchObject({ verdict: 'sre', confidence: 'clear', gap: -71, path: 'sre-first' });
    expect(r.facets.find((f) => f.id === 'reliability')!.fit!).toBeGreaterThan(r.facets.find((f) => f.id === 'flow')!.fit!);
  });

  it('all-neutral: "Neither" on every activity and no scenario answered gives 50/50 and "unclear", never a lean', () => {
    const answers = Object.fromEntries(bank.items.filter((i) => i.kind === 'likert').map((i) => [i.id, 3]));
    const r = scoreQuiz(bank, answers);
    expect(r.roles.devops.fit).toBe(50);
    expect(r.roles.sre.fit).toBe(50);
    expect(r).toMatchObject({ verdict: 'unclear', verdictReason: 'mostly-neutral', confidence: 'slight', neutral: 18, answered: 18, path: 'full' });
    expect(r.explanation).toEqual({ devops: [], sre: [] });
  });

  it('mixed: likes delivery work, lukewarm on reliability work → leans DevOps, moderately', () => {
    const answers = {
      'pipeline-rebuild': 5, 'terraform-modules': 4, 'team-embed': 3, 'test-feedback': 4, 'request-mix': 2, 'delivery-metrics': 3, 'one-click-rollback': 4,
      'on-call-week': 4, 'slo-targets': 2, 'latency-hunt': 3, 'postmortem-lead': 4, 'capacity-model': 2, 'alert-rewrite': 3, 'toil-tool': 4,
      'cleanup-script': 4, 'image-slimming': 3, 'memory-debug': 4, 'service-dashboard': 3,
      'latency-3am': 'page-owners', 'friday-release': 'launch-dashboards', 'quarter-goal': 'onboard-teams', 'new-service': 'build-pipeline',
      'stuck-worker': 'script-restart', 'config-outage': 'team-walkthrough', 'ideal-day': 'many-small-tasks', 'free-afternoon': 'helper-library',
    };
    const r = scoreQuiz(bank, answers);
    // DevOps: Likert S = 5.5, scenarios S = 11 → 100 × 51.5 ÷ 70 = 73.6. SRE: Likert 2.5, scenarios 0 → 53.6.
    expect(r.roles.devops).toMatchObject({ sum: 16.5, max: 35, fit: 74 });
    expect(r.roles.sre).toMatchObject({ sum: 2.5, max: 35, fit: 54 });
    expect(r).toMatchObject({ verdict: 'devops', confidence: 'moderate', gap: 20, neutral: 6 });
    expect(r.explanation.devops.map((x) => x.itemId)).toEqual(['latency-3am', 'new-service', 'ideal-day']);
    expect(r.explanation.sre.map((x) => x.itemId)).toEqual(['on-call-week', 'postmortem-lead', 'toil-tool']);
  });

  it('skipped: five answers are too few, so both roles are null with a reason and the verdict is "unclear"', () => {
    const r = scoreQuiz(bank, { 'pipeline-rebuild': 5, 'on-call-week': 5, 'latency-3am': 'slo-burn', 'terraform-modules': 4, 'slo-targets': 1 });
    expect(r.roles.devops.fit).toBeNull();
    expect(r.roles.sre.fit).toBeNull();
    expect(r.roles.devops.reason).toMatch(/^Answer \d+ more of the \d+ questions about DevOps/);
    expect(r).toMatchObject({ verdict: 'unclear', verdictReason: 'too-few-answers', confidence: 'slight', gap: null, answered: 5, path: 'full' });
  });

  it('tie, both high: likes everything and picks shared first moves → "both", never a silent tie-break', () => {
    const answers = persona({ devops: 5, sre: 5, shared: 5 }, (e) => -Math.abs(e.devops - e.sre));
    // Shared options where a scenario has one; in the 4-option scenarios a mild option each way, one skipped.
    answers['latency-3am'] = 'release-history';
    answers['quarter-goal'] = 'fix-failover';
    delete answers['config-outage'];
    const r = scoreQuiz(bank, answers);
    // Each role: S = 19 + 5 + 1 = 25, M = 19 + 7 × 2 = 33 → 100 × 58 ÷ 66 = 87.9.
    expect(r.roles.devops.fit).toBe(88);
    expect(r.roles.sre.fit).toBe(88);
    expect(r).toMatchObject({ verdict: 'both', verdictReason: 'both-high', confidence: 'clear', gap: 0, path: 'full' });
  });

  it('tie, middling: equal fits just below HIGH_FIT → "unclear", not "both"', () => {
    const answers = persona({ devops: 4, sre: 4, shared: 1 }, (e) => e.devops - e.sre);
    answers['one-click-rollback'] = 3;
    answers['toil-tool'] = 3;
    // Alternate the strong options so the scenarios cancel out.
    bank.items.filter((i) => i.kind === 'scenario').forEach((item, n) => {
      if (item.kind === 'scenario') answers[item.id] = item.options.find((o) => (n % 2 === 0 ? o.effects.devops : o.effects.sre) === 2)!.id;
    });
    const r = scoreQuiz(bank, answers);
    // Each role: Likert S = 6 × 1 − 4 × 1 = 2, scenarios 4 × 2 − 4 × 1 = 4 → 100 × 41 ÷ 70 = 58.6.
    expect(r.roles.devops).toMatchObject({ sum: 6, max: 35, fit: 59 });
    expect(r.roles.sre).toMatchObject({ sum: 6, max: 35, fit: 59 });
    expect(r).toMatchObject({ verdict: 'unclear', verdictReason: 'close-middling', confidence: 'slight', gap: 0 });
  });

  it('the same answers always give the same result', () => {
    expect(scoreQuiz(bank, allDevops)).toEqual(scoreQuiz(bank, { ...allDevops }));
  });
});

describe('verdict thresholds (named constants)', () => {
  it('a gap below CLOSE_GAP is no lean; at CLOSE_GAP it is', () => {
    expect(verdictFor({ devops: 70, sre: 70 - (CLOSE_GAP - 1), neutralShare: 0 }).verdict).toBe('both');
    expect(verdictFor({ devops: 70, sre: 70 - CLOSE_GAP, neutralShare: 0 }).verdict).toBe('devops');
    expect(verdictFor({ devops: 70 - CLOSE_GAP, sre: 70, neutralShare: 0 }).verdict).toBe('sre');
  });

  it('never breaks a tie silently: close and high is "both", close and middling is "unclear" (quiz-scoring reference)', () => {
    expect(verdictFor({ devops: HIGH_FIT, sre: HIGH_FIT, neutralShare: 0 })).toEqual({ verdict: 'both', reason: 'both-high' });
    expect(verdictFor({ devops: HIGH_FIT - 1, sre: HIGH_FIT + 5, neutralShare: 0 })).toEqual({ verdict: 'unclear', reason: 'close-middling' });
  });

  it('both low is "unclear", even with a wide gap', () => {
    expect(verdictFor({ devops: LOW_FIT - 1, sre: 10, neutralShare: 0 })).toEqual({ verdict: 'unclear', reason: 'both-low' });
    expect(verdictFor({ devops: LOW_FIT, sre: 10, neutralShare: 0 }).verdict).toBe('devops');
  });

  it('half or more neutral answers is "unclear", whatever the fits say', () => {
    expect(verdictFor({ devops: 90, sre: 20, neutralShare: 0.5 })).toEqual({ verdict: 'unclear', reason: 'mostly-neutral' });
    expect(verdictFor({ devops: 90, sre: 20, neutralShare: 0.49 }).verdict).toBe('devops');
  });

  it('a role without a score gives "unclear"', () => {
    expect(verdictFor({ devops: 90, sre: null, neutralShare: 0 })).toEqual({ verdict: 'unclear', reason: 'too-few-answers' });
  });

  it('learning path: the leaning role first, otherwise the full path', () => {
    expect(['devops', 'sre', 'both', 'unclear'].map((v) => learningPathFor(v as never))).toEqual(['devops-first', 'sre-first', 'full', 'full']);
  });
});

describe('the other role after a lean (its fit against the neutral midpoint, LOW_FIT = 50)', () => {
  it('at or above 50 the learner would probably enjoy the other role too; below 50 it suits them less', () => {
    expect([49, LOW_FIT, 51].map((sre) => otherRoleOutlook({ verdict: 'devops', devops: 80, sre }))).toEqual(['suits-less', 'enjoy-too', 'enjoy-too']);
    expect([49, LOW_FIT, 51].map((devops) => otherRoleOutlook({ verdict: 'sre', devops, sre: 80 }))).toEqual(['suits-less', 'enjoy-too', 'enjoy-too']);
  });

  it('looks at the other role, not the leaning one', () => {
    expect(otherRoleOutlook({ verdict: 'devops', devops: 70, sre: 45 })).toBe('suits-less');
    expect(otherRoleOutlook({ verdict: 'sre', devops: 45, sre: 70 })).toBe('suits-less');
  });

  it('says nothing without a lean or without a score for the other role', () => {
    expect(['both', 'unclear'].map((verdict) => otherRoleOutlook({ verdict: verdict as never, devops: 70, sre: 40 }))).toEqual([null, null]);
    expect(otherRoleOutlook({ verdict: 'devops', devops: 70, sre: null })).toBeNull();
  });

  it('all-DevOps, who dislikes every SRE activity, is told SRE suits them less', () => {
    const result = scoreQuiz(bank, allDevops);
    expect(result.roles.sre.fit).toBeLessThan(LOW_FIT);
    expect(otherRoleOutlook({ verdict: result.verdict, devops: result.roles.devops.fit, sre: result.roles.sre.fit })).toBe('suits-less');
  });
});

describe('confidence in words (quiz-scoring reference: no false decimal)', () => {
  const lean = (gap: number, answeredShare = 1, neutralShare = 0) =>
    confidenceFor({ verdict: 'devops', devops: 50 + gap, sre: 50, answeredShare, neutralShare });

  it('grows with the gap: slight below 20, moderate from 20, clear from 35', () => {
    expect([10, 19, 20, 34, 35, 50].map((g) => lean(g))).toEqual(['slight', 'slight', 'moderate', 'moderate', 'clear', 'clear']);
  });

  it('drops a step when a quarter of the items are skipped, and another when a quarter of answers are neutral', () => {
    expect(lean(40, 0.74)).toBe('moderate');
    expect(lean(40, 1, 0.25)).toBe('moderate');
    expect(lean(40, 0.74, 0.25)).toBe('slight');
    expect(lean(20, 0.5, 0.4)).toBe('slight');
  });

  it('"both" is judged by the lower fit; "unclear" is always slight', () => {
    const both = (lower: number) => confidenceFor({ verdict: 'both', devops: lower + 5, sre: lower, answeredShare: 1, neutralShare: 0 });
    expect([65, 70, 80].map(both)).toEqual(['slight', 'moderate', 'clear']);
    expect(confidenceFor({ verdict: 'unclear', devops: 55, sre: 50, answeredShare: 1, neutralShare: 0 })).toBe('slight');
  });
});

describe('explanation in the learner’s own words', () => {
  it('quotes a liked activity as "You\'d strongly like to: …" or "You\'d like to: …"', () => {
    const reasons = strongestReasons(bank, { 'pipeline-rebuild': 5, 'terraform-modules': 4, 'team-embed': 3, 'request-mix': 1 }, 'devops');
    expect(reasons.map((r) => r.text)).toEqual([
      "You'd strongly like to: rebuild a slow deployment pipeline so every team can ship independently.",
      "You'd like to: write Terraform modules that product teams use to create their own environments.",
    ]);
    expect(strongestReasons(bank, { 'pipeline-rebuild': 5 }, 'sre')).toEqual([]);
  });

  it('quotes the picked scenario option with its prompt', () => {
    const [reason] = strongestReasons(bank, { 'latency-3am': 'slo-burn' }, 'sre');
    expect(reason).toEqual({
      itemId: 'latency-3am',
      kind: 'scenario',
      text: 'The SLO dashboard: see how fast the error budget is burning and how many users are affected',
      prompt: expect.stringContaining("It's 3 a.m."),
      push: 2,
    });
  });

  it('ranks by push, then by how much the answer separates the roles, then bank order; at most three', () => {
    const reasons = strongestReasons(bank, allDevops, 'devops');
    expect(reasons).toHaveLength(3);
    // Strong DevOps options push 2 and separate by 3; "Strongly like" on a DevOps-only activity separates by 2.
    expect(reasons.map((r) => r.itemId)).toEqual(['latency-3am', 'friday-release', 'quarter-goal']);
    // Equal push (1): the DevOps-only activity separates the roles more than the shared one.
    expect(strongestReasons(bank, { 'cleanup-script': 5, 'pipeline-rebuild': 4 }, 'devops').map((r) => r.itemId)).toEqual(['pipeline-rebuild', 'cleanup-script']);
    // Equal push and separation: bank order, whatever the insertion order.
    expect(strongestReasons(bank, { 'terraform-modules': 5, 'pipeline-rebuild': 5 }, 'devops').map((r) => r.itemId)).toEqual(['pipeline-rebuild', 'terraform-modules']);
  });
});
