import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import bankJson from '../../../src/content/quiz/bank.json';
import rolesJson from '../../../src/content/quiz/roles.json';
import toolsJson from '../../../src/content/tools.json';
import { balanceIssues, balanceReport } from '../../../src/lib/quiz/balance';
import { quizBankSchema, roleProfilesSchema, type QuizBank, type QuizItem } from '../../../src/lib/quiz/schema';

const bank: QuizBank = quizBankSchema.parse(bankJson[0]);
const raw = () => structuredClone(bankJson[0]) as unknown as { items: Array<Record<string, any>>; facets: Array<Record<string, any>> };

/** Every piece of text a learner reads as part of a question. */
function itemTexts(item: QuizItem): string[] {
  return item.kind === 'likert' ? [item.activity] : [item.prompt, ...item.options.map((o) => o.text)];
}

/** Lessons and calculators that exist: a growth step or "read next" link may point only to these. */
const EXISTING_LESSONS = readdirSync('src/content/lessons').filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, ''));
const EXISTING_TOOLS = toolsJson.map((tool) => `/tools/${tool.id}/`);

describe('item bank: shape', () => {
  it('bank.json is an array with one entry, id "bank", that the schema accepts', () => {
    expect(bankJson).toHaveLength(1);
    expect(quizBankSchema.safeParse(bankJson[0]).success).toBe(true);
    expect(bank.id).toBe('bank');
    expect(bank.version).toBe(1);
  });

  it('has at least 24 items of both kinds, scenarios with 3–4 options', () => {
    expect(bank.items.length).toBeGreaterThanOrEqual(24);
    const scenarios = bank.items.filter((i) => i.kind === 'scenario');
    expect(scenarios.length).toBeGreaterThanOrEqual(6);
    expect(bank.items.filter((i) => i.kind === 'likert').length).toBeGreaterThanOrEqual(12);
    for (const s of scenarios) expect(s.options.length, s.id).toBeGreaterThanOrEqual(3);
    for (const s of scenarios) expect(s.options.length, s.id).toBeLessThanOrEqual(4);
  });

  it('item ids are unique slugs, and option ids are unique within each scenario', () => {
    const ids = bank.items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const item of bank.items) {
      if (item.kind !== 'scenario') continue;
      const optionIds = item.options.map((o) => o.id);
      expect(new Set(optionIds).size, item.id).toBe(optionIds.length);
    }
  });

  it('declares the six facets, each with a label and a one-sentence description', () => {
    expect(bank.facets.map((f) => f.id)).toEqual(['flow', 'automation', 'reliability', 'incident', 'collaboration', 'deep-work']);
    for (const facet of bank.facets) {
      expect(facet.label.length).toBeGreaterThan(2);
      expect(facet.description).toMatch(/^[A-Z][^.!?]*\.$/);
    }
  });

  it('uses every facet on at least four items, so the half-answered rule means something', () => {
    for (const facet of bank.facets) {
      const bearing = bank.items.filter((item) =>
        item.kind === 'likert' ? (item.facets[facet.id] ?? 0) > 0 : item.options.some((o) => (o.facets[facet.id] ?? 0) > 0),
      );
      expect(bearing.length, facet.id).toBeGreaterThanOrEqual(4);
    }
  });

  it('includes shared-core Likert items with equal effects on both roles', () => {
    const shared = bank.items.filter((i) => i.kind === 'likert' && i.effects.devops === i.effects.sre);
    expect(shared.length).toBeGreaterThanOrEqual(3);
  });
});

describe('item bank: balance (equal weight toward DevOps and SRE)', () => {
  it('Likert items weigh the same toward each role: Σ|e_devops| = Σ|e_sre|', () => {
    const { likertWeight } = balanceReport(bank);
    expect(likertWeight).toEqual({ devops: 19, sre: 19 });
  });

  it('Likert items leaning each way match in number and in total lean', () => {
    const { likertLeaning } = balanceReport(bank);
    expect(likertLeaning.devops).toEqual(likertLeaning.sre);
    expect(likertLeaning.devops.count).toBe(7);
  });

  it('scenarios offer the same largest effect to each role: Σ max|e_devops| = Σ max|e_sre|', () => {
    const { scenarioWeight, unfairScenarios } = balanceReport(bank);
    expect(scenarioWeight).toEqual({ devops: 16, sre: 16 });
    expect(unfairScenarios).toEqual([]);
  });

  it('every scenario has an option leaning each way, so it is a real choice', () => {
    for (const item of bank.items) {
      if (item.kind !== 'scenario') continue;
      expect(item.options.some((o) => o.effects.devops > o.effects.sre), item.id).toBe(true);
      expect(item.options.some((o) => o.effects.sre > o.effects.devops), item.id).toBe(true);
    }
  });

  it('the balance check reports a bank tilted toward one role, and the schema rejects it', () => {
    expect(balanceIssues(bank)).toEqual([]);
    const tilted = raw();
    const first = tilted.items[0]!;
    first.effects = { devops: 2, sre: 1 };
    const result = quizBankSchema.safeParse(tilted);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join(' ')).toMatch(/Likert items weigh 19 toward DevOps and 20 toward SRE/);

    const unfair = raw();
    const scenario = unfair.items.find((i) => i.kind === 'scenario')!;
    scenario.options[0].effects = { devops: 2, sre: 0 };
    expect(balanceIssues(unfair as unknown as QuizBank)).toContain(
      `Scenario "${scenario.id}" favours one role: its largest effect and its option totals must be the same for DevOps and SRE.`,
    );
  });
});

