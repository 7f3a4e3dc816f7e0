const KEY = 'switchboard.token';

// sessionStorage: the token survives a reload of the tab but not the closing of the browser,
// and another tab logs in on its own.
function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

export function loadToken(): string | null {
  return storage()?.getItem(KEY) ?? null;
}

export function saveToken(token: string | null): void {
  if (token) storage()?.setItem(KEY, token);
  else storage()?.removeItem(KEY);
}
