// The dispute-service REST API (same origin) and order-service evidence, with the agent's bearer token.
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }

  get violations() {
    return this.problem.violations || [];
  }
}

export class Api {
  constructor(token, onUnauthorized) {
    this.token = token;
    this.onUnauthorized = onUnauthorized;
    this.orderServiceUrl = '';
  }

  async get(path) {
    return this.request('GET', path);
  }

  async post(path, body, headers = {}) {
    return this.request('POST', path, body, headers);
  }

  async request(method, path, body, headers = {}) {
    const response = await fetch(path, {
      method,
      headers: {
        Authorization: `Bearer ${this.token}`,
        Accept: 'application/json, application/problem+json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const data = text ? JSON.parse(text) : null;
    if (response.status === 401 && this.onUnauthorized) this.onUnauthorized();
    if (!response.ok) throw new ApiError(response.status, data);
    return data;
  }

  // Evidence bytes from order-service as an object URL (the token cannot ride on an <img src>).
  async evidenceUrl(evidenceId) {
    const response = await fetch(`${this.orderServiceUrl}/api/evidence/${encodeURIComponent(evidenceId)}`, {
      headers: { Authorization: `Bearer ${this.token}` },
    });
    if (!response.ok) throw new ApiError(response.status, null);
    return URL.createObjectURL(await response.blob());
  }
}
