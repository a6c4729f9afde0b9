import type { ComponentChildren } from 'preact';

/** A computed number: the unrounded value for machines in `value`, the rounded one for people as content. */
export function Num({ value, children }: { value: number | string; children: ComponentChildren }) {
  return <data value={String(value)}>{children}</data>;
}
