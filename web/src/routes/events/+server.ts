// The player's live updates: the API's server-sent event stream, opened here with the
// player's token and passed to the browser unchanged. The browser never sees the token.
// When the browser goes away, the upstream stream is closed too.
import { json } from '@sveltejs/kit';
import { apiUrl } from '$lib/api';
import type { RequestHandler } from './$types';

const problem = (status: number, code: string, message: string) => json({ error: { code, message } }, { status, headers: { 'cache-control': 'no-store' } });

export const GET: RequestHandler = async ({ locals, fetch, request }) => {
  if (!locals.token) return problem(401, 'unauthorized', 'Log in to receive live updates.');

  const upstreamAbort = new AbortController();
  const abortUpstream = () => upstreamAbort.abort();
  request.signal.addEventListener('abort', abortUpstream, { once: true });

  let upstream: Response;
  try {
    upstream = await fetch(`${apiUrl()}/api/events/stream`, {
      credentials: 'omit',
      headers: { accept: 'text/event-stream', authorization: `Bearer ${locals.token}` },
      signal: upstreamAbort.signal,
    });
  } catch {
    request.signal.removeEventListener('abort', abortUpstream);
    return problem(503, 'api_unreachable', 'The game server cannot be reached right now.');
  }
  if (!upstream.ok || !upstream.body) {
    await upstream.body?.cancel().catch(() => undefined);
    request.signal.removeEventListener('abort', abortUpstream);
    const status = upstream.status === 401 || upstream.status === 403 ? upstream.status : 502;
    return problem(status, 'stream_unavailable', 'Live updates are not available right now.');
  }

  const reader = upstream.body.getReader();
  let finished = false;
  const finish = () => {
    finished = true;
    request.signal.removeEventListener('abort', abortUpstream);
  };
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch {
        // The API went away mid-stream (or we cancelled): end ours too; the browser reconnects.
        chunk = { done: true, value: undefined };
      }
      if (finished) return;
      if (chunk.done) {
        finish();
        controller.close();
      } else {
        controller.enqueue(chunk.value);
      }
    },
    cancel() {
      // The browser disconnected. Cancelling the upstream body closes the API connection
      // itself; the abort signal alone is not enough once the body is streaming.
      finish();
      abortUpstream();
      reader.cancel().catch(() => undefined);
    },
  });

  return new Response(body, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      'x-accel-buffering': 'no',
    },
  });
};
