// Starts bench/server.ts in a process of its own and talks to it over the IPC channel.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export type ChildServer = { url: string; pid: number | undefined; memory(): Promise<NodeJS.MemoryUsage>; close(): Promise<void> };

type Message = { url?: string; memory?: NodeJS.MemoryUsage };

export async function startChildServer(env: Record<string, string>): Promise<ChildServer> {
  // The child inherits this process's flags, so it runs TypeScript through tsx as the bench does.
  const child = fork(fileURLToPath(new URL('./server.ts', import.meta.url)), [], { env: { ...process.env, ...env } });
  const next = () =>
    new Promise<Message>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`the bench's server process ended (exit code ${code})`));
      child.once('exit', onExit);
      child.once('message', (message: Message) => {
        child.off('exit', onExit);
        resolve(message);
      });
    });
  const { url } = await next();
  if (!url) throw new Error("the bench's server process did not say where it listens");
  return {
    url,
    pid: child.pid,
    async memory() {
      const answer = next();
      child.send('memory');
      const { memory } = await answer;
      if (!memory) throw new Error("the bench's server process did not report its memory");
      return memory;
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
