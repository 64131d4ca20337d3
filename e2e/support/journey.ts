import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchBrowser, newPerson, screenshot } from './browser.ts';
import { startTestServer, type TestServer } from './server.ts';

export type Journey = {
  /** A new person in a browser context of their own (their own cookies), on a fresh page. */
  person(options?: { locale?: string; expectedStatuses?: number[]; viewport?: { width: number; height: number } }): Promise<Page>;
  /** What each person's browser reported as going wrong (console errors, failed requests). */
  readonly problems: string[][];
  readonly server: TestServer;
};

/**
 * The harness every browser journey shares: the real server with the demo practice, Debian's
 * chromium, one browser context per person, and a screenshot of every page when a step fails.
 */
export function useJourney(): Journey {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let baseUrl = '';
  const problems: string[][] = [];
  const pages: Page[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    // The server listens on 127.0.0.1 only; name it so, whatever `localhost` resolves to.
    baseUrl = server.url.replace('//localhost:', '//127.0.0.1:');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  // When a step fails, keep what each browser showed at that moment.
  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail') return;
    for (const [index, page] of pages.entries()) {
      if (!page.isClosed()) await screenshot(page, `failed-${task.name.replaceAll(/\W+/g, '-')}-${index}`);
    }
  });

  return {
    problems,
    get server() {
      if (!server) throw new Error('the journey server has not started');
      return server;
    },
    async person(options = {}) {
      if (!browser) throw new Error('the journey browser has not started');
      const { page, problems: seen } = await newPerson(browser, baseUrl, options.locale, { expectedStatuses: options.expectedStatuses, viewport: options.viewport });
      problems.push(seen);
      pages.push(page);
      return page;
    },
  };
}
