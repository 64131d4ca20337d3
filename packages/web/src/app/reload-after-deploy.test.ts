import { describe, expect, it } from 'vitest';
import { reloadForNewBuild } from './reload-after-deploy';

/** A window with its own session storage that counts its reloads. */
function fakeWindow() {
  const stored = new Map<string, string>();
  const reloads: string[] = [];
  const window = {
    sessionStorage: { getItem: (key: string) => stored.get(key) ?? null, setItem: (key: string, value: string) => void stored.set(key, value) },
    location: { reload: () => void reloads.push('here'), assign: (to: string) => void reloads.push(to) },
  } as unknown as Window;
  return { window, reloads };
}

describe('a page whose script is gone after a deploy', () => {
  it('loads the page being opened from the server once, and not again within half a minute, so a failure that a reload does not mend stays shown', () => {
    const { window, reloads } = fakeWindow();
    const start = Date.UTC(2026, 11, 7, 12, 0, 0);
    expect(reloadForNewBuild(window, '/goals/1', start)).toBe(true);
    expect(reloadForNewBuild(window, undefined, start + 29_000)).toBe(false);
    expect(reloads).toEqual(['/goals/1']);
    expect(reloadForNewBuild(window, undefined, start + 31_000)).toBe(true);
    expect(reloads).toEqual(['/goals/1', 'here']);
  });
});
