// The HTTP API as the page sees it: same origin, JSON, one error shape
// {status, error, message, requestId} (docs/api.md). Never logs a request body: it may be a CV.

/** Longest wait for an answer; a match on a long CV takes well under a second. */
export const TIMEOUT_MS = 30_000;

/** What a failed call tells the page: a French message for the user, and what to do next. */
export class ApiError extends Error {
  /**
   * @param {number} status HTTP status, 0 when the service could not be reached
   * @param {string} message French, for the user
   * @param {string|null} requestId the server's X-Request-Id, to quote to support
   * @param {number|null} retryAfter seconds the server asked to wait (503 while the engine opens)
   */
  constructor(status, message, requestId = null, retryAfter = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.requestId = requestId;
    this.retryAfter = retryAfter;
  }

  /**
   * A 404 for a route this server does not have yet (the API's "Ressource inconnue" answer), as
   * opposed to a 404 for an unknown métier on a route it has.
   */
  get missingRoute() {
    return this.status === 404 && /^Ressource inconnue/.test(this.message);
  }

  /** Trying the same request again may help: no answer, too many requests, or a server that is starting or overloaded. */
  get transient() {
    return this.status === 0 || this.status === 429 || this.status === 502 || this.status === 503 || this.status === 504;
  }
}

/** The user cancelled the request ("Effacer"): not an error to show. */
export class CancelledError extends Error {
  constructor() {
    super('Demande annulée.');
    this.name = 'CancelledError';
  }
}

const FALLBACK_MESSAGES = {
  400: 'La demande est invalide.',
  404: 'Ressource introuvable.',
  413: 'Le texte est trop long.',
  415: 'Format de la demande non pris en charge.',
  422: "Le texte n'a pas pu être analysé.",
  429: 'Trop de demandes : réessayez dans un instant.',
  503: 'Le service démarre ou est momentanément indisponible : réessayez dans quelques secondes.',
};

function fallbackMessage(status) {
  return FALLBACK_MESSAGES[status]
    ?? (status >= 500 ? 'Erreur du service : réessayez plus tard.' : `La demande a échoué (HTTP ${status}).`);
}

/**
 * @param {object} options
 * @param {Function} options.fetchImpl window.fetch, or a stand-in in tests
 * @param {string} options.base the API prefix, resolved against the page (works behind a path prefix)
 */
export function createApi({ fetchImpl = (...a) => window.fetch(...a), base = 'api/v1/', timeoutMs = TIMEOUT_MS } = {}) {
  async function call(method, path, { query, body, signal } = {}) {
    const url = new URL(base + path, document.baseURI);
    for (const [k, v] of Object.entries(query ?? {})) {
      if (v !== undefined && v !== null && v !== '') {
        url.searchParams.set(k, String(v));
      }
    }
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const cancel = () => controller.abort();
    if (signal?.aborted) {
      clearTimeout(timer);
      throw new CancelledError();
    }
    signal?.addEventListener('abort', cancel, { once: true });
    const init = {
      method,
      headers: { Accept: 'application/json' },
      signal: controller.signal,
      credentials: 'same-origin',
      cache: 'no-store',
    };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json; charset=utf-8';
      init.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetchImpl(url.toString(), init);
    } catch (e) {
      if (e?.name === 'AbortError' && !timedOut) {
        throw new CancelledError();
      }
      throw e?.name === 'AbortError'
        ? new ApiError(0, 'Le service met trop de temps à répondre : réessayez.')
        : new ApiError(0, 'Le service ne répond pas : vérifiez la connexion ou réessayez dans un instant.');
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', cancel);
    }
    const requestId = response.headers.get('X-Request-Id');
    let json = null;
    try {
      json = await response.json();
    } catch {
      json = null;
    }
    if (!response.ok) {
      const message = json && typeof json.message === 'string' && json.message ? json.message : fallbackMessage(response.status);
      const retry = Number.parseInt(response.headers.get('Retry-After') ?? '', 10);
      throw new ApiError(response.status, message, json?.requestId ?? requestId, Number.isFinite(retry) ? retry : null);
    }
    if (json === null) {
      throw new ApiError(response.status, 'Réponse illisible du service.', requestId);
    }
    return json;
  }

  return {
    get: (path, query, { signal } = {}) => call('GET', path, { query, signal }),
    post: (path, body, { signal, query } = {}) => call('POST', path, { body, signal, query }),
  };
}
