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

/**
 * A coach signs up in `page` (already on the app, signed out) with a practice of their own, in
 * English on Riga's clock, and invites a client. Returns the engagement's id and the invitation link.
 */
export async function signUpCoachAndInvite(
  page: Page,
  people: { coach: { name: string; email: string }; practiceName: string; client: { name: string; email: string } },
): Promise<{ engagementId: string; inviteUrl: string }> {
  const signUp = await callApi(page, 'POST', '/api/v1/auth/signup', {
    ...people.coach,
    password: 'a-long-password',
    practiceName: people.practiceName,
    locale: 'en',
    timeZone: 'Europe/Riga',
  });
  if (signUp.status !== 201) throw new Error(`sign-up answered ${signUp.status}`);
  const invited = await callApi<{ id: string; inviteUrl: string }>(page, 'POST', '/api/v1/engagements', { clientName: people.client.name, clientEmail: people.client.email });
  if (invited.status !== 201) throw new Error(`the invitation answered ${invited.status}`);
  return { engagementId: invited.body.id, inviteUrl: invited.body.inviteUrl };
}
