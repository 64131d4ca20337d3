import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callApi, signUpCoachAndInvite, rigaDate, typedInEnglish } from './support/api.ts';
import { screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

// The sessions journey: a coach in Riga plans a session with a client in London (each reads it
// on their own clock); both add to the agenda and the coach reorders it; the coach keeps a
// private note; the client writes the shared notes and the coach, who was typing meanwhile, is
// told instead of overwriting them; a commitment is made and shows on the client's home. The
// client's session page never asks for, nor shows, the coach's private notes. The client's
// journal stays private until an entry is shared. A second session starts with the open
// commitment carried over, followed up there with an outcome; then the session in Latvian. Last,
// the coach records a session that took place yesterday.

const journey = useJourney();
const { problems } = journey;
const person = journey.person;

const COACH_ITEM = 'The feedback conversation with the team lead';
const CLIENT_ITEM = 'Saying no to extra projects';
const PRIVATE_NOTE = 'Private hunch: the workload question hides a fear of disappointing the director';
const CLIENT_NOTES = 'We looked at the three projects on my desk and which one I can hand over.';
const COACH_TYPED = 'Coach draft written while the client was saving';
const COMMITMENT = 'Send the weekly status update to the team every Friday';
const COACH_COMMITMENT = 'Share the article on delegation';
const JOURNAL = 'I felt nervous before the team meeting, but saying it out loud helped.';
const OUTCOME = 'Sent two of the three updates; the third week was the release.';
const EXTRA_ITEM = 'Budget for the offsite';
const EXTRA_ITEM_EDITED = 'Budget for the team offsite in May';
const NOTE_ADDENDUM = ' Ask about it next time.';
const JOURNAL_ADDENDUM = ' Next time I will say it at the start.';
const JOURNAL_TO_DELETE = 'A thought I would rather not keep.';
const JOURNAL_GOAL = 'Leave the office by six on four days a week';

async function pageText(page: Page): Promise<string> {
  return page.locator('body').innerText();
}

async function agendaTexts(page: Page): Promise<string[]> {
  return page.getByTestId('agenda').getByTestId('agenda-item-text').allInnerTexts();
}

describe('sessions journey', () => {
  let coach: Page;
  let client: Page;
  let engagementId = '';
  let sessionUrl = '';
  let secondUrl = '';
  const coachNoteRequests: string[] = [];

  it('sets the scene: a coach in Riga and a client in London who joined', async () => {
    // The coach saves notes on an outdated version on purpose (409).
    // An American browser: its own time fields would ask for AM or PM.
    coach = await person({ locale: 'en-US', expectedStatuses: [409] });
    await coach.goto('/signin');
    const invited = await signUpCoachAndInvite(coach, {
      coach: { name: 'Dace Kļaviņa', email: 'dace@sessions.example' },
      practiceName: 'Kļaviņa Coaching',
      client: { name: 'Laura Liepa', email: 'laura@sessions.example' },
    });
    engagementId = invited.engagementId;

    client = await person();
    client.on('request', (request) => {
      if (request.url().includes('coach-notes')) coachNoteRequests.push(request.url());
    });
    await client.goto('/signin');
    const token = invited.inviteUrl.split('/').pop();
    const accepted = await callApi(client, 'POST', `/api/v1/invitations/${token}/accept`, {
      name: 'Laura Liepa',
      password: 'laura-secret-1',
      locale: 'en',
      timeZone: 'Europe/London',
    });
    expect(accepted.status).toBe(201);
  });

  it('the coach plans a session on their own clock and sees it on the client’s too', async () => {
    await coach.goto(`/engagements/${engagementId}`);
    const section = coach.getByTestId('sessions-section');
    await section.getByTestId('sessions-empty').waitFor();
    await section.getByTestId('plan-session').click();
    const form = coach.getByTestId('plan-session-form');
    await form.getByLabel(/^Date/).fill(typedInEnglish(rigaDate(1)));
    await form.getByLabel(/^Date/).press('Escape');
    // 08:00 in Riga is 06:00 in London: the form says so before the session is planned.
    await form.getByLabel('Start time, hours').fill('08');
    await form.getByLabel('Start time, minutes').fill('00');
    const theirTime = form.getByTestId('plan-session-their-time');
    await form.locator('[data-testid="plan-session-their-time"][data-outside-waking-day="true"]').waitFor();
    expect(await theirTime.innerText()).toMatch(
      /^Early or late for Laura Liepa\s+On their clock the session runs on \d{1,2} \w+ \d{4} from 06:00 to 07:00 \(.+, UTC\+00:00\)\. Check that the hour suits them before you plan it\.$/,
    );
    await screenshot(coach, 'sessions-01-plan-early-for-the-client-en');
    // The start is typed on the 24-hour clock the app writes times in, though the browser is
    // American: no AM/PM to choose.
    await form.getByLabel('Start time, hours').fill('16');
    await form.getByLabel('Start time, minutes').fill('00');
    expect(await form.getByTestId('plan-session-time').getByRole('combobox').count()).toBe(0);
    await form.locator('[data-testid="plan-session-their-time"][data-outside-waking-day="false"]').waitFor();
    expect(await theirTime.innerText()).toMatch(/^For Laura Liepa: \d{1,2} \w+ \d{4}, 14:00–15:00 \(.+, UTC\+00:00\)\.$/);
    await screenshot(coach, 'sessions-01-plan-en');
    await form.getByTestId('plan-session-submit').click();

    await coach.waitForURL(/\/sessions\/[0-9a-f-]{36}$/);
    sessionUrl = new URL(coach.url()).pathname;
    const header = coach.getByTestId('session-header');
    await header.getByTestId('session-reader-time').getByText(/16:00/).waitFor();
    expect(await header.getByTestId('session-reader-time').getAttribute('data-time-zone')).toBe('Europe/Riga');
    const clientTime = await header.getByTestId('session-client-time').innerText();
    expect(clientTime).toContain('14:00');
    // The zone by its name, not its ID.
    expect(clientTime).toContain('United Kingdom Time');
    expect(await header.getByTestId('session-status').getAttribute('data-status')).toBe('planned');
    await coach.getByTestId('agenda-empty').waitFor();
    await coach.getByTestId('coach-private-notes').waitFor();
  });

  it('both add to the agenda, and the coach moves the client’s item up', async () => {
    const agenda = coach.getByTestId('agenda');
    await agenda.getByTestId('agenda-text').fill(COACH_ITEM);
    await agenda.getByTestId('agenda-add').click();
    await agenda.getByTestId('agenda-item').filter({ hasText: COACH_ITEM }).waitFor();

    await client.goto(`/engagements/${engagementId}`);
    const upcoming = client.getByTestId('sessions-upcoming');
    await upcoming.getByTestId('session-item').first().waitFor();
    // The client reads the time on their own clock only.
    expect(await upcoming.getByTestId('session-reader-time').innerText()).toContain('14:00');
    expect(await upcoming.getByTestId('session-client-time').count()).toBe(0);
    await upcoming.getByTestId('session-link').click();
    await client.waitForURL(`**${sessionUrl}`);
    const clientAgenda = client.getByTestId('agenda');
    await clientAgenda.getByTestId('agenda-item').filter({ hasText: COACH_ITEM }).waitFor();
    await clientAgenda.getByTestId('agenda-text').fill(CLIENT_ITEM);
    await clientAgenda.getByTestId('agenda-add').click();
    await clientAgenda.getByTestId('agenda-item').filter({ hasText: CLIENT_ITEM }).waitFor();
    expect(await agendaTexts(client)).toEqual([COACH_ITEM, CLIENT_ITEM]);

    await coach.reload();
    await agenda.getByTestId('agenda-item').filter({ hasText: CLIENT_ITEM }).waitFor();
    await Promise.all([
      coach.waitForResponse((response) => response.url().endsWith('/agenda-items/order') && response.ok()),
      agenda.getByRole('button', { name: `Move up: ${CLIENT_ITEM}` }).click(),
    ]);
    expect(await agendaTexts(coach)).toEqual([CLIENT_ITEM, COACH_ITEM]);
    await coach.reload();
    await agenda.getByTestId('agenda-item').nth(1).waitFor();
    expect(await agendaTexts(coach)).toEqual([CLIENT_ITEM, COACH_ITEM]);
  });

  it('the coach keeps a private note on the session', async () => {
    const panel = coach.getByTestId('coach-private-notes');
    await panel.getByTestId('coach-notes-empty').waitFor();
    await panel.getByTestId('coach-note-text').fill(PRIVATE_NOTE);
    await panel.getByTestId('coach-note-add').click();
    await panel.getByTestId('coach-note-body').getByText(PRIVATE_NOTE).waitFor();
  });

  it('the coach rewords an agenda item and their private note; the client removes the item, and the others close up', async () => {
    const agenda = coach.getByTestId('agenda');
    await agenda.getByTestId('agenda-text').fill(EXTRA_ITEM);
    await agenda.getByTestId('agenda-add').click();
    const extra = agenda.getByTestId('agenda-item').filter({ hasText: EXTRA_ITEM });
    await extra.waitFor();
    await extra.getByRole('button', { name: `Edit: ${EXTRA_ITEM}` }).click();
    const editor = extra.getByTestId('agenda-edit-form');
    expect(await editor.getByTestId('agenda-edit-form-input').inputValue()).toBe(EXTRA_ITEM);
    await editor.getByTestId('agenda-edit-form-input').fill('   ');
    await editor.getByTestId('agenda-edit-form-save').click();
    await editor.getByText('This field is required.').waitFor();
    await editor.getByTestId('agenda-edit-form-input').fill(EXTRA_ITEM_EDITED);
    await screenshot(coach, 'sessions-02a-agenda-edit-en');
    await Promise.all([
      coach.waitForResponse((response) => response.request().method() === 'PATCH' && response.url().includes('/agenda-items/') && response.ok()),
      editor.getByTestId('agenda-edit-form-save').click(),
    ]);
    const edited = agenda.getByTestId('agenda-item').filter({ hasText: EXTRA_ITEM_EDITED });
    await edited.getByTestId('edited-mark').getByText(/^Edited /).waitFor();
    expect(await agendaTexts(coach)).toEqual([CLIENT_ITEM, COACH_ITEM, EXTRA_ITEM_EDITED]);

    const panel = coach.getByTestId('coach-private-notes');
    const note = panel.getByTestId('coach-note').filter({ hasText: PRIVATE_NOTE });
    await note.getByTestId('coach-note-edit').click();
    await note.getByTestId('coach-note-edit-form-input').fill(PRIVATE_NOTE + NOTE_ADDENDUM);
    await note.getByTestId('coach-note-edit-form-save').click();
    await panel.getByTestId('coach-note-body').getByText(PRIVATE_NOTE + NOTE_ADDENDUM).waitFor();
    await panel.getByTestId('coach-note').getByTestId('edited-mark').waitFor();

    // The client removes the item the coach reworded, after confirming; the agenda closes up.
    await client.reload();
    const clientAgenda = client.getByTestId('agenda');
    const toRemove = clientAgenda.getByTestId('agenda-item').filter({ hasText: EXTRA_ITEM_EDITED });
    await toRemove.getByTestId('edited-mark').waitFor();
    await toRemove.getByRole('button', { name: `Remove: ${EXTRA_ITEM_EDITED}` }).click();
    const confirmation = toRemove.getByTestId('agenda-remove-confirmation');
    await confirmation.getByText('Remove this item from the agenda?').waitFor();
    await screenshot(client, 'sessions-02b-agenda-remove-confirm-en');
    await confirmation.getByTestId('agenda-remove-confirmation-confirm').click();
    await toRemove.waitFor({ state: 'detached' });
    expect(await agendaTexts(client)).toEqual([CLIENT_ITEM, COACH_ITEM]);
    const session = await callApi<{ agenda: { text: string; position: number }[] }>(client, 'GET', `/api/v1${sessionUrl}`);
    expect(session.body.agenda.map((item) => [item.text, item.position])).toEqual([
      [CLIENT_ITEM, 0],
      [COACH_ITEM, 1],
    ]);
    expect(await pageText(client)).not.toContain(PRIVATE_NOTE);
  });

  it('the client writes the shared notes; the coach, typing meanwhile, is told and keeps their text', async () => {
    // The coach starts typing on the session as loaded...
    const coachNotes = coach.getByTestId('shared-notes');
    await coachNotes.getByTestId('shared-notes-text').fill(COACH_TYPED);

    // ...while the client writes and saves the notes.
    await client.reload();
    const notes = client.getByTestId('shared-notes');
    await notes.getByTestId('shared-notes-text').fill(CLIENT_NOTES);
    await notes.getByTestId('shared-notes-save').click();
    await notes.getByTestId('shared-notes-state').getByText('Saved').waitFor();

    // The coach's save is refused: they are told, and their text stays where it was.
    await coachNotes.getByTestId('shared-notes-save').click();
    const conflict = coachNotes.getByTestId('shared-notes-conflict');
    await conflict.getByText('Someone else changed the notes').waitFor();
    expect(await coachNotes.getByTestId('shared-notes-text').inputValue()).toBe(COACH_TYPED);
    await screenshot(coach, 'sessions-02-notes-conflict-en');

    await conflict.getByTestId('shared-notes-reload').click();
    await conflict.getByTestId('shared-notes-saved-version').getByText(CLIENT_NOTES).waitFor();
    expect(await coachNotes.getByTestId('shared-notes-text').inputValue()).toBe(COACH_TYPED);
    await conflict.getByTestId('shared-notes-take-saved').click();
    await coachNotes.getByTestId('shared-notes-conflict').waitFor({ state: 'detached' });
    expect(await coachNotes.getByTestId('shared-notes-text').inputValue()).toBe(CLIENT_NOTES);
    await coachNotes.getByTestId('shared-notes-text').fill(`${CLIENT_NOTES}\nDace: the director gets the update on Fridays.`);
    await coachNotes.getByTestId('shared-notes-save').click();
    await coachNotes.getByTestId('shared-notes-state').getByText('Saved').waitFor();

    await client.reload();
    expect(await client.getByTestId('shared-notes-text').inputValue()).toContain('the director gets the update on Fridays');
  });

  it('a commitment is made in the session and the coach marks the session held', async () => {
    const section = coach.getByTestId('session-commitments');
    const form = section.getByTestId('commitment-form');
    await form.getByTestId('commitment-form-text').fill(COMMITMENT);
    await form.getByLabel('Due date').fill(typedInEnglish(rigaDate(7)));
    await form.getByLabel('Due date').press('Escape');
    await form.getByTestId('commitment-form-submit').click();
    const made = section.getByTestId('commitments-made-here').getByTestId('commitment').filter({ hasText: COMMITMENT });
    await made.waitFor();
    expect(await made.getAttribute('data-owner')).toBe('client');
    expect(await made.getAttribute('data-overdue')).toBe('false');
    expect(await made.innerText()).toContain('Owner: Laura Liepa');

    // One of the coach's own, already overdue, set up through the API.
    const own = await callApi(coach, 'POST', `/api/v1${sessionUrl}/commitments`, { text: COACH_COMMITMENT, owner: 'coach', dueOn: rigaDate(-1) });
    expect(own.status).toBe(201);

    // Planned for tomorrow, it has not begun: marking it held is asked about first.
    await coach.getByTestId('session-mark-held').click();
    await coach.getByTestId('session-not-begun').getByText(/^This session begins on \d{1,2} \w+ \d{4} at 16:00\. Mark it as held already\?$/).waitFor();
    expect(await coach.getByTestId('session-header').getByTestId('session-status').getAttribute('data-status')).toBe('planned');
    await coach.getByTestId('session-mark-held-anyway').click();
    await coach.getByTestId('session-header').locator('[data-testid="session-status"][data-status="held"]').waitFor();
    await screenshot(coach, 'sessions-03-coach-session-en');
  });

  it('the client’s page neither shows nor asks for the coach’s private notes', async () => {
    await client.reload();
    await client.getByTestId('session-commitments').getByText(COMMITMENT).waitFor();
    await client.getByTestId('agenda').getByTestId('agenda-item').nth(1).waitFor();
    expect(await client.getByTestId('coach-private-notes').count()).toBe(0);
    // Held: the agenda is no longer reworded or trimmed.
    expect(await client.getByTestId('agenda-edit').count()).toBe(0);
    expect(await client.getByTestId('agenda-remove').count()).toBe(0);
    expect(await pageText(client)).not.toContain(PRIVATE_NOTE);
    expect(await pageText(client)).not.toContain("Coach's private notes");
    expect(coachNoteRequests).toEqual([]);
    await screenshot(client, 'sessions-04-client-session-en');
  });

  it('each home page lists the reader’s own open commitments, overdue marked', async () => {
    await client.goto('/');
    const mine = client.getByTestId('my-commitments');
    await mine.getByTestId('commitment').filter({ hasText: COMMITMENT }).waitFor();
    expect(await mine.getByText(COACH_COMMITMENT).count()).toBe(0);

    await coach.goto('/');
    const coachMine = coach.getByTestId('my-commitments');
    const overdue = coachMine.getByTestId('commitment').filter({ hasText: COACH_COMMITMENT });
    await overdue.waitFor();
    expect(await overdue.getAttribute('data-overdue')).toBe('true');
    await overdue.getByTestId('commitment-overdue').getByText('Overdue').waitFor();
    expect(await coachMine.getByText(COMMITMENT).count()).toBe(0);
    await screenshot(coach, 'sessions-05-coach-home-en');
  });

  it('the client’s journal entry stays private until shared', async () => {
    await client.goto(`/engagements/${engagementId}`);
    const journal = client.getByTestId('journal-section');
    await journal.getByTestId('journal-empty').waitFor();
    await journal.getByTestId('journal-body').fill(JOURNAL);
    await journal.getByTestId('journal-submit').click();
    const entry = journal.getByTestId('journal-entry').filter({ hasText: JOURNAL });
    await entry.waitFor();
    expect(await entry.getAttribute('data-shared')).toBe('false');

    await coach.goto(`/engagements/${engagementId}`);
    const coachJournal = coach.getByTestId('journal-section');
    await coachJournal.getByTestId('journal-empty').waitFor();
    expect(await pageText(coach)).not.toContain(JOURNAL);
    expect(await coachJournal.getByTestId('journal-form').count()).toBe(0);

    await entry.getByTestId('journal-share-toggle').click({ force: true });
    await journal.locator('[data-testid="journal-entry"][data-shared="true"]').waitFor();
    await screenshot(client, 'sessions-06-client-engagement-en');

    // The coach's inbox says so, and its link opens the engagement at the journal.
    await coach.goto('/');
    await coach.getByTestId('inbox').locator('[data-testid="inbox-item"][data-kind="journal_shared"]').getByTestId('inbox-journal').click();
    await coach.waitForURL(`**/engagements/${engagementId}#journal`);
    await coachJournal.getByTestId('journal-entry').filter({ hasText: JOURNAL }).waitFor();
    // Scrolled down to it (a page opened at its top would not be), and in sight.
    await expect
      .poll(() => coachJournal.evaluate((element) => ({ scrolled: window.scrollY > 0, inSight: element.getBoundingClientRect().top < window.innerHeight * 0.6 })))
      .toEqual({ scrolled: true, inSight: true });
    await coach.reload();
    await coachJournal.getByTestId('journal-entry').filter({ hasText: JOURNAL }).waitFor();
    // The engagement page lists the open commitments, overdue ones marked.
    const open = coach.getByTestId('commitments-open');
    await open.getByTestId('commitment').filter({ hasText: COMMITMENT }).waitFor();
    expect(await open.getByTestId('commitment').filter({ hasText: COACH_COMMITMENT }).getAttribute('data-overdue')).toBe('true');
    await coach.getByTestId('sessions-past').getByTestId('session-item').first().waitFor();
    await screenshot(coach, 'sessions-07-coach-engagement-en');
  });

  it('the client rewords the shared entry and deletes another; the coach reads the new words and cannot change them', async () => {
    const journal = client.getByTestId('journal-section');
    await journal.getByTestId('journal-body').fill(JOURNAL_TO_DELETE);
    await journal.getByTestId('journal-submit').click();
    const unwanted = journal.getByTestId('journal-entry').filter({ hasText: JOURNAL_TO_DELETE });
    await unwanted.waitFor();
    await unwanted.getByTestId('journal-delete').click();
    await unwanted.getByTestId('journal-delete-confirmation').getByText(/^Delete this entry for good\?/).waitFor();
    await unwanted.getByTestId('journal-delete-confirmation-confirm').click();
    await unwanted.waitFor({ state: 'detached' });

    const entry = journal.getByTestId('journal-entry').filter({ hasText: JOURNAL });
    await entry.getByTestId('journal-edit').click();
    const editor = entry.getByTestId('journal-edit-form');
    expect(await editor.getByTestId('journal-edit-form-input').inputValue()).toBe(JOURNAL);
    await editor.getByTestId('journal-edit-form-input').fill(JOURNAL + JOURNAL_ADDENDUM);
    await editor.getByTestId('journal-edit-form-save').click();
    await entry.getByTestId('journal-entry-body').getByText(JOURNAL + JOURNAL_ADDENDUM).waitFor();
    await entry.getByTestId('edited-mark').getByText(/^Edited /).waitFor();
    expect(await entry.getAttribute('data-shared')).toBe('true');
    expect(await journal.getByTestId('journal-entry').count()).toBe(1);
    await screenshot(client, 'sessions-07a-journal-edited-en');

    await coach.reload();
    const coachEntry = coach.getByTestId('journal-section').getByTestId('journal-entry').filter({ hasText: JOURNAL + JOURNAL_ADDENDUM });
    await coachEntry.getByTestId('edited-mark').waitFor();
    expect(await coachEntry.getByTestId('journal-edit').count()).toBe(0);
    expect(await coachEntry.getByTestId('journal-delete').count()).toBe(0);
    expect(await pageText(coach)).not.toContain(JOURNAL_TO_DELETE);
  });

  it('the client says which goal an entry is about, and the coach sees it on the shared entry', async () => {
    const drafted = await callApi<{ id: string }>(client, 'POST', `/api/v1/engagements/${engagementId}/goals`, {
      title: JOURNAL_GOAL,
      horizon: 'quarter',
      whyItMatters: 'Fewer late evenings',
      startsOn: rigaDate(-5),
      dueOn: rigaDate(85),
    });
    expect(drafted.status).toBe(201);
    await client.reload();
    const entry = client.getByTestId('journal-section').getByTestId('journal-entry').filter({ hasText: JOURNAL + JOURNAL_ADDENDUM });
    const goal = entry.getByTestId('journal-entry-goal');
    expect(await goal.inputValue()).toBe('');
    await goal.click();
    const saved = client.waitForResponse((response) => response.url().includes('/api/v1/journal/') && response.request().method() === 'PATCH');
    // Offered with its horizon, where goals of every horizon are offered together.
    await client.getByRole('option', { name: `${JOURNAL_GOAL} (90 days)` }).click();
    expect((await saved).status()).toBe(200);
    await client.reload();
    expect(await entry.getByTestId('journal-entry-goal').inputValue()).toBe(`${JOURNAL_GOAL} (90 days)`);
    await screenshot(client, 'sessions-07b-journal-goal-en');

    await coach.reload();
    const coachEntry = coach.getByTestId('journal-section').getByTestId('journal-entry').filter({ hasText: JOURNAL + JOURNAL_ADDENDUM });
    await coachEntry.getByTestId('journal-entry-goal-title').getByText(JOURNAL_GOAL).waitFor();
    expect(await coachEntry.getByTestId('journal-entry-goal').count()).toBe(0);
  });

  it('a second session starts with the open commitment carried over, followed up there', async () => {
    const section = coach.getByTestId('sessions-section');
    await section.getByTestId('plan-session').click();
    const form = coach.getByTestId('plan-session-form');
    await form.getByLabel(/^Date/).fill(typedInEnglish(rigaDate(8)));
    await form.getByLabel(/^Date/).press('Escape');
    // Or picked from the list of half hours the field opens.
    await form.getByLabel('Start time, hours').click();
    await coach.getByRole('button', { name: '09:30' }).click();
    await form.getByTestId('plan-session-submit').click();
    await coach.waitForURL((url) => /\/sessions\/[0-9a-f-]{36}$/.test(url.pathname) && url.pathname !== sessionUrl);
    secondUrl = new URL(coach.url()).pathname;
    await coach.getByTestId('session-header').getByTestId('session-reader-time').getByText(/09:30/).waitFor();

    const carried = coach.getByTestId('agenda').locator('[data-testid="agenda-item"][data-carried="commitment"]');
    await carried.filter({ hasText: COMMITMENT }).waitFor();
    expect(await carried.filter({ hasText: COMMITMENT }).getByTestId('carried-over').textContent()).toBe('Carried over · Commitment');

    const earlier = coach.getByTestId('commitments-from-earlier');
    const toFollowUp = earlier.getByTestId('commitment').filter({ hasText: COMMITMENT });
    await toFollowUp.getByTestId('follow-up-outcome').fill(OUTCOME);
    await toFollowUp.getByTestId('follow-up-done').click();
    const followed = earlier.getByTestId('commitment').filter({ hasText: COMMITMENT }).filter({ has: coach.getByTestId('followed-up-here') });
    await followed.waitFor();
    expect(await followed.getAttribute('data-status')).toBe('done');
    expect(await followed.getByTestId('commitment-follow-up').innerText()).toContain(OUTCOME);
    await screenshot(coach, 'sessions-08-second-session-en');

    // The client's second session, in Latvian.
    await client.goto(secondUrl);
    await client.getByTestId('agenda').getByTestId('agenda-item').first().waitFor();
    await client.getByTestId('language-switch').getByText('LV').click();
    await client.getByRole('heading', { name: 'Darba kārtība', exact: true }).waitFor();
    await client.reload();
    await client.getByRole('heading', { name: 'Kopīgās piezīmes', exact: true }).waitFor();
    await client.getByRole('heading', { name: 'Saistības', exact: true }).waitFor();
    const carriedLv = client.getByTestId('agenda').locator('[data-testid="agenda-item"][data-carried="commitment"]').first();
    expect(await carriedLv.getByTestId('carried-over').textContent()).toBe('Pārnests · Saistības');
    // Planned: a carried-over item may be removed, in Latvian, but keeps its words.
    expect(await carriedLv.getByTestId('agenda-remove').getAttribute('aria-label')).toMatch(/^Noņemt: /);
    expect(await carriedLv.getByTestId('agenda-edit').count()).toBe(0);
    expect(await client.getByTestId('session-title').innerText()).toMatch(/^Sesija — \d{4}\. gada \d{1,2}\. [a-zāčēģīķļņšūž]+$/);
    expect(await client.getByTestId('coach-private-notes').count()).toBe(0);
    expect(await pageText(client)).not.toContain(PRIVATE_NOTE);
    expect(coachNoteRequests).toEqual([]);
    await screenshot(client, 'sessions-09-client-session-lv');
  });

  it('the coach records yesterday’s session, which they forgot to plan: held, with nothing carried over', async () => {
    await coach.goto(`/engagements/${engagementId}`);
    const section = coach.getByTestId('sessions-section');
    await section.getByTestId('plan-session').click();
    const form = coach.getByTestId('plan-session-form');
    await form.getByLabel(/^Date/).fill(typedInEnglish(rigaDate(-1)));
    await form.getByLabel(/^Date/).press('Escape');
    expect(await form.getByTestId('plan-session-past').count()).toBe(0);
    await form.getByLabel('Start time, hours').fill('11');
    await form.getByLabel('Start time, minutes').fill('00');
    // Said before it is sent: a time that has passed is recorded, not planned.
    const past = form.getByTestId('plan-session-past');
    await past.waitFor();
    expect(await past.innerText()).toContain('The session will be recorded as held, with an empty agenda');
    expect(await form.getByTestId('plan-session-submit').innerText()).toBe('Record the session');
    await screenshot(coach, 'sessions-10-record-past-en');
    await form.getByTestId('plan-session-submit').click();

    await coach.waitForURL((url) => /\/sessions\/[0-9a-f-]{36}$/.test(url.pathname) && url.pathname !== sessionUrl);
    const recordedId = new URL(coach.url()).pathname.split('/').pop() ?? '';
    const header = coach.getByTestId('session-header');
    await header.getByTestId('session-reader-time').getByText(/11:00/).waitFor();
    expect(await header.getByTestId('session-status').getAttribute('data-status')).toBe('held');
    // The commitment still open is followed up at the next planned session, not here.
    await coach.getByTestId('agenda-empty').waitFor();
    expect(await coach.getByTestId('agenda').locator('[data-carried]').count()).toBe(0);

    await coach.goto(`/engagements/${engagementId}`);
    const recorded = coach.getByTestId('sessions-past').locator(`[data-session-id="${recordedId}"]`);
    await recorded.waitFor();
    expect(await recorded.getAttribute('data-status')).toBe('held');

    // What was decided yesterday reaches the session already planned: a new commitment joins its
    // agenda, and the article the coach no longer means to share shows as dropped there.
    const made = await callApi(coach, 'POST', `/api/v1/sessions/${recordedId}/commitments`, { text: 'Book the offsite venue' });
    expect(made.status).toBe(201);
    const open = (await callApi<{ items: { id: string; text: string }[] }>(coach, 'GET', `/api/v1/engagements/${engagementId}/commitments?status=open`)).body.items;
    const article = open.find((commitment) => commitment.text === COACH_COMMITMENT);
    expect((await callApi(coach, 'PATCH', `/api/v1/commitments/${article?.id}`, { status: 'dropped', sessionId: recordedId })).status).toBe(200);
    await coach.goto(secondUrl);
    const agenda = coach.getByTestId('agenda');
    await agenda.locator('[data-carried="commitment"]').filter({ hasText: 'Book the offsite venue' }).waitFor();
    const dropped = agenda.locator('[data-carried="commitment"]').filter({ hasText: COACH_COMMITMENT });
    expect(await dropped.getByTestId('carried-commitment-status').innerText()).toBe('DROPPED');
    await screenshot(coach, 'sessions-11-planned-agenda-after-recorded-en');
  });

  it('the client planning a session (in Latvian since the second session) is told the coach sees it on their own clock', async () => {
    await client.goto(`/engagements/${engagementId}`);
    await client.getByTestId('sessions-section').getByTestId('plan-session').click();
    const form = client.getByTestId('plan-session-form');
    await form.waitFor();
    // Latvian names London's zone by the season: Greenwich time in winter, British summer time in summer.
    expect(await form.innerText()).toMatch(/Jūsu laika joslā \((Griničas laiks|Lielbritānijas vasaras laiks)\)\. Dace Kļaviņa to redzēs savā laika joslā\./);
    await form.getByRole('button', { name: 'Atcelt' }).click();
  });

  it('raised no errors in any browser', () => {
    expect(problems.flat()).toEqual([]);
  });
});

describe('the demo sessions, as the demo coach', () => {
  let demo: Page;

  it("reads James's sessions: two held, one planned, with what is carried over and the shared journal only", async () => {
    demo = await person();
    await demo.goto('/signin');
    await demo.getByLabel('Email').fill('coach@demo.tandem.lv');
    await demo.getByLabel(/^Password/).fill('tandem-demo');
    await demo.getByRole('button', { name: 'Sign in' }).click();
    await demo.getByTestId('my-commitments').waitFor();
    await demo.getByTestId('client-name').getByText('James Carter').click();

    const section = demo.getByTestId('sessions-section');
    await section.getByTestId('sessions-past').getByTestId('session-item').nth(1).waitFor();
    expect(await section.getByTestId('sessions-past').getByTestId('session-item').count()).toBe(2);
    expect(await section.getByTestId('sessions-upcoming').getByTestId('session-item').count()).toBe(1);
    const journal = demo.getByTestId('journal-section');
    await journal.getByTestId('journal-entry').filter({ hasText: 'Two people said yes to a proposal' }).waitFor();
    expect(await pageText(demo)).not.toContain('Worried what my manager would say');
    await screenshot(demo, 'sessions-10-demo-engagement-en');

    await section.getByTestId('sessions-upcoming').getByTestId('session-link').click();
    await demo.waitForURL(/\/sessions\/[0-9a-f-]{36}$/);
    await demo.getByTestId('agenda').locator('[data-testid="agenda-item"][data-carried="commitment"]').first().waitFor();
    await demo.getByTestId('agenda').getByText('Pricing the first proposals').waitFor();
    await demo.getByTestId('coach-private-notes').waitFor();
    expect(await demo.getByTestId('session-commitments').getByTestId('follow-up-form').count()).toBeGreaterThan(0);
    await screenshot(demo, 'sessions-11-demo-planned-session-en');

    // Cancelling asks first, naming the day; kept, nothing changes.
    await demo.getByTestId('session-cancel').click();
    const confirmation = demo.getByTestId('session-cancel-confirmation');
    expect(await confirmation.innerText()).toMatch(
      /^Cancel the session on \d{1,2} \w+ \d{4} at \d{2}:\d{2}\? Both of you will see it as cancelled; James Carter is told in their inbox and by email\./,
    );
    await demo.getByTestId('session-cancel-keep').click();
    await confirmation.waitFor({ state: 'detached' });
    await demo.getByTestId('session-mark-held').waitFor();
    await demo.getByTestId('session-cancel').click();
    await demo.getByTestId('session-cancel-confirm').click();
    await demo.getByTestId('session-replan').waitFor();
    expect(await demo.getByTestId('session-cancelled-note').innerText()).toMatch(/^You cancelled this session on \d{1,2} \w+ \d{4}\.$/);
    const cancelledUrl = demo.url();
    // Back on the engagement, the session cancelled ahead of its day is in a group of its own, not among the past ones.
    await demo.goBack();
    await section.getByTestId('sessions-cancelled').getByTestId('session-item').waitFor();
    expect(await section.getByTestId('sessions-past').getByTestId('session-item').count()).toBe(2);
    await section.getByTestId('sessions-none-upcoming').waitFor();

    // James is told in his inbox, with who cancelled which session; it leaves when he marks it seen.
    const james = await person();
    await james.goto('/signin');
    await james.getByLabel('Email').fill('james@demo.tandem.lv');
    await james.getByLabel(/^Password/).fill('tandem-demo');
    await james.getByRole('button', { name: 'Sign in' }).click();
    const told = james.getByTestId('inbox').locator('[data-testid="inbox-item"][data-kind="session_cancelled"]');
    await told.waitFor();
    expect(await told.getByTestId('inbox-headline').innerText()).toBe('Session cancelled');
    await told.getByText(/^.+ cancelled the session planned for \d{1,2} \w+ \d{4} at \d{2}:\d{2}\.$/).waitFor();
    await screenshot(james, 'sessions-12-demo-client-told-of-cancelling-en');
    await told.getByTestId('inbox-session').click();
    await james.waitForURL(cancelledUrl);
    // Only the one who cancelled puts it back: James is told so, and is offered no button for it.
    expect(await james.getByTestId('session-cancelled-note').innerText()).toMatch(
      /^.+ cancelled this session on \d{1,2} \w+ \d{4}\. Only they can put it back; to meet after all, plan a new session\.$/,
    );
    expect(await james.getByTestId('session-replan').count()).toBe(0);
    // Its shared notes are read, not written, while it stays cancelled.
    expect(await james.getByTestId('shared-notes-closed').innerText()).toBe('The session was cancelled: its notes stay as they were.');
    expect(await james.getByTestId('shared-notes-text').count()).toBe(0);
    await james.goBack();
    await told.getByRole('button', { name: /^Mark seen: the session cancelled for \d{1,2} \w+ \d{4}$/ }).click();
    await told.waitFor({ state: 'detached' });
  });

  it('raised no errors in the demo browser', () => {
    expect(problems.flat()).toEqual([]);
  });
});
