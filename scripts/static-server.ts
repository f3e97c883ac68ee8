import http from "http";
import { AddressInfo } from "net";
import path from "path";
import serveStatic from "serve-static";

export interface StaticServer {
  url: string;
  /** Paths asked for, in order (the e2e test checks what the demo fetched). */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves a built directory on 127.0.0.1 (a free port unless given) for `npm run demo` and the
 * browser tests. The file handling (content types, ranges, caching, nothing outside the
 * directory, no dotfiles) is serve-static's, the same middleware express and
 * webpack-dev-server use; only GET and HEAD are answered, anything else is refused.
 */
export async function serveDirectory(root: string, port = 0): Promise<StaticServer> {
  const requests: string[] = [];
  const files = serveStatic(path.resolve(root), { index: false, fallthrough: true });
  const server = http.createServer((req, res) => {
    requests.push(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    files(req, res, () => res.writeHead(404).end());
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${bound}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
