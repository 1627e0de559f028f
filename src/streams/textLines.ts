/**
 * A web `ReadableStream` as far as reading it needs (a `fetch` body, a
 * `File.stream()`, Deno's `file.readable`, Node's `Readable.toWeb`), without
 * depending on the DOM or Node type libraries.
 */
export interface ReadableStreamLike<T> {
  /** Locks the stream to a reader. */
  getReader(): {
    /** The next chunk, or `done`. */
    read(): Promise<ReadResult<T>>;
    /** Releases the lock. */
    releaseLock(): void;
  };
}

/** One read of a {@link ReadableStreamLike}: a chunk, or the end. */
export type ReadResult<T> =
  | {
      /** The stream has ended. */
      done: true;
      /** Nothing. */
      value?: undefined;
    }
  | {
      /** A chunk follows. */
      done: false;
      /** The chunk. */
      value: T;
    };

/**
 * Text arriving in chunks: any `AsyncIterable` of strings or bytes (UTF-8),
 * e.g. a Node stream, or a web `ReadableStream`.
 */
export type TextSource =
  | AsyncIterable<string | Uint8Array>
  | Iterable<string | Uint8Array>
  | ReadableStreamLike<string | Uint8Array>;

async function* chunksOf(source: TextSource): AsyncGenerator<string | Uint8Array> {
  if (Symbol.asyncIterator in source || Symbol.iterator in source) {
    yield* source as AsyncIterable<string | Uint8Array>;
    return;
  }
  // Not every browser makes a ReadableStream async-iterable: read it by hand.
  const reader = source.getReader();
  try {
    for (let r = await reader.read(); !r.done; r = await reader.read()) yield r.value;
  } finally {
    reader.releaseLock();
  }
}

/** The source's text in pieces, bytes decoded as UTF-8 across chunk boundaries. */
async function* decoded(source: TextSource): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of chunksOf(source))
    yield typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
  yield decoder.decode();
}

/**
 * @internal Splits a text source into lines (`\n` or `\r\n`), without a
 * byte order mark. The last line is yielded even without a final newline.
 */
export async function* textLines(source: TextSource): AsyncGenerator<string, void, undefined> {
  let rest = "";
  let first = true;
  for await (const piece of decoded(source)) {
    rest += piece;
    if (first && rest !== "") {
      rest = rest.replace(/^\uFEFF/, "");
      first = false;
    }
    let from = 0;
    for (let nl = rest.indexOf("\n"); nl >= 0; nl = rest.indexOf("\n", from)) {
      yield rest.slice(from, nl > from && rest.charCodeAt(nl - 1) === 13 ? nl - 1 : nl);
      from = nl + 1;
    }
    rest = rest.slice(from);
  }
  if (rest !== "") yield rest.replace(/\r$/, "");
}

/**
 * @internal The whole text of a source (for formats whose records are not
 * one per line, such as a case CSV, where a case spans rows).
 */
export async function wholeText(source: TextSource): Promise<string> {
  let text = "";
  for await (const piece of decoded(source)) text += piece;
  return text;
}
