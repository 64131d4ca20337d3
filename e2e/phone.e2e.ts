import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callApi, rigaDate } from './support/api.ts';
import { screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

// On a phone (390 pixels wide, as most are): the demo client Marta in Latvian and the demo coach
// in English open every page they use, and nothing they should read or press sticks out past the
// screen's edge, where it would be cut off (a table that scrolls sideways is fine: it says so by
// scrolling), no words are drawn over other words, and nothing to tap is too small to hit (WCAG
// 2.2's 24 pixels). Latvian's longer words are the harder case.

const journey = useJourney();
const { problems } = journey;
const PHONE = { width: 390, height: 844 };

type Listed<T> = { items: T[] };

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/signin');
  const answer = await callApi(page, 'POST', '/api/v1/auth/login', { email, password: 'tandem-demo' });
  expect(answer.status).toBe(200);
}

/**
 * What on the page reaches past the screen's sides: each element that shows something (text,
 * a control, a picture) and is not inside something that scrolls sideways, described by its tag,
 * test id and first words.
 */
function outOfScreen(page: Page): Promise<string[]> {
  return page.evaluate((width) => {
    const scrollsSideways = (element: Element): boolean => {
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        const overflow = getComputedStyle(parent).overflowX;
        if (overflow === 'auto' || overflow === 'scroll') return true;
      }
      return false;
    };
    const shows = (element: Element): boolean =>
      element.matches('input, textarea, button, select, svg, img, [role="switch"]') ||
      [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
    const found: string[] = [];
    for (const element of document.querySelectorAll('main *')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || !shows(element) || element.closest('svg') !== element && element.closest('svg')) continue;
      if ((box.right > width + 1 || box.left < -1) && !scrollsSideways(element)) {
        const testId = element.closest('[data-testid]')?.getAttribute('data-testid') ?? '';
        found.push(`${element.tagName.toLowerCase()} in ${testId || 'main'} (${Math.round(box.left)}..${Math.round(box.right)}): ${(element.textContent ?? '').trim().slice(0, 40)}`);
      }
    }
    return found;
  }, PHONE.width);
}

/**
 * Words drawn over other words (a badge over a title, one figure over the next): every line box
 * of every text on the page, outside charts, against every other text's, by the browser's own
 * layout.
 */
function overlappingTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const boxes: { text: string; node: Node; box: DOMRect }[] = [];
    // Line boxes of one text (a title over two lines) may touch: only different texts count.
    const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim();
      if (!text || node.parentElement?.closest('svg')) continue;
      // What a container clips (a title cut to two lines, a cell cut short) is not drawn.
      const clips: DOMRect[] = [];
      for (let parent = node.parentElement; parent; parent = parent.parentElement) {
        const style = getComputedStyle(parent);
        if (style.overflowX !== 'visible' || style.overflowY !== 'visible') clips.push(parent.getBoundingClientRect());
      }
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const line of range.getClientRects()) {
        const left = Math.max(line.left, ...clips.map((clip) => clip.left));
        const right = Math.min(line.right, ...clips.map((clip) => clip.right));
        const top = Math.max(line.top, ...clips.map((clip) => clip.top));
        const bottom = Math.min(line.bottom, ...clips.map((clip) => clip.bottom));
        if (right - left > 2 && bottom - top > 2) boxes.push({ text, node, box: new DOMRect(left, top, right - left, bottom - top) });
      }
    }
    const found: string[] = [];
    // Words past the edge of their card (drawn over its border, or out of it).
    for (const { text, node, box } of boxes) {
      const card = node.parentElement?.closest('.mantine-Paper-root');
      if (card && box.right > card.getBoundingClientRect().right + 1) found.push(`"${text.slice(0, 30)}" past the edge of its card`);
    }
    for (const [index, a] of boxes.entries()) {
      for (const b of boxes.slice(index + 1)) {
        if (a.node === b.node) continue;
        const across = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const down = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (across > 2 && down > 2) found.push(`"${a.text.slice(0, 30)}" over "${b.text.slice(0, 30)}"`);
      }
    }
    return found;
  });
}

