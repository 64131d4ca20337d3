import type { Locale } from '../locale.ts';
import type { EmailText } from '../security/password-reset.ts';

/**
 * The email that brings an invited client or coach their link, in the inviter's language: who
 * invites them and from which practice (with the client's coach, when someone else made the link),
 * what Tandem is for, and that the link works once and until when. `validUntil` is a date already
 * written in that language.
 */
export function invitationEmail(
  locale: Locale,
  input: {
    role: 'client' | 'coach';
    inviteeName: string;
    inviterName: string;
    practiceName: string;
    /** The client's coach when the link was made by someone else (the practice's owner); otherwise null. */
    coachName: string | null;
    link: string;
    validUntil: string;
  },
): EmailText {
  const { role, inviteeName, inviterName: inviter, practiceName: practice, coachName, link, validUntil } = input;
  if (locale === 'lv') {
    return {
      subject: role === 'coach' ? `${inviter} aicina jūs pievienoties praksei „${practice}”` : `${inviter} aicina jūs pievienoties Tandem`,
      text: [
        `Sveiki, ${inviteeName}!`,
        '',
        role === 'coach'
          ? `${inviter} aicina jūs koučot klientus praksē „${practice}” Tandem vidē. Tandem ir vieta, kur koučs un klients kopā vienojas par mērķiem un tos sasniedz.`
          : `${inviter} no prakses „${practice}” aicina jūs sadarboties Tandem vidē.${coachName ? ` Jūsu koučs būs ${coachName}.` : ''} Tandem ir vieta, kur jūs kopā ar kouču vienojaties par mērķiem un tos sasniedzat.`,
        '',
        'Lai pieņemtu uzaicinājumu, atveriet šo saiti:',
        '',
        link,
        '',
        `Saiti var izmantot vienu reizi; tās derīguma termiņš: ${validUntil}. Ja tā vairs nedarbojas, palūdziet ${role === 'coach' ? 'prakses īpašniekam' : 'koučam'} jaunu.`,
        '',
        'Ja šo uzaicinājumu negaidījāt, neņemiet šo e-pastu vērā: kamēr uzaicinājums nav pieņemts, nekas netiek izveidots.',
      ].join('\n'),
    };
  }
  return {
    subject: role === 'coach' ? `${inviter} invites you to join ${practice}` : `${inviter} invites you to Tandem`,
    text: [
      `Hello ${inviteeName},`,
      '',
      role === 'coach'
        ? `${inviter} invites you to coach clients in ${practice}, on Tandem. Tandem is where a coach and a client agree on goals and see them through.`
        : `${inviter} of ${practice} invites you to work together in Tandem.${coachName ? ` Your coach will be ${coachName}.` : ''} Tandem is where you and your coach agree on goals and see them through.`,
      '',
      'Open this link to accept the invitation:',
      '',
      link,
      '',
      `The link works once, until ${validUntil}. If it no longer works, ask ${role === 'coach' ? inviter : 'your coach'} for a new one.`,
      '',
      'If you did not expect this invitation, you can ignore this email: nothing is set up until the invitation is accepted.',
    ].join('\n'),
  };
}
