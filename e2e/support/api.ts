import type { Page } from 'playwright-core';

export type ApiAnswer<T = unknown> = { status: number; body: T };

/**
 * A call to the API from inside the page, as the person signed in there: same origin, same
 * cookie. For setting the scene quickly, or for what "another tab" of theirs does meanwhile.
 */
export async function callApi<T = unknown>(page: Page, method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown): Promise<ApiAnswer<T>> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(path, {
        method,
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : null };
    },
    { method, path, body },
  );
}

/** Today in Riga as YYYY-MM-DD, and the day `days` later. */
export function rigaDate(days = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Riga' }).format(new Date());
  const [year, month, day] = today.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + days)).toISOString().slice(0, 10);
}

/** A YYYY-MM-DD date as typed in the British English UI: DD/MM/YYYY. */
export function typedInEnglish(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}
