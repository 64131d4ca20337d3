import type { Locale } from '../locale.ts';
import type { EmailText } from '../security/password-reset.ts';

/**
 * The email that tells one side of an engagement that the other closed a goal on their own:
 * marked it achieved, or dropped it (from its page or at a review). Either side may close a goal
 * without the other's agreement, so the other hears of it at once rather than at the next look at
 * the goals. It names the goal, not why: the reason stays in Tandem, behind the link.
 */
export function goalClosedEmail(
  locale: Locale,
  input: { recipientName: string; closedByName: string; goalTitle: string; outcome: 'achieved' | 'dropped'; link: string },
): EmailText {
  const { recipientName, closedByName: by, goalTitle, outcome, link } = input;
  if (locale === 'lv') {
    const title = `„${goalTitle}”`;
    return {
      subject: outcome === 'achieved' ? `Mērķis sasniegts: ${title}` : `Mērķis atmests: ${title}`,
      text: [
        `Sveiki, ${recipientName}!`,
        '',
        outcome === 'achieved' ? `${by} atzīmēja mērķi ${title} kā sasniegtu.` : `${by} atteicās no mērķa ${title}.`,
        '',
        outcome === 'achieved'
          ? 'Mērķis, tā vēsture un tas, kā pie tā nonācāt, ir šeit:'
          : 'Mērķa vēsture paliek. Kāpēc no tā atteicās un kas notiek ar tam pakārtotajiem mērķiem, var apspriest nākamajā sesijā:',
        '',
        link,
      ].join('\n'),
    };
  }
  const title = `“${goalTitle}”`;
  return {
    subject: outcome === 'achieved' ? `Goal achieved: ${title}` : `Goal dropped: ${title}`,
    text: [
      `Hello ${recipientName},`,
      '',
      outcome === 'achieved' ? `${by} marked the goal ${title} achieved.` : `${by} dropped the goal ${title}.`,
      '',
      outcome === 'achieved'
        ? 'The goal, its history and how it was reached are here:'
        : 'Its history stays. Why it was dropped, and what becomes of the goals under it, are worth a word at your next session:',
      '',
      link,
    ].join('\n'),
  };
}
