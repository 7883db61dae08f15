/**
 * A small static web server for the viewer and a registry: `sevscale view` and the viewer's
 * end-to-end tests use this one. Files are served by sirv, which resolves every request inside
 * its folder (no `..`, no absolute paths, no dotfiles); nothing is written, nothing executed.
 */
import { createServer } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import sirv from "sirv";

/** Options of {@link serveStatic}. */
export interface ServeOptions {
  /** Folders served at "/", earliest first: a file found in an earlier folder wins. */
  readonly roots: readonly string[];
  /** Address to listen on (default 127.0.0.1: only this machine). */
  readonly host?: string;
  /** Port (default 0: any free port). */
  readonly port?: number;
}

/** A running server. */
export interface StaticServer {
  /** Base URL, ending in "/". */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Resource-Policy": "same-origin",
};

/** Host part of a URL: IPv6 addresses in brackets. */
function urlHost(host: string): string {
  return host.includes(":") ? `[${host}]` : host;
}

/**
 * Serves the files of `roots` over http on `host:port` (127.0.0.1 and a free port by default).
 * Only GET and HEAD are answered; anything not found is a plain 404. Resolves once listening;
 * rejects when the address cannot be used (e.g. the port is taken).
 */
export function serveStatic(options: ServeOptions): Promise<StaticServer> {
  const handlers: Handler[] = options.roots.map((root) => sirv(root, { dev: true, dotfiles: false, etag: true}) as Handler);
  const server = createServer((req, res) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" }).end("method not allowed\n");
      return;
    }
    const step = (i: number): void => {
      const handler = handlers[i];
      if (!handler) {
        res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("not found\n");
        return;
      }
      handler(req, res, () => step(i + 1));
    };
    step(0);
  });
  const host = options.host ?? "127.0.0.1";
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://${urlHost(host)}:${port}/`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
