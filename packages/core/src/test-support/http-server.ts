// A real HTTP server on the loopback interface for client tests: no fetch mocks, so retries,
// timeouts, aborts and dropped connections are exercised through the same network stack a user's
// Node process would use.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** One request as the server received it, body included. */
export interface RecordedRequest {
  readonly method: string;
  /** The path without the query string. */
  readonly path: string;
  readonly query: URLSearchParams;
  /** Lower-case header names, as Node gives them. */
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  /** `performance.now()` when the whole request had arrived. */
  readonly at: number;
}

/**
 * Answers one request. `attempt` counts the requests this route has seen, from 0, so a handler
 * can behave differently on a retry.
 */
export type RouteHandler = (request: RecordedRequest, response: ServerResponse, attempt: number) => void | Promise<void>;

/** A running test server. */
export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** Every request received, in order of arrival. */
  readonly requests: readonly RecordedRequest[];
  /**
   * Scripts a route: the n-th request to `method path` is answered by `handlers[n]`, and the last
   * handler answers every request after that. Unscripted routes answer a 404 problem.
   */
  on(method: string, path: string, ...handlers: RouteHandler[]): void;
  /** The requests received for one route. */
  requestsTo(method: string, path: string): RecordedRequest[];
  /** Stops the server, cutting any connection a handler left hanging. */
  close(): Promise<void>;
}

/**
 * Starts a server on 127.0.0.1 on a free port.
 *
 * @example
 * ```ts
 * const server = await startTestServer();
 * server.on('GET', '/v1/projects', reply(503, {}, { 'retry-after': '1' }), reply(200, { items: [], nextCursor: null }));
 * // ... exercise the client against server.url ...
 * await server.close();
 * ```
 */
export async function startTestServer(): Promise<TestServer> {
  const routes = new Map<string, RouteHandler[]>();
  const attempts = new Map<string, number>();
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: performance.now(),
      };
      requests.push(recorded);
      const key = `${recorded.method} ${recorded.path}`;
      const handlers = routes.get(key);
      const attempt = attempts.get(key) ?? 0;
      attempts.set(key, attempt + 1);
      const handler = handlers?.[Math.min(attempt, handlers.length - 1)] ?? notFound;
      Promise.resolve(handler(recorded, res, attempt)).catch((error: unknown) => {
        // A broken handler is a broken test: answer 599 so the failure is visible, not a hang.
        if (!res.headersSent) res.writeHead(599).end(String(error));
      });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    on(method, path, ...handlers) {
      if (!handlers.length) throw new Error('on() needs at least one handler');
      routes.set(`${method.toUpperCase()} ${path}`, handlers);
      attempts.delete(`${method.toUpperCase()} ${path}`);
    },
    requestsTo(method, path) {
      return requests.filter((r) => r.method === method.toUpperCase() && r.path === path);
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

const notFound: RouteHandler = (request, response) =>
  reply(404, { type: 'about:blank', title: 'Not Found', status: 404, detail: `No route for ${request.method} ${request.path}` }, {
    'content-type': 'application/problem+json',
  })(request, response, 0);

/**
 * Answers with `status` and a body: strings are sent as they are, anything else as JSON.
 *
 * @example
 * ```ts
 * server.on('GET', '/v1/companies', reply(200, [{ id: 'c_1', name: 'Acme', slug: 'acme', openProjects: 2 }]));
 * ```
 */
export function reply(status: number, body?: unknown, headers: Record<string, string> = {}): RouteHandler {
  return (_request, response) => {
    const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
    const type = typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json';
    response.writeHead(status, { 'content-type': type, ...headers });
    response.end(text);
  };
}

/**
 * Answers with an RFC 9457 problem document.
 *
 * @example
 * ```ts
 * server.on('POST', '/v1/projects/p_1/applications', problem(422, { title: 'Invalid application', errors: [] }));
 * ```
 */
export function problem(status: number, document: Record<string, unknown> = {}, headers: Record<string, string> = {}): RouteHandler {
  return reply(status, { type: 'about:blank', title: `Problem ${status}`, status, ...document }, {
    'content-type': 'application/problem+json',
    ...headers,
  });
}

/**
 * Destroys the connection without answering, the way a crashing proxy or a reset does.
 *
 * @example
 * ```ts
 * server.on('POST', '/v1/projects/p_1/applications', dropConnection, reply(201, receipt));
 * ```
 */
export const dropConnection: RouteHandler = (_request, response) => {
  response.socket?.destroy();
};

/**
 * Never answers; the connection stays open until the client gives up or the server closes.
 *
 * @example
 * ```ts
 * server.on('GET', '/v1/projects', hang);
 * ```
 */
export const hang: RouteHandler = () => undefined;

/**
 * Sends the status line, headers and the first bytes of a JSON body, then stalls forever.
 *
 * @example
 * ```ts
 * server.on('GET', '/v1/projects/p_1', stallBody);
 * ```
 */
export const stallBody: RouteHandler = (_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.write('{"id":');
};

/**
 * Runs `handler` after `ms` milliseconds, unless the client has gone by then.
 *
 * @example
 * ```ts
 * server.on('GET', '/v1/projects', delayed(1000, reply(200, { items: [], nextCursor: null })));
 * ```
 */
export function delayed(ms: number, handler: RouteHandler): RouteHandler {
  return (request, response, attempt) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        if (response.destroyed) resolve();
        else Promise.resolve(handler(request, response, attempt)).then(resolve, reject);
      }, ms);
      response.on('close', () => {
        clearTimeout(timer);
        resolve();
      });
    });
}

/**
 * Resolves once `condition()` is true, polling every 10 ms; rejects after `timeoutMs` so a test
 * that waits for something that never happens fails with a message instead of hanging.
 *
 * @example
 * ```ts
 * await waitFor(() => server.requests.length === 1);
 * ```
 */
export async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error(`waitFor: condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
