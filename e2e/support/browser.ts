import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));

/** Debian's chromium; Playwright's own browser download is not available here. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A fresh, isolated browser profile (cookies, storage) as one person would have, speaking
 * `locale` and living in Riga. Browser console errors and failed page scripts fail the journey.
 */
export async function newPerson(
  browser: Browser,
  baseURL: string,
  locale = 'en-GB',
  options: { expectedStatuses?: number[]; viewport?: { width: number; height: number } } = {},
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({
    baseURL,
    locale,
    timezoneId: 'Europe/Riga',
    viewport: options.viewport ?? { width: 1280, height: 860 },
    // A phone's screen: touch, and the page laid out for its width.
    ...(options.viewport && options.viewport.width < 600 ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // Refused requests (401 before sign-in, 429 when throttled, and whatever the journey provokes
  // on purpose) are answers the page expects.
  const expected = new RegExp(`Failed to load resource: the server responded with a status of (${[401, 429, ...(options.expectedStatuses ?? [])].join('|')})`);
  page.on('console', (message) => {
    if (message.type() === 'error' && !expected.test(message.text())) problems.push(`console error: ${message.text()}`);
  });
  return { context, page, problems };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  // The app shell's header is fixed: from the top, a full-page picture shows it where it belongs.
  await page.evaluate(() => window.scrollTo(0, 0));
  // Transitions still running (a switch's indicator sliding, a dialog fading out) are finished first.
  await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true, animations: 'disabled' });
}
