import { describe, expect, it } from 'vitest';
import { goalClosedEmail, handedOverEmail } from './index.ts';

describe('goalClosedEmail', () => {
  const input = { recipientName: 'Ilze Ozola', closedByName: 'Marta Kalniņa', goalTitle: 'Deliver 5 talks', link: 'https://tandem.example/goals/g' };

  it('tells the other side who dropped which goal, not why, with the link', () => {
    const email = goalClosedEmail('en', { ...input, outcome: 'dropped' });
    expect(email.subject).toBe('Goal dropped: “Deliver 5 talks”');
    expect(email.text.split('\n')).toEqual(
      expect.arrayContaining(['Hello Ilze Ozola,', 'Marta Kalniņa dropped the goal “Deliver 5 talks”.', 'https://tandem.example/goals/g']),
    );
  });

  it('and who marked which goal achieved, in Latvian too', () => {
    expect(goalClosedEmail('en', { ...input, outcome: 'achieved' }).text).toContain('Marta Kalniņa marked the goal “Deliver 5 talks” achieved.');
    const latvian = goalClosedEmail('lv', { ...input, goalTitle: 'Nolasīt 5 prezentācijas', outcome: 'achieved' });
    expect(latvian.subject).toBe('Mērķis sasniegts: „Nolasīt 5 prezentācijas”');
    expect(latvian.text).toContain('Marta Kalniņa atzīmēja mērķi „Nolasīt 5 prezentācijas” kā sasniegtu.');
    expect(goalClosedEmail('lv', { ...input, outcome: 'dropped' }).text).toContain('Marta Kalniņa atteicās no mērķa „Deliver 5 talks”.');
  });
});

describe('handedOverEmail', () => {
  const input = { clientName: 'Marta Kalniņa', newCoachName: 'Pēteris Bērziņš', handedOverByName: 'Ilze Ozola', link: 'https://tandem.example/' };

  it('tells the client who coaches them now, what goes along and that private notes go to nobody', () => {
    const email = handedOverEmail('en', { ...input, to: 'client', recipientName: 'Marta Kalniņa' });
    expect(email.subject).toBe('Your coach is now Pēteris Bērziņš');
    expect(email.text).toContain('Your coaching in Tandem goes on with Pēteris Bērziņš. Ilze Ozola made the change.');
    expect(email.text).toContain('Your former coach’s private notes go to nobody; your private journal stays yours alone.');
    expect(handedOverEmail('lv', { ...input, to: 'client', recipientName: 'Marta Kalniņa' }).subject).toBe('Jūsu jaunais koučs: Pēteris Bērziņš');
  });

  it('tells the coach who takes the client over whom from', () => {
    const email = handedOverEmail('en', { ...input, to: 'coach', recipientName: 'Pēteris Bērziņš' });
    expect(email.subject).toBe('A client handed over to you: Marta Kalniņa');
    expect(email.text).toContain('Ilze Ozola handed Marta Kalniņa over to you.');
    expect(handedOverEmail('lv', { ...input, to: 'coach', recipientName: 'Pēteris Bērziņš' }).text).toContain('Ilze Ozola nodeva jums klientu Marta Kalniņa.');
  });
});
