/** When the page last reloaded itself for a newer build (sessionStorage), so it never loops. */
const RELOADED_AT = 'tandem.reloadedForNewBuild';
const AT_MOST_EVERY_MS = 30_000;

/**
 * Whether an error is a part of the app (a page's script) that could not be loaded: after a
 * deploy, a page loaded before it asks for scripts of its own build, which are gone. Each browser
 * words it its own way.
 */
export function isPartOfAppGone(error: unknown): boolean {
  return error instanceof TypeError && /dynamically imported module|module script failed|error loading dynamically imported/i.test(error.message);
}

/**
 * Loads the page again, for the new build, unless it did so within the last half minute (then
 * the failure is something else, and stays shown). Whether it reloads.
 */
export function reloadForNewBuild(window: Window, now = Date.now()): boolean {
  const last = Number(window.sessionStorage.getItem(RELOADED_AT) ?? 0);
  if (now - last < AT_MOST_EVERY_MS) return false;
  window.sessionStorage.setItem(RELOADED_AT, String(now));
  window.location.reload();
  return true;
}
