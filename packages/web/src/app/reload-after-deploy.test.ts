import { describe, expect, it } from 'vitest';
import { isPartOfAppGone, reloadForNewBuild } from './reload-after-deploy';

/** A window with its own session storage that counts its reloads. */
function fakeWindow() {
  const stored = new Map<string, string>();
  const reloads: number[] = [];
  const window = {
    sessionStorage: { getItem: (key: string) => stored.get(key) ?? null, setItem: (key: string, value: string) => void stored.set(key, value) },
    location: { reload: () => void reloads.push(1) },
  } as unknown as Window;
  return { window, reloads };
}

describe('a page whose script is gone after a deploy', () => {
  it("tells a script that could not be loaded, in each browser's words, from other failures", () => {
    expect(isPartOfAppGone(new TypeError('Failed to fetch dynamically imported module: http://x/assets/goal-page-OLD.js'))).toBe(true);
    expect(isPartOfAppGone(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isPartOfAppGone(new TypeError('error loading dynamically imported module'))).toBe(true);
    expect(isPartOfAppGone(new TypeError("Cannot read properties of undefined (reading 'title')"))).toBe(false);
    expect(isPartOfAppGone(new Error('Failed to fetch dynamically imported module'))).toBe(false);
  });

  it('reloads once, and not again within half a minute, so a failure that a reload does not mend stays shown', () => {
    const { window, reloads } = fakeWindow();
    const start = Date.UTC(2026, 11, 7, 12, 0, 0);
    expect(reloadForNewBuild(window, start)).toBe(true);
    expect(reloadForNewBuild(window, start + 29_000)).toBe(false);
    expect(reloads).toHaveLength(1);
    expect(reloadForNewBuild(window, start + 31_000)).toBe(true);
    expect(reloads).toHaveLength(2);
  });
});
