/**
 * The dependency budget inputs of the availability tool, in its URL as
 * `target`, `deps` and `share` (percent). Written only when they differ from
 * the defaults, which reproduce the example in "The Calculus of Service
 * Availability" (2017): a 99.99% service with five critical dependencies
 * that may use half its budget needs each of them at 99.999%.
 */
import { parseDependencyCountField, parseDependencyShareField } from './dependency-budget';
import { take, type FieldErrors } from '../../form';
import { ParamReader, type ParsedParams } from '../../url-params';
import { multiplyRatios, ratio, ratioFromNumber, ratioToDecimalText } from '../../ratio';
import { parseSloField, sloFromPercent, type Slo } from '../slo';

export interface DependencyInputs {
  target: Slo;
  dependencies: number;
  /** Share of the target's budget the dependencies may use together, in (0, 1]. */
  share: number;
}

export interface DependencyForm {
  target: string;
  deps: string;
  share: string;
}

export const DEFAULT_DEPENDENCY_INPUTS: DependencyInputs = { target: sloFromPercent('99.99'), dependencies: 5, share: 0.5 };

const sharePercentText = (share: number): string => ratioToDecimalText(multiplyRatios(ratioFromNumber(share), ratio(100n)), 12);

export const dependencyFormFrom = (inputs: DependencyInputs): DependencyForm => ({
  target: inputs.target.percentText,
  deps: String(inputs.dependencies),
  share: sharePercentText(inputs.share),
});

export function checkDependencyForm(form: DependencyForm): { values: DependencyInputs | null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const target = take(errors, 'dep-target', parseSloField(form.target, 'Service target'));
  const dependencies = take(errors, 'dep-count', parseDependencyCountField(form.deps));
  const share = take(errors, 'dep-share', parseDependencyShareField(form.share));
  return { values: target !== null && dependencies !== null && share !== null ? { target, dependencies, share } : null, errors };
}

/** The dependency calculator's parameters; parseAvailabilityParams names any others. */
export const DEPENDENCY_PARAMS = ['target', 'deps', 'share'] as const;

export function parseDependencyParams(params: URLSearchParams): ParsedParams<DependencyInputs> {
  const d = DEFAULT_DEPENDENCY_INPUTS;
  const reader = new ParamReader(params);
  const values: DependencyInputs = {
    target: reader.read('target', (raw) => parseSloField(raw, 'Service target'), d.target, `${d.target.percentText}%`),
    dependencies: reader.read('deps', (raw) => parseDependencyCountField(raw), d.dependencies, String(d.dependencies)),
    share: reader.read('share', (raw) => parseDependencyShareField(raw), d.share, `${sharePercentText(d.share)}%`),
  };
  return { values, notices: reader.notices };
}

/** Pairs for searchString(); empty when every input is the default. */
export function dependencySearchPairs(inputs: DependencyInputs): Array<[string, string]> {
  const d = DEFAULT_DEPENDENCY_INPUTS;
  const pairs: Array<[string, string]> = [];
  if (inputs.target.percentText !== d.target.percentText) pairs.push(['target', inputs.target.percentText]);
  if (inputs.dependencies !== d.dependencies) pairs.push(['deps', String(inputs.dependencies)]);
  if (inputs.share !== d.share) pairs.push(['share', sharePercentText(inputs.share)]);
  return pairs;
}
