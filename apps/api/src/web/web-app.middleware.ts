import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** What Express adds to Node's request that this uses (the project has no Express typings). */
type Request = IncomingMessage & { path: string; method: string };
type Response = ServerResponse;
type NextFunction = () => void;

/** The server's own paths: never answered with the web app, whatever the method or Accept header. */
export const API_PATH_PREFIXES = ['/graphql', '/health', '/metrics', '/reports', '/imports'] as const;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

interface StaticFile {
  path: string;
  type: string;
  /** Hashed build output (assets/…): cached for a year, since a new build gives new names. */
  immutable: boolean;
}

export function isApiPath(path: string): boolean {
  return API_PATH_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/** The precompressed variant the client accepts (built by apps/web/vite-precompress.ts), best first. */
function encodingFor(req: Request, file: string): { suffix: string; encoding: string } | null {
  const accepted = req.headers['accept-encoding'] ?? '';
  if (/\bbr\b/.test(accepted) && existsSync(`${file}.br`)) return { suffix: '.br', encoding: 'br' };
  if (/\bgzip\b/.test(accepted) && existsSync(`${file}.gz`)) return { suffix: '.gz', encoding: 'gzip' };
  return null;
}

function plain(res: Response, status: number, text: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end(text);
}

function send(req: Request, res: Response, file: StaticFile): void {
  const variant = encodingFor(req, file.path);
  res.setHeader('Content-Type', file.type);
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  if (file.type.startsWith('text/html')) {
    res.setHeader(
      'Content-Security-Policy',
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
    );
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'same-origin');
  }
  if (variant) res.setHeader('Content-Encoding', variant.encoding);
  const body = readFileSync(variant ? `${file.path}${variant.suffix}` : file.path);
  res.setHeader('Content-Length', String(body.length));
  res.statusCode = 200;
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * Serves the built web app (dist/web) at `/`: its files, and index.html for every other GET of a page (the app's
 * own routes such as /postings/42), so a reload or a shared link works. The API's paths pass through untouched.
 */
export function webAppMiddleware(root: string) {
  const index = join(root, 'index.html');
  const built = existsSync(index);
  if (built) readFileSync(index); // fail at start-up, not at the first visitor, if the build is unreadable
  return (req: Request, res: Response, next: NextFunction): void => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path)) return next();
    if (!built) {
      plain(res, 503, '网页尚未构建：请运行 npm run build 后重新启动。\nThe web app is not built: run npm run build.');
      return;
    }
    let relative: string;
    try {
      relative = normalize(decodeURIComponent(req.path)).replace(/^([/\\])+/, '');
    } catch {
      plain(res, 400, '请求地址无效。\nBad request');
      return;
    }
    const candidate = join(root, relative);
    if (relative && !relative.startsWith('.') && candidate.startsWith(root + sep) && existsSync(candidate) && statSync(candidate).isFile()) {
      const type = TYPES[extname(candidate)];
      if (type) return send(req, res, { path: candidate, type, immutable: relative.startsWith(`assets${sep}`) });
    }
    // A missing asset is a 404, not the page: a stale tab asking for an old chunk must fail visibly (and reload).
    // So is a dotfile (/.env, /.git/config): never a file, and not a page either.
    if (relative.startsWith(`assets${sep}`) || extname(relative) || relative.split(sep).some((part) => part.startsWith('.'))) {
      plain(res, 404, '没有这个文件。\nNot found');
      return;
    }
    send(req, res, { path: index, type: TYPES['.html'], immutable: false });
  };
}
