import type { ComponentChildren } from 'preact';

interface Props {
  caption: ComponentChildren;
  /** A second, smaller line of the caption: what the figures assume. */
  note?: ComponentChildren;
  /** The column headings, left to right. */
  columns: readonly ComponentChildren[];
  /** With an id for the caption, the scrolling box is a region named by it. */
  captionId?: string;
  class?: string;
  /** The body's rows, each starting with its row heading (<th scope="row">). */
  children: ComponentChildren;
  /** Inside the scrolling box, after the table: remarks on its figures. */
  after?: ComponentChildren;
}

/** A table of figures with its caption and column headings, in a box that scrolls sideways on a narrow screen (and can be scrolled by keyboard). */
export function DataTable({ caption, note, columns, captionId, class: extra, children, after }: Props) {
  return (
    <div class="table-scroll" tabIndex={0} role={captionId ? 'region' : undefined} aria-labelledby={captionId}>
      <table class={extra}>
        <caption id={captionId}>
          {caption}
          {note && <span class="caption-note">{note}</span>}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col">{column}</th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
      {after}
    </div>
  );
}