describe('item bank: wording', () => {
  // Negated items are misread about a fifth of the time (Swain, Weathers & Niedrich 2008, quiz-scoring reference).
  const NEGATION = /\b(not|never|no|none|nobody|nothing|neither|nor|cannot|without)\b|n['’]t\b/i;
  // Value-laden or leading words invite the answer a reader thinks is right.
  const VALUE_WORDS = /\b(quality|care about|cares about|important|importance|value|values|valuable|best|better|good|great|exciting|boring|tedious|fun|love|passion|passionate|proud)\b/i;

  it('the wording checks catch what they are meant to catch', () => {
    for (const bad of ['I do not like outages', "Don't page me", 'Never skip tests', 'I care about quality', 'Important work', 'Doesn’t matter']) {
      expect(NEGATION.test(bad) || VALUE_WORDS.test(bad), bad).toBe(true);
    }
    expect(NEGATION.test('Write notes and annotate the runbook')).toBe(false);
  });

  it('no item text contains a negation (quiz-scoring reference: avoid negated wording)', () => {
    for (const item of bank.items) for (const text of itemTexts(item)) expect(text, item.id).not.toMatch(NEGATION);
  });

  it('no item text contains value words such as "quality", "care about" or "important"', () => {
    for (const item of bank.items) for (const text of itemTexts(item)) expect(text, item.id).not.toMatch(VALUE_WORDS);
  });

  it('Likert items name one concrete activity as an imperative phrase, not a feeling about oneself', () => {
    for (const item of bank.items) {
      if (item.kind !== 'likert') continue;
      expect(item.activity, item.id).toMatch(/^[A-Z][a-z]+ .*\.$/);
      expect(item.activity, item.id).not.toMatch(/\b(I|me|my)\b/);
    }
  });

  it('scenario prompts ask what the learner would do or prefer, not what is correct', () => {
    for (const item of bank.items) {
      if (item.kind !== 'scenario') continue;
      expect(item.prompt, item.id).toMatch(/\?$/);
      expect(item.prompt, item.id).not.toMatch(/\b(correct|right|should|wrong)\b/i);
    }
  });
});

describe('role profiles (roles.json)', () => {
  const profiles = roleProfilesSchema.parse(rolesJson);
  const byId = Object.fromEntries(profiles.map((p) => [p.id, p]));

  it('has one valid profile per role, each with 4–6 week bullets and growth steps', () => {
    expect(profiles.map((p) => p.id).sort()).toEqual(['devops', 'sre']);
    for (const p of profiles) {
      expect(p.week.length).toBeGreaterThanOrEqual(4);
      expect(p.week.length).toBeLessThanOrEqual(6);
      expect(p.growthPlan.length).toBeGreaterThanOrEqual(4);
      expect(p.growthPlan.length).toBeLessThanOrEqual(6);
    }
  });

  it('the schema rejects a file missing a role', () => {
    expect(roleProfilesSchema.safeParse(rolesJson.slice(0, 1)).success).toBe(false);
  });

  it('links only to lessons and tools that exist', () => {
    for (const p of profiles) {
      for (const lesson of [...p.lessons, ...p.growthPlan.flatMap((s) => (s.lesson ? [s.lesson] : []))]) expect(EXISTING_LESSONS).toContain(lesson);
      for (const tool of [...p.tools, ...p.growthPlan.flatMap((s) => (s.tool ? [s.tool] : []))]) expect(EXISTING_TOOLS).toContain(tool);
    }
  });

  it('points each growth plan and reading list at the lessons on the role\'s own practices (issue #12)', () => {
    const planLessons = (id: string) => byId[id]!.growthPlan.flatMap((s) => (s.lesson ? [s.lesson] : []));
    expect(planLessons('devops')).toEqual(expect.arrayContaining(['continuous-integration', 'infrastructure-as-code', 'deployment-strategies']));
    expect(planLessons('sre')).toContain('capacity-and-performance');
    expect(byId.devops!.lessons).toEqual(expect.arrayContaining(['continuous-integration', 'infrastructure-as-code', 'deployment-strategies', 'platform-engineering', 'devsecops', 'flow-and-batch-size']));
    expect(byId.sre!.lessons).toContain('capacity-and-performance');
  });

  it('names the certifications from the careers source accurately', () => {
    const names = (id: string) => byId[id]!.certifications.map((c) => c.name);
    expect(names('devops')).toContain('AWS Certified DevOps Engineer – Professional');
    expect(names('devops')).toContain('Microsoft Certified: DevOps Engineer Expert');
    expect(names('sre')).toContain('SRE Foundation');
    expect(names('sre')).toContain('SRE Practitioner');
  });

  it('points each role at its own learning path', () => {
    expect(byId.devops!.path).toBe('devops-first');
    expect(byId.sre!.path).toBe('sre-first');
  });
});
