// Every call goes to the API of this origin with the signed-in user's HTTP Basic credentials, so the console
// shows exactly what the API shows that user and can do nothing the API would refuse.
import { lang } from './i18n.js';

let credentials = sessionStorage.getItem('satuatap.auth');

export function signedIn() {
  return credentials !== null;
}

export function setCredentials(username, password) {
  credentials = btoa(unescape(encodeURIComponent(`${username}:${password}`)));
  sessionStorage.setItem('satuatap.auth', credentials);
}

export function signOut() {
  credentials = null;
  sessionStorage.removeItem('satuatap.auth');
}

export class ApiError extends Error {
  constructor(status, body) {
    super(describe(status, body));
    this.status = status;
    this.body = body;
  }
}

function describe(status, body) {
  if (body && typeof body === 'object') {
    const fields = (body.errors || []).map(e => `${e.field ?? ''} ${e.message ?? ''}`.trim());
    return [body.title, body.detail, ...fields].filter(Boolean).join(' — ') || `HTTP ${status}`;
  }
  return `HTTP ${status}`;
}

export async function call(method, path, { json, form, accept = 'application/json' } = {}) {
  const headers = { Accept: accept, 'Accept-Language': lang() };
  if (credentials) {
    headers.Authorization = `Basic ${credentials}`;
  }
  let body;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  } else if (form) {
    body = form;
  }
  const response = await fetch(path, { method, headers, body });
  const type = response.headers.get('Content-Type') || '';
  const payload = response.status === 204 ? null
    : type.includes('json') ? await response.json().catch(() => null) : await response.text();
  if (!response.ok) {
    throw new ApiError(response.status, payload);
  }
  return { status: response.status, body: payload };
}

export const get = (path, options) => call('GET', path, options).then(r => r.body);
