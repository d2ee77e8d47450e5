// The one way the app talks to the server: JSON over fetch, a bearer token, and every failure
// turned into an ApiError that the UI can show next to the field or action at fault.
import type { components } from './schema';

/**
 * What is wrong with one field, by a stable code the app translates (see ui/errors.ts). The code
 * is any string: a newer server may send one this app does not know yet, shown by its message.
 */
export type FieldProblem = Omit<components['schemas']['FieldProblem'], 'code'> & { code: string };

type ErrorBody = components['schemas']['Error']['error'];

/**
 * Whether asking again may succeed: network trouble and 5xx may pass; a 4xx (invalid input, not
 * yours, not found) stays what it is.
 */
export function isRetryable(error: unknown): boolean {
  return !(error instanceof ApiError && error.status >= 400 && error.status < 500);
}

/**
 * For a query whose 404 means "there is none" (a visit not reviewed yet, a booking paid at the
 * practice): null instead of a failure; any other error stays one.
 */
export function noneIfNotFound(error: unknown): null {
  if (error instanceof ApiError && error.status === 404) return null;
  throw error;
}

export interface ApiErrorDetails {
  /** Per field (dotted for nested ones), the server's English message. */
  fields?: Record<string, string>;
  /** The same fields' problems by code; empty from a server that sends only `fields`. */
  problems?: Record<string, FieldProblem>;
  retryAfterSeconds?: number | undefined;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string>;
  readonly problems: Record<string, FieldProblem>;
  readonly retryAfterSeconds: number | undefined;

  constructor(status: number, code: string, message: string,
              { fields = {}, problems = {}, retryAfterSeconds }: ApiErrorDetails = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.problems = problems;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

const TOKEN_KEY = 'medimeet.session';
let sessionToken: string | null = readStoredToken();
const sessionEndListeners = new Set<() => void>();

function readStoredToken(): string | null {
  try {
    return window.localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function getSessionToken(): string | null {
  return sessionToken;
}

export function setSessionToken(token: string | null): void {
  sessionToken = token;
  try {
    if (token) window.localStorage.setItem(TOKEN_KEY, token);
    else window.localStorage.removeItem(TOKEN_KEY);
  } catch {
    // Private browsing may refuse storage: the session then lasts as long as the tab.
  }
}

/** Called when the server no longer accepts the session (expired, logged out elsewhere). */
export function onSessionEnded(listener: () => void): () => void {
  sessionEndListeners.add(listener);
  return () => sessionEndListeners.delete(listener);
}

/**
 * Forgets the session the server has ended (a 401, or the event socket's close 4001) and tells the
 * listeners, once: the app then shows the user signed out.
 */
export function endSession(): void {
  if (!sessionToken) return;
  setSessionToken(null);
  sessionEndListeners.forEach((listener) => listener());
}

export interface RequestOptions {
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

async function send(method: string, path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (sessionToken) headers.Authorization = `Bearer ${sessionToken}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, { method, headers, body, signal: options.signal });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network_error', 'The server could not be reached.');
  }
  if (!response.ok) throw await errorOf(response);
  return response;
}

async function errorOf(response: Response): Promise<ApiError> {
  let text = '';
  try {
    text = await response.text();
  } catch {
    // The body was cut off: the status still says what went wrong.
  }
  return failureOf(response.status, text, response.headers.get('Retry-After'));
}

/**
 * The ApiError of a failed answer, from its status, body text and Retry-After header: fetch's
 * answers and XMLHttpRequest's (an upload with progress) alike. A 401 ends the session.
 */
export function failureOf(status: number, bodyText: string, retryAfter: string | null): ApiError {
  if (status === 401) endSession();
  const retryAfterSeconds = Number(retryAfter) || undefined;
  try {
    const document = JSON.parse(bodyText) as { error?: Partial<ErrorBody> };
    const error = document.error;
    if (error?.code) {
      return new ApiError(status, error.code, error.message ?? '', {
        fields: error.fields ?? {},
        problems: error.problems ?? {},
        retryAfterSeconds,
      });
    }
  } catch {
    // Not our JSON error shape (a proxy's HTML page, say): fall through to a generic error.
  }
  return new ApiError(status, 'http_error', `HTTP ${status}`, { retryAfterSeconds });
}

export async function apiRequest<T>(method: string, path: string,
                                    options: RequestOptions = {}): Promise<T> {
  const response = await send(method, path, options);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => apiRequest<T>('GET', path, { signal }),
  post: <T>(path: string, body?: unknown, headers?: Record<string, string>) =>
    apiRequest<T>('POST', path, { body, headers }),
  put: <T>(path: string, body: unknown) => apiRequest<T>('PUT', path, { body }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, { body }),
  delete: <T>(path: string) => apiRequest<T>('DELETE', path),
};

/** An authenticated file's content (a medical document to preview, say). */
export async function fetchBlob(path: string, signal?: AbortSignal): Promise<Blob> {
  const response = await send('GET', path, { headers: { Accept: '*/*' }, signal });
  return response.blob();
}

/** Downloads an authenticated file (an .ics, say) by handing the browser a temporary link. */
export async function downloadFile(path: string, fileName: string): Promise<void> {
  const url = URL.createObjectURL(await fetchBlob(path));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Builds `?a=1&b=2` from the defined, non-empty values. */
export function queryString(parameters: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== undefined && value !== null && value !== '') search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
