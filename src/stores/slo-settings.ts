import { persistedAtom } from './persisted';

/**
 * The SLO and window the learner last used in any SRE tool, so the next tool
 * they open starts from the same numbers. Kept as the text they typed; each
 * tool validates it with its own parser before use.
 */
export interface SloSettings {
  slo: string;
  window: string;
}

const isShortText = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 24;

export function validSloSettings(value: unknown): SloSettings | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { slo, window } = value as Record<string, unknown>;
  return isShortText(slo) && isShortText(window) ? { slo, window } : undefined;
}

/** Undefined until a tool stores a valid SLO and window. */
export const $sloSettings = persistedAtom<SloSettings | undefined>('slo-settings', 1, undefined, validSloSettings);
