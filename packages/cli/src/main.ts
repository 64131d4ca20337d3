// The `tandem` command: ops commands (serve, migrate, seed-demo) run the server's code in this
// process; user commands (login, whoami, engagements...) talk to a Tandem server over its API.
import { createContext } from './context.ts';
import { describeFailure } from './errors.ts';
import { detectLocale, messagesFor } from './i18n/index.ts';
import { buildProgram } from './program.ts';

const locale = detectLocale(process.env);
const t = messagesFor(locale);
const ctx = createContext(t, locale, process.env);

try {
  await buildProgram(ctx).parseAsync(process.argv);
} catch (error) {
  const failure = describeFailure(error, t, Boolean(process.env.TANDEM_DEBUG));
  for (const line of failure.lines) ctx.note(line);
  process.exitCode = failure.exitCode;
}
