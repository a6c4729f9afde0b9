import { useMemo } from 'preact/hooks';
import { formatDurationExact } from '../../../lib/duration';
import { parseWindowField } from '../../../lib/slo/error-budget/error-budget';
import { parseSloField } from '../../../lib/slo/slo';
import { $sloSettings, type SloSettings } from '../../../stores/slo-settings';
import { usePersisted } from '../../ui/use-persisted';
import { useToolForm, type UrlCodec } from '../../ui/use-url-state';

/** The remembered SLO and window as URL parameters, each only if it still passes the field's parser. */
function rememberedParams(stored: SloSettings | undefined): Record<string, string> | undefined {
  if (!stored) return undefined;
  const params: Record<string, string> = {};
  const slo = parseSloField(stored.slo);
  const window = parseWindowField(stored.window);
  if (slo.ok) params.slo = slo.value.percentText;
  if (window.ok) params.window = formatDurationExact(window.value);
  return Object.keys(params).length > 0 ? params : undefined;
}

/**
 * The form of an SRE tool: useToolForm (ui/use-url-state.ts), plus the SLO
 * and window the learner last used as defaults when the URL gives none, and
 * remembered when the learner changes them.
 */
export function useSreForm<F extends { slo: string; window: string }>(codec: UrlCodec<F>, initial: Readonly<Record<string, string | undefined>>, embedded: boolean) {
  const stored = usePersisted($sloSettings);
  const defaults = useMemo(() => (embedded ? undefined : rememberedParams(stored)), [stored, embedded]);
  const tool = useToolForm(codec, initial, embedded, defaults ? { defaults } : {});

  function update(patch: Partial<F>) {
    tool.update(patch);
    if ('slo' in patch || 'window' in patch) {
      const next = { ...tool.form, ...patch };
      const slo = parseSloField(next.slo);
      const window = parseWindowField(next.window);
      if (slo.ok && window.ok) $sloSettings.set({ slo: slo.value.percentText, window: formatDurationExact(window.value) });
    }
  }
  return { ...tool, update };
}
