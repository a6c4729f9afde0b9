/**
 * An incremental CSV reader (RFC 4180): text goes in as chunks of any size,
 * split anywhere (even inside a quoted field or between CR and LF), and
 * records come out with the line number they start on. Nothing is kept but
 * the record being read, so a file can be fed a slice at a time between
 * macrotasks without blocking the page.
 *
 * Quoted fields may hold commas, doubled quotes ("") and line breaks. Line
 * breaks are LF, CRLF or a lone CR. A byte order mark at the very start is
 * skipped; blank lines are skipped.
 */

export interface CsvSink {
  record(fields: string[], line: number): void;
  error(line: number, message: string): void;
}

export interface CsvReader {
  push(text: string): void;
  /** Flushes the last record; reports a quoted field that was never closed. */
  end(): void;
  /** Physical lines started so far (1 before any text). */
  readonly line: number;
}

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;
const BOM = 0xfeff;

// Reader states (plain numbers: no enums, so the file stays erasable TypeScript).
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
/** Saw a quote inside a quoted field: either an escaped "" or the closing quote. */
const QUOTE_IN_QUOTED = 3;
/** After a closing quote: only a comma or a line break may follow. */
const AFTER_QUOTED = 4;
type State = 0 | 1 | 2 | 3 | 4;

export function createCsvReader(sink: CsvSink): CsvReader {
  let state: State = FIELD_START;
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let recordStarted = false;
  let pendingCr = false;
  let started = false;
  let quoteLine = 1;

  const endField = () => {
    fields.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    const done = fields;
    fields = [];
    state = FIELD_START;
    if (recordStarted) sink.record(done, recordLine);
    recordStarted = false;
  };
  const startRecordIfNeeded = () => {
    if (!recordStarted) {
      recordStarted = true;
      recordLine = line;
    }
  };
  const countLineBreaks = (text: string) => {
    for (let k = text.indexOf('\n'); k !== -1; k = text.indexOf('\n', k + 1)) line += 1;
  };

  return {
    get line() {
      return line;
    },
    push(text: string) {
      const n = text.length;
      let i = 0;
      if (!started && n > 0) {
        started = true;
        if (text.charCodeAt(0) === BOM) i = 1;
      }
      while (i < n) {
        const c = text.charCodeAt(i);
        if (pendingCr) {
          pendingCr = false;
          if (c === LF) {
            i += 1;
            continue;
          }
        }
        switch (state) {
          case QUOTED: {
            const q = text.indexOf('"', i);
            const end = q === -1 ? n : q;
            const part = text.slice(i, end);
            countLineBreaks(part);
            field += part;
            i = end;
            if (q !== -1) {
              state = QUOTE_IN_QUOTED;
              i += 1;
            }
            break;
          }
          case QUOTE_IN_QUOTED:
            if (c === QUOTE) {
              field += '"';
              state = QUOTED;
              i += 1;
            } else {
              state = AFTER_QUOTED;
            }
            break;
          case AFTER_QUOTED:
            if (c === COMMA) {
              endField();
              state = FIELD_START;
              i += 1;
            } else if (c === LF || c === CR) {
              endRecord();
              pendingCr = c === CR;
              line += 1;
              i += 1;
            } else {
              sink.error(recordLine, 'text after a closing double quote; put the whole value inside the quotes.');
              state = UNQUOTED;
            }
            break;
          case FIELD_START:
          case UNQUOTED: {
            if (state === FIELD_START && c === QUOTE) {
              startRecordIfNeeded();
              state = QUOTED;
              quoteLine = line;
              i += 1;
              break;
            }
            let j = i;
            while (j < n) {
              const d = text.charCodeAt(j);
              if (d === COMMA || d === LF || d === CR) break;
              j += 1;
            }
            if (j > i) {
              startRecordIfNeeded();
              field += text.slice(i, j);
              state = UNQUOTED;
            }
            if (j === n) {
              i = n;
              break;
            }
            const d = text.charCodeAt(j);
            if (d === COMMA) {
              startRecordIfNeeded();
              endField();
              state = FIELD_START;
            } else {
              endRecord();
              pendingCr = d === CR;
              line += 1;
            }
            i = j + 1;
            break;
          }
        }
      }
    },
    end() {
      if (state === QUOTED) {
        sink.error(quoteLine, 'a double-quoted value is never closed.');
        fields = [];
        field = '';
        recordStarted = false;
        state = FIELD_START;
        return;
      }
      endRecord();
    },
  };
}
