import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The text of an .eml as a person reads it: quoted-printable soft breaks and escapes undone. */
function readableText(eml: string): string {
  if (!/^Content-Transfer-Encoding: quoted-printable$/im.test(eml)) return eml;
  const bytes = eml.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/**
 * The newest email to `to` in the server's outbox whose text holds `link` (emails go after the
 * answer, so it waits for one to arrive): its readable text, and the link itself.
 */
export async function emailWithLink(outboxDir: string, to: string, link: RegExp): Promise<{ text: string; link: string }> {
  for (let tries = 0; tries < 100; tries += 1) {
    const names = (await readdir(outboxDir).catch(() => [])).filter((name) => name.endsWith(`-${to}.eml`)).sort();
    const newest = names.at(-1);
    if (newest) {
      const text = readableText(await readFile(join(outboxDir, newest), 'utf8'));
      const found = link.exec(text)?.[0];
      if (found) return { text, link: found };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no email to ${to} with a link in ${outboxDir}`);
}
