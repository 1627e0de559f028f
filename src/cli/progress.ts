/**
 * A progress line on a terminal: on stderr, only when stderr is a TTY (never
 * in a pipe or a file), redrawn at most a few times a second and wiped when
 * the work is done.
 * @internal
 */
import type { CliIO } from "./io.js";
import { type Messages, messagesFor } from "./messages/index.js";

/** @internal */
export interface Progress {
  /** Shows the line (at most every 200 ms; `force` shows it at once). */
  update(render: (m: Messages) => string, force?: boolean): void;
  /** Wipes the line, if one was shown. */
  done(): void;
}

const QUIET: Progress = { update: () => undefined, done: () => undefined };

/** @internal A progress line for `io`, or one that says nothing when stderr is not a terminal. */
export function createProgress(io: CliIO): Progress {
  if (!io.isTTY) return QUIET;
  // Without a clock every update is shown (tests); the real process has one.
  const now = io.now ?? (() => Number.POSITIVE_INFINITY);
  const m = messagesFor(io.lang ?? "en");
  let last = Number.NEGATIVE_INFINITY;
  let shown = false;
  return {
    update(render, force = false) {
      const t = now();
      if (!force && t !== Number.POSITIVE_INFINITY && t - last < 200) return;
      last = t;
      shown = true;
      io.stderr(`\r\x1b[K${render(m)}`);
    },
    done() {
      if (shown) io.stderr("\r\x1b[K");
      shown = false;
    },
  };
}

/** @internal A count with thousands separators in the messages' language. */
export function count(n: number, m: Messages): string {
  return n.toLocaleString(m === messagesFor("nl") ? "nl-NL" : "en-GB");
}