/**
 * Words cut short: an element holding text whose box hides part of it (a label ending in "…", a
 * button's words cut at its edge), where the text is wider than the room it is given.
 */
function cutShort(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll('main *')) {
      const holdsText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
      // Words hidden on purpose for screen readers only (a column named for them) take no room.
      if (!holdsText || element.closest('svg') || element.clientWidth <= 1) continue;
      const style = getComputedStyle(element);
      if (style.overflowX === 'visible' || style.overflowX === 'auto' || style.overflowX === 'scroll') continue;
      if (element.scrollWidth > element.clientWidth + 1) {
        const testId = element.closest('[data-testid]')?.getAttribute('data-testid') ?? '';
        found.push(`"${(element.textContent ?? '').trim().slice(0, 40)}" in ${testId || 'main'} cut short (${element.clientWidth} of ${element.scrollWidth} px)`);
      }
    }
    return found;
  });
}

/**
 * Words or controls cut off by a box that hides what overflows it (a card's rounded edge over a
 * button): each element that shows something and reaches past the nearest such box around it.
 */
function clippedByTheirBox(page: Page): Promise<string[]> {
  // (A table that scrolls sideways lets its columns reach past its edge: they can be scrolled to.)
  return page.evaluate(() => {
    const overflow = (element: Element) => getComputedStyle(element).overflowX;
    const found: string[] = [];
    for (const element of document.querySelectorAll('main *')) {
      const shows =
        element.matches('input, textarea, button, a, select') ||
        [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
      const box = element.getBoundingClientRect();
      if (!shows || box.width <= 1 || box.height <= 1 || element.closest('svg')) continue;
      // The nearest box around it that does not let it overflow: one that scrolls lets it be reached.
      let around = element.parentElement;
      while (around && overflow(around) === 'visible') around = around.parentElement;
      if (!around || !['hidden', 'clip'].includes(overflow(around)) || around.clientWidth <= 1) continue;
      const edge = around.getBoundingClientRect();
      if (box.right > edge.right + 1 || box.left < edge.left - 1) {
        const testId = element.closest('[data-testid]')?.getAttribute('data-testid') ?? '';
        found.push(`"${(element.textContent ?? '').trim().slice(0, 40)}" in ${testId || 'main'} cut off (${Math.round(box.left)}..${Math.round(box.right)} in ${Math.round(edge.left)}..${Math.round(edge.right)})`);
      }
    }
    return found;
  });
}

/**
 * Words of the given test ids that are not on the screen, or not there at all: in a table that
 * scrolls sideways (which `outOfScreen` lets be), a column past the edge says nothing that it is there.
 */
async function wordsOutOfSight(page: Page, testIds: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const testId of testIds) {
    const boxes = await page.getByTestId(testId).evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().right));
    if (boxes.length === 0) found.push(`no ${testId} shown`);
    for (const right of boxes) if (right > PHONE.width + 1) found.push(`${testId} reaches ${Math.round(right)} px`);
  }
  return found;
}

/**
 * Controls too small to tap: a button, link or field smaller than 24 by 24 pixels (WCAG 2.2's
 * least target size), unless it is a link in a line of text, or nothing else to tap lies within
 * the 24-pixel square around its middle (so a finger that misses it touches nothing else).
 */
function tooSmallToTap(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const SIZE = 24;
    const targets = [...document.querySelectorAll('button, a[href], input:not([type=hidden]), select, textarea, [role=button], [role=tab], [role=radio], [role=checkbox], [role=switch]')]
      .filter((element) => !element.closest('[aria-hidden=true]') && !(element instanceof HTMLInputElement && element.type === 'radio' && element.closest('label')))
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0);
    const inLineOfText = (element: Element) =>
      element.tagName === 'A' && [...(element.parentElement?.childNodes ?? [])].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
    const found: string[] = [];
    for (const { element, box } of targets) {
      if ((box.width >= SIZE - 0.5 && box.height >= SIZE - 0.5) || inLineOfText(element)) continue;
      const middle = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      const square = { left: middle.x - SIZE / 2, right: middle.x + SIZE / 2, top: middle.y - SIZE / 2, bottom: middle.y + SIZE / 2 };
      const crowded = targets.some(
        (other) =>
          other.element !== element &&
          !other.element.contains(element) &&
          !element.contains(other.element) &&
          other.box.left < square.right &&
          other.box.right > square.left &&
          other.box.top < square.bottom &&
          other.box.bottom > square.top,
      );
      if (!crowded) continue;
      const testId = element.closest('[data-testid]')?.getAttribute('data-testid') ?? '';
      const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 30);
      found.push(`"${name}" (${element.tagName.toLowerCase()}) in ${testId || 'page'} is ${Math.round(box.width)}x${Math.round(box.height)} px`);
    }
    return found;
  });
}

