// The preview's event stream (cli/src/serve/server.ts, /_kopiena/events), read as its page reads it.

/** One state of the preview, as the stream announces it. */
export interface PreviewState {
  build: number;
  problems: string[];
  errors: number;
  words: { lang: string; heading: string; lastGood: string; firstBuild: string; hide: string; waiting: string };
}

/** The first state the preview's event stream announces that `wanted` accepts. */
export async function stateWhen(origin: string, wanted: (state: PreviewState) => boolean): Promise<PreviewState> {
  const stop = new AbortController();
  const response = await fetch(`${origin}/_kopiena/events`, { signal: stop.signal });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error('the event stream ended');
      buffer += value;
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const state = JSON.parse(buffer.slice(0, end).replace(/^data: /, '')) as PreviewState;
        buffer = buffer.slice(end + 2);
        if (wanted(state)) return state;
      }
    }
  } finally {
    stop.abort();
  }
}
