// The agent's token: from the login form or the URL fragment (#token=…), kept for this tab only.
const KEY = 'refunds.dashboard.token';

function claimsOf(token) {
  try {
    const payload = token.split('.')[1].replaceAll('-', '+').replaceAll('_', '/');
    return JSON.parse(atob(payload.padEnd(payload.length + ((4 - (payload.length % 4)) % 4), '=')));
  } catch {
    return null;
  }
}

export function describe(token) {
  const claims = claimsOf(token);
  if (!claims) return { error: 'This is not a JSON Web Token.' };
  const groups = claims.groups || [];
  if (!groups.includes('agent') && !groups.includes('supervisor')) {
    return { error: 'This token is not an agent’s or a supervisor’s.' };
  }
  if (claims.exp && claims.exp * 1000 < Date.now()) return { error: 'This token has expired.' };
  return { userId: claims.sub, groups, expiresAt: claims.exp ? new Date(claims.exp * 1000) : null };
}

export function tokenFromFragment() {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (!match) return null;
  history.replaceState(null, '', location.pathname + location.search);
  return decodeURIComponent(match[1]);
}

export const saved = () => sessionStorage.getItem(KEY);
export const save = (token) => sessionStorage.setItem(KEY, token);
export const forget = () => sessionStorage.removeItem(KEY);
