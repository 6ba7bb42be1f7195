/**
 * A tiny HTTP server on 127.0.0.1 that answers the way a broken LRS does — 401, 500, no answer at
 * all, or something that is not xAPI JSON — for the bad-input tests. It never stands in for a working
 * LRS: the tests that need one run the real xapi-statements service (real-lrs.ts). It answers CORS
 * preflights, so a page can reach it, and records every request it gets.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type StubMode = 'unauthorized' | 'server-error' | 'hang' | 'not-json' | 'about-only';

export interface StubRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface StubLrs {
  /** The xAPI endpoint to give Defuse. */
  endpoint: string;
  mode: StubMode;
  requests: StubRequest[];
  close(): Promise<void>;
}

const cors = (req: IncomingMessage, res: ServerResponse) => {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
  res.setHeader(
    'Access-Control-Allow-Headers',
    'authorization, content-type, x-experience-api-version',
  );
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT');
};

export async function startStubLrs(mode: StubMode): Promise<StubLrs> {
  const hanging = new Set<ServerResponse>();
  const stub: StubLrs = { endpoint: '', mode, requests: [], close: async () => undefined };
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      cors(req, res);
      if (req.method === 'OPTIONS') return res.writeHead(204).end();
      stub.requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body,
      });
      const json = (status: number, value: unknown) =>
        res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(value));
      switch (stub.mode) {
        case 'unauthorized':
          return json(401, { message: 'Unauthorised' });
        case 'server-error':
          return res.writeHead(500, 'Internal Server Error').end('oops');
        case 'hang':
          hanging.add(res);
          return;
        case 'not-json':
          return res
            .writeHead(200, { 'Content-Type': 'text/html' })
            .end('<html><body>Welcome to the wifi</body></html>');
        case 'about-only':
          return req.url?.endsWith('/about')
            ? json(200, { version: ['1.0.1'] })
            : json(404, { message: 'no' });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  stub.endpoint = `http://127.0.0.1:${port}/xAPI`;
  stub.close = () =>
    new Promise<void>((resolve) => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return stub;
}
