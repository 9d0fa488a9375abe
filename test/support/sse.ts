/** One server-sent event as received. */
export interface ReceivedEvent {
  event: string;
  data: any;
}

/** An open event stream that collects every event; `next(pred)` waits for a matching one. */
export interface EventStreamClient {
  events: ReceivedEvent[];
  next(predicate: (e: ReceivedEvent) => boolean, timeoutMs?: number): Promise<ReceivedEvent>;
  close(): void;
}

/** Opens `GET /api/events/stream` with a bearer token and resolves once the 'ready' event arrived. */
export async function openEventStream(baseUrl: string, accessToken: string): Promise<EventStreamClient> {
  const controller = new AbortController();
  const res = await fetch(`${baseUrl}/api/events/stream`, {
    headers: { authorization: `Bearer ${accessToken}`, accept: 'text/event-stream' },
    signal: controller.signal,
  });
  if (res.status !== 200 || !res.body) throw new Error(`event stream answered ${res.status}`);
  const events: ReceivedEvent[] = [];
  const waiters: { predicate: (e: ReceivedEvent) => boolean; resolve: (e: ReceivedEvent) => void }[] = [];
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let event = 'message';
          const data: string[] = [];
          for (const line of frame.split('\n')) {
            if (line.startsWith('event: ')) event = line.slice(7);
            else if (line.startsWith('data: ')) data.push(line.slice(6));
          }
          if (data.length === 0) continue;
          const parsed = JSON.parse(data.join('\n'));
          const received = { event, data: parsed.data ?? parsed };
          events.push(received);
          for (const w of [...waiters]) {
            if (w.predicate(received)) {
              waiters.splice(waiters.indexOf(w), 1);
              w.resolve(received);
            }
          }
        }
      }
    } catch {
      // aborted by close()
    }
  })();
  const client: EventStreamClient = {
    events,
    next(predicate, timeoutMs = 15_000) {
      const seen = events.find(predicate);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching event within ${timeoutMs} ms; got ${JSON.stringify(events.map((e) => e.event))}`)), timeoutMs);
        waiters.push({ predicate, resolve: (e) => (clearTimeout(timer), resolve(e)) });
      });
    },
    close: () => controller.abort(),
  };
  await client.next((e) => e.event === 'ready');
  return client;
}
