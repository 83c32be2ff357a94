/**
 * The REST file routes (/reports, /imports) with the session's bearer token: files come back as blobs and are saved
 * under a Chinese name; an error answer (JSON with code, reason, message, problems) becomes a Chinese message.
 */
export class RouteError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly reason: string | undefined,
  ) {
    super(message);
  }
}

interface RouteErrorBody {
  message?: unknown;
  reason?: unknown;
  problems?: Array<{ message?: unknown }>;
}

const CHINESE = /[\u4e00-\u9fff]/;
const BY_STATUS: Record<number, string> = {
  401: '登录已过期，请重新登录。',
  403: '您没有权限进行这项操作。',
  413: '文件太大，无法处理。',
};

/**
 * The server answers in the language asked for (Accept-Language: zh-CN); a file problem's own message is the one
 * without the field name in front (“file：…”). Anything else (a proxy's page, a lost connection) gets a Chinese line.
 */
export function routeError(status: number, text: string): RouteError {
  let body: RouteErrorBody = {};
  try {
    body = JSON.parse(text) as RouteErrorBody;
  } catch {
    // not JSON: said by status below
  }
  const candidates = [body.problems?.[0]?.message, body.message];
  const message = candidates.find((m): m is string => typeof m === 'string' && CHINESE.test(m));
  const fallback = BY_STATUS[status] ?? (status === 0 ? '网络连接失败，请检查网络后重试。' : '操作失败，请稍后重试。');
  return new RouteError(message ?? fallback, status, typeof body.reason === 'string' ? body.reason : undefined);
}

export function authorization(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}`, 'accept-language': 'zh-CN' };
}

/** Fetches a file from a route; an error answer throws RouteError with the server's Chinese message. */
export async function fetchFile(url: string, token: string, init: RequestInit = {}): Promise<{ blob: Blob; headers: Headers }> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { ...authorization(token), ...(init.headers as Record<string, string> | undefined) } });
  } catch {
    throw routeError(0, '');
  }
  if (!response.ok) throw routeError(response.status, await response.text());
  return { blob: await response.blob(), headers: response.headers };
}

/** The Chinese name the server gave (filename*=UTF-8''…), else ours. */
export function fileNameOf(headers: Headers, fallback: string): string {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(headers.get('content-disposition') ?? '')?.[1];
  if (!encoded) return fallback;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return fallback;
  }
}

/** Hands a blob to the browser as a download under the given name. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name.replace(/[\\/:*?"<>|]+/g, '_');
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once click() returns; keep the URL a moment for slow download managers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
