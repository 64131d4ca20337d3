import type { Locale } from '../locale.ts';
import type { EmailText } from '../security/password-reset.ts';

/**
 * The emails that tell the two people a hand-over concerns (decision 031): the client, that their
 * coaching goes on with another coach of the practice and that what they share goes along; and
 * the coach who takes the client over, whom from. The former coach's private notes go to nobody,
 * and the client is told so.
 */
export function handedOverEmail(
  locale: Locale,
  input: { to: 'client' | 'coach'; recipientName: string; clientName: string; newCoachName: string; handedOverByName: string; link: string },
): EmailText {
  const { recipientName, clientName, newCoachName, handedOverByName: by, link } = input;
  if (locale === 'lv') {
    if (input.to === 'client') {
      return {
        subject: `Jūsu jaunais koučs: ${newCoachName}`,
        text: [
          `Sveiki, ${recipientName}!`,
          '',
          `Jūsu koučings Tandem turpinās ar kouču ${newCoachName}. Šo maiņu veica ${by}.`,
          '',
          'Jūsu mērķi, progress, sesijas, saistības un ar kouču kopīgotie dienasgrāmatas ieraksti paliek un ir redzami jaunajam koučam. Iepriekšējā kouča privātās piezīmes netiek nodotas nevienam; jūsu privātā dienasgrāmata paliek tikai jūsu.',
          '',
          link,
        ].join('\n'),
      };
    }
    return {
      subject: `Jums nodots klients: ${clientName}`,
      text: [
        `Sveiki, ${recipientName}!`,
        '',
        `${by} nodeva jums klientu ${clientName}.`,
        '',
        'Klienta mērķi, progress, sesijas, saistības un ar kouču kopīgotie ieraksti tagad ir redzami jums. Iepriekšējā kouča privātās piezīmes netiek nodotas.',
        '',
        link,
      ].join('\n'),
    };
  }
  if (input.to === 'client') {
    return {
      subject: `Your coach is now ${newCoachName}`,
      text: [
        `Hello ${recipientName},`,
        '',
        `Your coaching in Tandem goes on with ${newCoachName}. ${by} made the change.`,
        '',
        'Your goals, progress, sessions, commitments and the journal entries you shared with your coach stay, and your new coach sees them. Your former coach’s private notes go to nobody; your private journal stays yours alone.',
        '',
        link,
      ].join('\n'),
    };
  }
  return {
    subject: `A client handed over to you: ${clientName}`,
    text: [
      `Hello ${recipientName},`,
      '',
      `${by} handed ${clientName} over to you.`,
      '',
      'Their goals, progress, sessions, commitments and the journal entries they shared with their coach are yours to see now. The former coach’s private notes are not handed over.',
      '',
      link,
    ].join('\n'),
  };
}
