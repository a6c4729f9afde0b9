/**
 * The browser half of Astro's Preact renderer, which astro.config.mjs puts in
 * place of @astrojs/preact/client.js in the browser build. It is that file
 * (version 6) without its support for passing Preact signals as island
 * props: no island here takes one, yet that code and the dynamic import of
 * @preact/signals shipped in the framework chunk of every island page. If a
 * page ever passes a signal, hydrating it throws and says so, rather than
 * handing the island a plain value.
 *
 * What it keeps: slots (an island's children arrive as server-rendered HTML,
 * as the DORA and payback tools' are), the island mask that keeps useId
 * unique across islands, and unmounting on astro:unmount.
 */
import { h, hydrate, render, type ComponentType } from 'preact';

type Slots = Record<string, string | undefined>;

/** Server-rendered HTML passed to an island as a slot; never updated by Preact. */
const StaticHtml = ({ value, name }: { value?: string; name?: string }) =>
  value ? h('astro-slot', { name, dangerouslySetInnerHTML: { __html: value } }) : null;
StaticHtml.shouldComponentUpdate = () => false;

export default (element: HTMLElement) =>
  (Component: ComponentType<Record<string, unknown>>, props: Record<string, unknown>, { default: children, ...slotted }: Slots, { client }: { client: string }) => {
    if (!element.hasAttribute('ssr')) return;
    if (element.dataset.preactSignals) throw new Error('An island was given a Preact signal, which src/components/preact-client.ts does not support');
    for (const [name, value] of Object.entries(slotted)) props[name] = h(StaticHtml, { value, name });
    const child = h(Component, props, children != null ? h(StaticHtml, { value: children }) : children);
    // The island's mask makes useId unique across the islands of a page: the number the server gave it, else its uid.
    const islandId = Number.parseInt(element.getAttribute('data-preact-island-id') ?? '', 10);
    const maskId = Number.isNaN(islandId) ? element.getAttribute('uid') : islandId;
    if (maskId !== null) {
      const mask = [maskId, 0]; // useId counts up in it: one array, under both the readable and the mangled name
      Object.assign(child, { _mask: mask, __m: mask });
    }
    if (client === 'only') {
      element.innerHTML = '';
      render(child, element);
    } else hydrate(child, element);
    element.addEventListener('astro:unmount', () => render(null, element), { once: true });
  };
