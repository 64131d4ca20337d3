import type { Locale } from '../locale.ts';
import type { EmailText } from '../security/password-reset.ts';

/**
 * The email that tells one side of an engagement that the other cancelled a session, in the
 * reader's language: who cancelled, which session (`day` and `when`, already written in that
 * language and on the reader's clock), that nothing else changed, and where the session is.
 */
export function sessionCancelledEmail(
  locale: Locale,
  input: { recipientName: string; cancelledByName: string; day: string; when: string; link: string },
): EmailText {
  const { recipientName, cancelledByName: by, day, when, link } = input;
  if (locale === 'lv') {
    return {
      subject: `Sesija atcelta: ${day}`,
      text: [
        `Sveiki, ${recipientName}!`,
        '',
        `${by} atcēla jūsu koučinga sesiju. Tā bija paredzēta: ${when}.`,
        '',
        'Nekas cits nav mainījies: jūsu mērķi, piezīmes un saistības paliek, kā bija. Sesija un tās darba kārtība ir šeit:',
        '',
        link,
        '',
        'Lai vienotos par citu laiku, ieplānojiet Tandem jaunu sesiju.',
      ].join('\n'),
    };
  }
  return {
    subject: `Session cancelled: ${day}`,
    text: [
      `Hello ${recipientName},`,
      '',
      `${by} cancelled your coaching session of ${when}.`,
      '',
      'Nothing else has changed: your goals, notes and commitments stay as they were. The session and its agenda are here:',
      '',
      link,
      '',
      'To find another time, plan a new session in Tandem.',
    ].join('\n'),
  };
}
