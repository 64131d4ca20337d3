import type { Locale } from '../locale.ts';
import type { EmailText } from '../security/password-reset.ts';

/**
 * The email that brings a stakeholder their question, in the language of the request: the same
 * words their page opens with (whose first name asks, that the coach sees the answer too, that
 * the link works once and until when). `validUntil` is a date already written in that language.
 */
export function feedbackRequestEmail(
  locale: Locale,
  input: { stakeholderName: string; clientFirstName: string; question: string; link: string; validUntil: string },
): EmailText {
  const { stakeholderName, clientFirstName: name, question, link, validUntil } = input;
  if (locale === 'lv') {
    return {
      subject: `${name} lūdz jūsu atsauksmi`,
      text: [
        `Sveiki, ${stakeholderName}!`,
        '',
        `${name} kopā ar kouču strādā pie mērķa un vēlas uzzināt jūsu viedokli. Ir tikai viens jautājums:`,
        '',
        `„${question}”`,
        '',
        'Atbildēt var šeit, bez konta; tas aizņems minūti:',
        '',
        link,
        '',
        `Jūsu atbildi redzēs tikai ${name} un koučs. Atbildēt var vienu reizi; saites derīguma termiņš: ${validUntil}.`,
        '',
        'Ja šo jautājumu negaidījāt, neņemiet šo e-pastu vērā: bez atbildes nekas netiks nosūtīts, un saite pēc termiņa vairs nedarbosies.',
      ].join('\n'),
    };
  }
  return {
    subject: `${name} would value your feedback`,
    text: [
      `Hello ${stakeholderName},`,
      '',
      `${name} is working on a goal with a coach and would like to hear how you see it. There is one question:`,
      '',
      `“${question}”`,
      '',
      'You can answer here, without an account; it takes a minute:',
      '',
      link,
      '',
      `Only ${name} and the coach see your answer. You can answer once, until ${validUntil}.`,
      '',
      'If you did not expect this question, you can ignore this email: nothing is sent without your answer, and the link stops working after that day.',
    ].join('\n'),
  };
}
