// The demo sites server for a browser test file: started once for the file, its recorded requests forgotten before
// each test, closed at the end. `route` answers first (e.g. a report collector); demo pages answer the rest.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startServer } from './server.mjs';
import { demoSites } from './sites.mjs';

type Server = Awaited<ReturnType<typeof startServer>>;
type Request = Server['requests'][number];
type Answer = ReturnType<Parameters<typeof startServer>[0]>;

export function useDemoServer(route?: (request: Request) => Answer) {
  let current: Server | undefined;
  const server = {
    url: (...args: Parameters<Server['url']>) => current!.url(...args),
    received: (...args: Parameters<Server['received']>) => current!.received(...args),
    reset: () => current!.reset(),
    get requests() {
      return current!.requests;
    },
  };
  beforeAll(async () => {
    current = await startServer((request) => route?.(request) ?? demoSites(server)(request));
  });
  afterAll(() => current?.close());
  beforeEach(() => current?.reset());
  return server;
}
