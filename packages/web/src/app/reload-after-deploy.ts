/** When the page last reloaded itself for a newer build (sessionStorage), so it never loops. */
const RELOADED_AT = 'tandem.reloadedForNewBuild';
const AT_MOST_EVERY_MS = 30_000;

/**
 * Loads the page `to` (the address being opened; this one when none is said) again from the
 * server, for the new build, unless it did so within the last half minute (then the failure is
 * something else, and stays shown). Whether it does.
 */
export function reloadForNewBuild(window: Window, to?: string, now = Date.now()): boolean {
  const last = Number(window.sessionStorage.getItem(RELOADED_AT) ?? 0);
  if (now - last < AT_MOST_EVERY_MS) return false;
  window.sessionStorage.setItem(RELOADED_AT, String(now));
  if (to === undefined) window.location.reload();
  else window.location.assign(to);
  return true;
}
