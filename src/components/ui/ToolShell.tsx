import type { ComponentChildren } from 'preact';
import { href } from '../link';
import { CopyLinkButton } from './CopyLinkButton';
import { Result } from './Result';

interface Props {
  /** A compact copy inside a lesson: no notices, no copy link, a link to the full calculator instead. */
  embedded: boolean;
  /** The tool's own classes ("sre-tool release-risk"); "embedded" is added in a lesson. */
  class?: string;
  /** Messages about ignored URL parameters (none when embedded: the URL is not read). */
  notices: readonly string[];
  /** The inputs: a <ToolForm> for most tools. */
  inputs: ComponentChildren;
  /** Id of the result section's heading. */
  resultId: string;
  /** The result section's heading, an h2 (an h3 in a lesson); without one, the result's content has the heading with `resultId`. */
  heading?: string;
  resultClass?: string;
  /** See ui/Result.tsx: the last valid result is shown while an input is invalid, or code for it is loading. */
  stale: boolean;
  updating?: boolean;
  /**
   * The embedded copy's link to the full calculator, carrying the current inputs: the tool's id, its inputs as a
   * query, an optional note on what the full page adds. links.spec.ts follows these links in every lesson.
   */
  link: { tool: string; search: string; note?: string };
  /** The copy link goes between the inputs and the result (DORA and payback, whose results are long), not after the result. */
  copyLinkFirst?: boolean;
  /** Loads a tool's lazy code early, on the first focus or pointer down anywhere in it (see ui/use-lazy.ts). */
  onInteract?: () => void;
  /** The result section's content. */
  children: ComponentChildren;
  /** Sections only the tool's page has, after the copy link (a second calculator, exports). */
  more?: ComponentChildren;
}

/**
 * The frame every calculator shares: notices about the link it was opened
 * with (ignored URL parameters, in a polite live region), its inputs, its
 * result section (the last valid result, marked stale), and the copy link,
 * or in a lesson the link to the full calculator.
 */
export function ToolShell(props: Props) {
  const { embedded, notices, inputs, resultId, heading, stale, updating, link, copyLinkFirst, onInteract, children } = props;
  const H = embedded ? 'h3' : 'h2';
  const copy = !embedded && <CopyLinkButton />;
  return (
    <div class={`${props.class ?? 'sre-tool'}${embedded ? ' embedded' : ''}`} onFocusIn={onInteract} onPointerDown={onInteract}>
      {!embedded && (
        <div role="status" aria-live="polite">
          {notices.length > 0 && (
            <ul class="notice notice-list">
              {notices.map((notice) => (
                <li key={notice}>{notice}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {inputs}
      {copyLinkFirst && copy}
      <Result stale={stale} updating={updating} labelledBy={resultId} class={props.resultClass}>
        {heading && <H id={resultId}>{heading}</H>}
        {children}
      </Result>
      {!copyLinkFirst && copy}
      {embedded && (
        <p class="full-calculator">
          <a href={href(`tools/${link.tool}/${link.search ? `?${link.search}` : ''}`)}>Open in the full calculator</a>
          {link.note && (
            <>
              {' '}
              <span class="meta">{link.note}</span>
            </>
          )}
        </p>
      )}
      {!embedded && props.more}
    </div>
  );
}

/** A tool's inputs: a form that never submits (results follow the fields as they change), named for screen readers. */
export function ToolForm({ label, class: extra, children }: { label: string; class?: string; children: ComponentChildren }) {
  return (
    <form class={extra ? `tool-form ${extra}` : 'tool-form'} aria-label={label} onSubmit={(event) => event.preventDefault()}>
      {children}
    </form>
  );
}
