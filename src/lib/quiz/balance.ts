/**
 * Balance between the two roles across the item bank.
 *
 * "Weight" of an item toward a role is the most that item can move that role's
 * score, which is exactly what it adds to M in the fit formula:
 * - Likert item: |effect| on the role (a Strongly like adds +|e|, a Strongly dislike −|e|).
 * - Scenario item: the largest |effect| on the role among its options.
 *
 * The bank is balanced when
 * 1. the Likert items carry equal total weight toward DevOps and toward SRE
 *    (Σ|e_devops| = Σ|e_sre|), and the items leaning each way are equal in
 *    number and in lean (Σ(e_devops − e_sre) over DevOps-leaning items equals
 *    Σ(e_sre − e_devops) over SRE-leaning ones);
 * 2. every scenario is a fair forced choice: its largest available effect is the
 *    same for both roles, and its options' effects add up to the same total
 *    for both roles, so picking at random favours neither. Summed over the bank,
 *    this makes Σ max|e_devops| = Σ max|e_sre|.
 *
 * Structural types only, so the schema can call this inside its own refinement.
 */

export interface RoleEffects {
  readonly devops: number;
  readonly sre: number;
}

type BalanceItem =
  | { readonly id: string; readonly kind: 'likert'; readonly effects: RoleEffects }
  | { readonly id: string; readonly kind: 'scenario'; readonly options: ReadonlyArray<{ readonly effects: RoleEffects }> };

export interface BalanceReport {
  /** Σ|e| over Likert items, per role. */
  likertWeight: RoleEffects;
  /** Σ over scenarios of the largest |e| among the options, per role. */
  scenarioWeight: RoleEffects;
  /** Likert items with a larger effect on one role than on the other. */
  likertLeaning: {
    devops: { count: number; lean: number };
    sre: { count: number; lean: number };
  };
  /** Scenarios whose largest effect or option total differs between the roles. */
  unfairScenarios: string[];
}

export function balanceReport(bank: { readonly items: ReadonlyArray<BalanceItem> }): BalanceReport {
  const likertWeight = { devops: 0, sre: 0 };
  const scenarioWeight = { devops: 0, sre: 0 };
  const likertLeaning = { devops: { count: 0, lean: 0 }, sre: { count: 0, lean: 0 } };
  const unfairScenarios: string[] = [];

  for (const item of bank.items) {
    if (item.kind === 'likert') {
      const { devops, sre } = item.effects;
      likertWeight.devops += Math.abs(devops);
      likertWeight.sre += Math.abs(sre);
      if (devops > sre) {
        likertLeaning.devops.count += 1;
        likertLeaning.devops.lean += devops - sre;
      } else if (sre > devops) {
        likertLeaning.sre.count += 1;
        likertLeaning.sre.lean += sre - devops;
      }
    } else {
      const maxDevops = Math.max(0, ...item.options.map((o) => Math.abs(o.effects.devops)));
      const maxSre = Math.max(0, ...item.options.map((o) => Math.abs(o.effects.sre)));
      const totalDevops = item.options.reduce((sum, o) => sum + o.effects.devops, 0);
      const totalSre = item.options.reduce((sum, o) => sum + o.effects.sre, 0);
      scenarioWeight.devops += maxDevops;
      scenarioWeight.sre += maxSre;
      if (maxDevops !== maxSre || totalDevops !== totalSre) unfairScenarios.push(item.id);
    }
  }
  return { likertWeight, scenarioWeight, likertLeaning, unfairScenarios };
}

/** Messages for every way the bank is out of balance; empty when balanced. */
export function balanceIssues(bank: { readonly items: ReadonlyArray<BalanceItem> }): string[] {
  const report = balanceReport(bank);
  const issues: string[] = [];
  const { likertWeight: lw, scenarioWeight: sw, likertLeaning: ll } = report;
  if (lw.devops !== lw.sre) {
    issues.push(`Likert items weigh ${lw.devops} toward DevOps and ${lw.sre} toward SRE; the totals must be equal.`);
  }
  if (ll.devops.count !== ll.sre.count || ll.devops.lean !== ll.sre.lean) {
    issues.push(
      `Likert items leaning DevOps (${ll.devops.count} items, lean ${ll.devops.lean}) and leaning SRE (${ll.sre.count} items, lean ${ll.sre.lean}) must match in number and lean.`,
    );
  }
  if (sw.devops !== sw.sre) {
    issues.push(`Scenarios weigh ${sw.devops} toward DevOps and ${sw.sre} toward SRE; the totals must be equal.`);
  }
  for (const id of report.unfairScenarios) {
    issues.push(`Scenario "${id}" favours one role: its largest effect and its option totals must be the same for DevOps and SRE.`);
  }
  return issues;
}