async function visit(page: Page, path: string, ready: string, shot: string): Promise<string[]> {
  await page.goto(path);
  await page.getByTestId(ready).first().waitFor();
  await page.waitForLoadState('networkidle');
  await screenshot(page, shot);
  return [...(await outOfScreen(page)), ...(await overlappingTexts(page)), ...(await cutShort(page)), ...(await clippedByTheirBox(page)), ...(await tooSmallToTap(page))].map((line) => `${path}: ${line}`);
}

describe('on a phone', () => {
  it("the client's pages in Latvian fit the screen", async () => {
    const marta = await journey.person({ locale: 'lv-LV', viewport: PHONE });
    await signIn(marta, 'marta@demo.tandem.lv');
    const [engagement] = (await callApi<Listed<{ id: string }>>(marta, 'GET', '/api/v1/engagements')).body.items;
    expect(engagement).toBeDefined();
    const id = engagement?.id ?? '';
    const goals = (await callApi<Listed<{ id: string; horizon: string; state: string }>>(marta, 'GET', `/api/v1/engagements/${id}/goals`)).body.items;
    const quarter = goals.find((goal) => goal.horizon === 'quarter' && goal.state === 'active');
    // The vision, whose change the coach proposed waits for Marta's agreement: what would change
    // has to be in sight beside the buttons to agree or decline.
    const vision = goals.find((goal) => goal.horizon === 'vision');
    const [session] = (await callApi<Listed<{ id: string }>>(marta, 'GET', `/api/v1/engagements/${id}/sessions`)).body.items;
    expect(quarter && vision && session).toBeTruthy();

    const outside = [
      ...(await visit(marta, '/', 'engagement-card', 'phone-01-client-home-lv')),
      ...(await visit(marta, `/engagements/${id}`, 'journal-section', 'phone-02-engagement-lv')),
      ...(await visit(marta, `/goals/${quarter?.id}`, 'metric-current', 'phone-03-goal-lv')),
      ...(await visit(marta, `/goals/${vision?.id}`, 'change-after', 'phone-03b-proposed-change-lv')),
      ...(await wordsOutOfSight(marta, ['pending-after', 'change-before', 'change-after'])),
      ...(await visit(marta, `/engagements/${id}/goals/new`, 'goal-horizon-input', 'phone-03c-new-goal-lv')),
      ...(await visit(marta, `/sessions/${session?.id}`, 'agenda', 'phone-04-session-lv')),
      ...(await visit(marta, `/engagements/${id}/reviews`, 'review-summary', 'phone-05-reviews-lv')),
      ...(await visit(marta, '/profile', 'profile-form', 'phone-06-profile-lv')),
    ];
    expect(outside).toEqual([]);
    expect(problems.flat()).toEqual([]);
  });

  it("the coach's pages in English fit the screen", async () => {
    const coach = await journey.person({ viewport: PHONE });
    await signIn(coach, 'coach@demo.tandem.lv');
    const engagements = (await callApi<Listed<{ id: string; client: { name: string } }>>(coach, 'GET', '/api/v1/engagements')).body.items;
    const marta = engagements.find((engagement) => engagement.client.name === 'Marta Kalniņa');
    expect(marta).toBeDefined();
    const goals = (await callApi<Listed<{ id: string; horizon: string; state: string }>>(coach, 'GET', `/api/v1/engagements/${marta?.id}/goals`)).body.items;
    const quarter = goals.find((goal) => goal.horizon === 'quarter' && goal.state === 'active');

    const outside = [
      ...(await visit(coach, '/', 'client-list', 'phone-07-coach-home-en')),
      ...(await visit(coach, `/engagements/${marta?.id}`, 'cascade-node', 'phone-08-engagement-en')),
      ...(await visit(coach, `/goals/${quarter?.id}`, 'metric-current', 'phone-09-goal-en')),
      ...(await visit(coach, '/practice', 'coach-list', 'phone-10-practice-en')),
      ...(await visit(coach, '/audit', 'audit-table', 'phone-11-audit-en')),
      ...(await wordsOutOfSight(coach, ['audit-action', 'audit-subject'])),
      ...(await visit(coach, '/profile', 'profile-form', 'phone-12-profile-en')),
    ];
    expect(outside).toEqual([]);
    expect(problems.flat()).toEqual([]);

    // The menu button says whether the menu is open, and Escape closes it.
    await coach.goto('/');
    const menuButton = coach.getByRole('button', { name: 'Main navigation' });
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    await menuButton.click();
    await coach.locator('#main-navigation').getByText('Audit log').waitFor({ state: 'visible' });
    expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
    await coach.keyboard.press('Escape');
    await expect.poll(() => menuButton.getAttribute('aria-expanded')).toBe('false');

    // The clients are read top to bottom, each in a block of its own, not as a table scrolled sideways.
    await coach.goto('/');
    const list = coach.getByTestId('client-list');
    await list.getByTestId('client-row').first().waitFor();
    expect(await list.evaluate((element) => ({ tag: element.tagName, sideways: element.scrollWidth > element.clientWidth }))).toEqual({ tag: 'UL', sideways: false });
    const martaRow = list.getByTestId('client-row').filter({ hasText: 'Marta Kalniņa' });
    expect(await martaRow.getByTestId('client-started-on').innerText()).toMatch(/^Started on \d{1,2} [A-Z][a-z]+ \d{4}$/);
    await martaRow.getByRole('link', { name: 'Open the engagement with Marta Kalniņa' }).click();
    await coach.waitForURL(`**/engagements/${marta?.id}`);
    // So are the whole practice's clients on the owner's page, each with their coach.
    await coach.goto('/practice');
    const practiceList = coach.getByTestId('practice-client-list');
    await practiceList.getByTestId('practice-client-row').first().waitFor();
    expect(await practiceList.evaluate((element) => ({ tag: element.tagName, sideways: element.scrollWidth > element.clientWidth }))).toEqual({ tag: 'UL', sideways: false });
    expect(await practiceList.getByTestId('practice-client-row').filter({ hasText: 'Marta Kalniņa' }).getByTestId('client-coach').innerText()).toMatch(/^Coach: \S/);
  });

  it("the coach's pages in Latvian fit the screen", async () => {
    const coach = await journey.person({ locale: 'lv-LV', viewport: PHONE });
    await signIn(coach, 'coach@demo.tandem.lv');
    expect((await callApi(coach, 'PATCH', '/api/v1/me', { locale: 'lv' })).status).toBe(200);
    const engagements = (await callApi<Listed<{ id: string; client: { name: string } }>>(coach, 'GET', '/api/v1/engagements')).body.items;
    const marta = engagements.find((engagement) => engagement.client.name === 'Marta Kalniņa');
    const [session] = (await callApi<Listed<{ id: string }>>(coach, 'GET', `/api/v1/engagements/${marta?.id}/sessions`)).body.items;

    const outside = [
      ...(await visit(coach, '/', 'client-list', 'phone-13-coach-home-lv')),
      ...(await visit(coach, `/sessions/${session?.id}`, 'agenda', 'phone-14-session-lv')),
      ...(await visit(coach, '/practice', 'coach-list', 'phone-15-practice-lv')),
      ...(await visit(coach, '/audit', 'audit-table', 'phone-16-audit-lv')),
      ...(await wordsOutOfSight(coach, ['audit-action', 'audit-subject'])),
    ];
    expect(outside).toEqual([]);
    expect(problems.flat()).toEqual([]);
  });

  it('a long check-in shows its first lines, and the rest on "Rādīt vairāk"', async () => {
    const marta = await journey.person({ locale: 'lv-LV', viewport: PHONE });
    await signIn(marta, 'marta@demo.tandem.lv');
    const [engagement] = (await callApi<Listed<{ id: string }>>(marta, 'GET', '/api/v1/engagements')).body.items;
    const goals = (await callApi<Listed<{ id: string; horizon: string; state: string }>>(marta, 'GET', `/api/v1/engagements/${engagement?.id}/goals`)).body.items;
    const quarter = goals.find((goal) => goal.horizon === 'quarter' && goal.state === 'active');
    const paragraphs = Array.from({ length: 30 }, (_, index) => `${index + 1}. diena: runāju ar komandu par prioritātēm un pierakstīju, kas izdevās.`);
    const written = await callApi(marta, 'POST', `/api/v1/goals/${quarter?.id}/check-ins`, { kind: 'self_report', effectiveOn: rigaDate(0), text: paragraphs.join('\n') });
    expect(written.status).toBe(201);

    await marta.goto(`/goals/${quarter?.id}`);
    const text = marta.getByTestId('check-in-text').filter({ hasText: '30. diena' });
    await text.waitFor();
    const fold = marta.getByTestId('check-in-text-fold').filter({ has: text });
    const shownHeight = async () => (await fold.locator('.mantine-Spoiler-content').boundingBox())?.height ?? 0;
    const folded = await shownHeight();
    // Thirty lines or more on a phone; about eight of them are shown.
    expect(folded).toBeGreaterThan(100);
    expect(folded).toBeLessThan(200);
    await screenshot(marta, 'phone-17-long-check-in-lv');
    await fold.getByRole('button', { name: 'Rādīt vairāk' }).click();
    await fold.getByRole('button', { name: 'Rādīt mazāk' }).waitFor();
    await expect.poll(shownHeight).toBeGreaterThan(30 * 18);
    expect(problems.flat()).toEqual([]);
  });

  it("a stakeholder's long name and question are there in full on the goal page, wrapped, not cut short", async () => {
    const marta = await journey.person({ locale: 'lv-LV', viewport: PHONE });
    await signIn(marta, 'marta@demo.tandem.lv');
    const [engagement] = (await callApi<Listed<{ id: string }>>(marta, 'GET', '/api/v1/engagements')).body.items;
    const goals = (await callApi<Listed<{ id: string; horizon: string; state: string }>>(marta, 'GET', `/api/v1/engagements/${engagement?.id}/goals`)).body.items;
    const quarter = goals.find((goal) => goal.horizon === 'quarter' && goal.state === 'active');
    const name = 'Kristīne Aleksandra Vanaga-Rozenberga, personāla attīstības vadītāja';
    const question = 'Kā, jūsuprāt, pēdējo trīs mēnešu laikā ir mainījies tas, kā Marta vada iknedēļas komandas sanāksmes un kā viņa uzklausa citu viedokļus, pirms pieņem lēmumu?';
    const asked = await callApi(marta, 'POST', `/api/v1/goals/${quarter?.id}/feedback-requests`, { stakeholderName: name, question, locale: 'lv' });
    expect(asked.status).toBe(201);

    await marta.goto(`/goals/${quarter?.id}`);
    const request = marta.getByTestId('feedback-request').filter({ hasText: 'Kristīne' });
    await request.waitFor();
    expect(await request.getByTestId('feedback-stakeholder').innerText()).toBe(name);
    expect(await request.getByTestId('feedback-question').innerText()).toBe(`„${question}”`);
    await request.scrollIntoViewIfNeeded();
    await screenshot(marta, 'phone-18-long-stakeholder-lv');
    expect([...(await cutShort(marta)), ...(await outOfScreen(marta))]).toEqual([]);
    expect(problems.flat()).toEqual([]);
  });
});
