import { describe, expect, it } from 'vitest';
import { invitationEmail } from './invitation.ts';

const LINK = 'https://tandem.example/invite/abcdefghijklmnop';
const client = { role: 'client', inviteeName: 'Marta Kalniņa', inviterName: 'Ilze Ozola', practiceName: 'Ozola Coaching', coachName: null, link: LINK } as const;
const coach = { ...client, role: 'coach', inviteeName: 'Andris Kalniņš' } as const;

describe('invitationEmail', () => {
  it.each([
    {
      locale: 'en',
      input: { ...client, validUntil: '18 May 2026' },
      subject: 'Ilze Ozola invites you to Tandem',
      lines: [
        'Hello Marta Kalniņa,',
        'Ilze Ozola of Ozola Coaching invites you to work together in Tandem. Tandem is where you and your coach agree on goals and see them through.',
        'The link works once, until 18 May 2026. If it no longer works, ask your coach for a new one.',
        'If you did not expect this invitation, you can ignore this email: nothing is set up until the invitation is accepted.',
      ],
    },
    {
      locale: 'lv',
      input: { ...client, validUntil: '2026. gada 18. maijs' },
      subject: 'Ilze Ozola aicina jūs pievienoties Tandem',
      lines: [
        'Sveiki, Marta Kalniņa!',
        'Ilze Ozola no prakses „Ozola Coaching” aicina jūs sadarboties Tandem vidē. Tandem ir vieta, kur jūs kopā ar kouču vienojaties par mērķiem un tos sasniedzat.',
        'Saiti var izmantot vienu reizi; tās derīguma termiņš: 2026. gada 18. maijs. Ja tā vairs nedarbojas, palūdziet koučam jaunu.',
        'Ja šo uzaicinājumu negaidījāt, neņemiet šo e-pastu vērā: kamēr uzaicinājums nav pieņemts, nekas netiek izveidots.',
      ],
    },
    {
      locale: 'en',
      input: { ...coach, validUntil: '18 May 2026' },
      subject: 'Ilze Ozola invites you to join Ozola Coaching',
      lines: [
        'Hello Andris Kalniņš,',
        'Ilze Ozola invites you to coach clients in Ozola Coaching, on Tandem. Tandem is where a coach and a client agree on goals and see them through.',
        'The link works once, until 18 May 2026. If it no longer works, ask Ilze Ozola for a new one.',
      ],
    },
    {
      locale: 'lv',
      input: { ...coach, validUntil: '2026. gada 18. maijs' },
      subject: 'Ilze Ozola aicina jūs pievienoties praksei „Ozola Coaching”',
      lines: [
        'Sveiki, Andris Kalniņš!',
        'Ilze Ozola aicina jūs koučot klientus praksē „Ozola Coaching” Tandem vidē. Tandem ir vieta, kur koučs un klients kopā vienojas par mērķiem un tos sasniedz.',
        'Saiti var izmantot vienu reizi; tās derīguma termiņš: 2026. gada 18. maijs. Ja tā vairs nedarbojas, palūdziet prakses īpašniekam jaunu.',
      ],
    },
  ] as const)('a $input.role in $locale: who invites, what Tandem is, the link, once and until when', ({ locale, input, subject, lines }) => {
    const email = invitationEmail(locale, input);
    expect(email.subject).toBe(subject);
    const text = email.text.split('\n');
    for (const line of [...lines, LINK]) expect(text).toContain(line);
  });

  it.each([
    ['en', 'Your coach will be Andris Kalniņš.'],
    ['lv', 'Jūsu koučs būs Andris Kalniņš.'],
  ] as const)('names the client’s coach in %s when someone else made the link', (locale, sentence) => {
    const email = invitationEmail(locale, { ...client, inviterName: 'Olga Ozoliņa', coachName: 'Andris Kalniņš', validUntil: 'x' });
    expect(email.text).toContain(sentence);
    expect(invitationEmail(locale, { ...client, validUntil: 'x' }).text).not.toContain('Andris');
  });
});
