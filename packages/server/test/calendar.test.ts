import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, ENGINES, fixedClock, inviteClient, signUpCoach, startTestServer, type TestServer } from './support.ts';

describe.each(ENGINES)('the private calendar feed on %s', (engine) => {
  const clock = fixedClock('2026-10-20T08:00:00Z');
  let server: TestServer;
  let coach: Browser;
  let client: Awaited<ReturnType<typeof inviteClient>>;
  let other: Awaited<ReturnType<typeof inviteClient>>;

  const fetchFeed = async (url: string) => {
    const response = await fetch(url.replace(/^https?:\/\/[^/]+/, server.url));
    return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
  };

  beforeAll(async () => {
    server = await startTestServer(engine, { clock });
    coach = (await signUpCoach(server, { name: 'Dace Kļaviņa' })).browser;
    client = await inviteClient(server, coach, 'Laura Liepa');
    other = await inviteClient(server, coach, 'Otto Osis');
    // 09:00 in Riga on the Monday after the clocks go back (26 October 2026: UTC+2).
    expect((await coach.post(`/api/v1/engagements/${client.engagementId}/sessions`, { scheduledAt: '2026-10-26T07:00:00Z', durationMinutes: 60 })).status).toBe(201);
    const cancelled = await coach.post(`/api/v1/engagements/${client.engagementId}/sessions`, { scheduledAt: '2026-11-02T07:00:00Z', durationMinutes: 45 });
    await coach.patch(`/api/v1/sessions/${cancelled.body.id}`, { status: 'cancelled' });
    await coach.post(`/api/v1/engagements/${other.engagementId}/sessions`, { scheduledAt: '2026-10-27T12:00:00Z', durationMinutes: 30 });
  });
  afterAll(() => server?.close());

  it("gives the client an address of their own sessions only, named after their coach, as iCalendar", async () => {
    expect((await client.client.get('/api/v1/me/calendar-feed')).body).toEqual({ active: false, createdAt: null });
    const opened = await client.client.post('/api/v1/me/calendar-feed');
    expect(opened.status).toBe(201);
    expect(opened.body.url).toMatch(/\/api\/v1\/calendar\/[A-Za-z0-9_-]+\.ics$/);
    const feed = await fetchFeed(opened.body.url);
    expect(feed.status).toBe(200);
    expect(feed.type).toMatch(/^text\/calendar/);
    expect(feed.text).toMatch(/^BEGIN:VCALENDAR/);
    const events = feed.text.split('BEGIN:VEVENT').slice(1);
    expect(events).toHaveLength(2);
    expect(feed.text).toContain('DTSTART:20261026T070000Z');
    expect(feed.text).toContain('DTEND:20261026T080000Z');
    expect(feed.text).toContain('SUMMARY:Coaching session with Dace Kļaviņa');
    expect(feed.text).toContain('SUMMARY:Cancelled: Coaching session with Dace Kļaviņa');
    expect(feed.text).toContain('STATUS:CANCELLED');
    expect(feed.text).not.toContain('Otto');
    expect((await client.client.get('/api/v1/me/calendar-feed')).body).toMatchObject({ active: true });
  });

  it("gives the coach every client's sessions, in the coach's language", async () => {
    await coach.patch('/api/v1/me', { locale: 'lv' });
    const feed = await fetchFeed((await coach.post('/api/v1/me/calendar-feed')).body.url);
    expect(feed.text.split('BEGIN:VEVENT')).toHaveLength(4);
    expect(feed.text).toContain('SUMMARY:Koučinga sesija ar Laura Liepa');
    expect(feed.text).toContain('SUMMARY:Koučinga sesija ar Otto Osis');
    await coach.patch('/api/v1/me', { locale: 'en' });
  });

  it('retires the old address when a new one is made, and on request; a made-up one is 404', async () => {
    const first = (await other.client.post('/api/v1/me/calendar-feed')).body.url;
    const second = (await other.client.post('/api/v1/me/calendar-feed')).body.url;
    expect((await fetchFeed(first)).status).toBe(404);
    expect((await fetchFeed(second)).status).toBe(200);
    expect((await other.client.request('DELETE', '/api/v1/me/calendar-feed')).status).toBe(204);
    const retired = await fetchFeed(second);
    expect(retired.status).toBe(404);
    expect(retired.type).toMatch(/problem\+json/);
    expect((await fetchFeed(`${server.url}/api/v1/calendar/${'x'.repeat(43)}.ics`)).status).toBe(404);
    expect((await fetchFeed(`${server.url}/api/v1/calendar/not-a-token`)).status).toBe(400);
    expect((await new Browser(server.url).post('/api/v1/me/calendar-feed')).status).toBe(401);
  });
});
