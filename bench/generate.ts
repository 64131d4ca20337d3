// Builds the practice the benchmark measures against, through the HTTP API only (the same path
// a coach and their clients take): a coach signs up, invites clients, and each client accepts.

export type SignedInClient = { cookie: string; engagementId: string };

export type Practice = { coachCookie: string; clients: SignedInClient[] };

export type GenerateOptions = {
  /** How many clients the coach invites, each accepting into an engagement of their own. */
  clients: number;
  /** Called after each client has joined, e.g. to draw a progress line. */
  onProgress?: (joined: number, total: number) => void;
};

// Sign-up and acceptance hash passwords with argon2id: that, not the API, is why generating
// takes a few seconds.
const PASSWORD = 'bench password 1234';
const SESSION_COOKIE = 'tandem_session';

export async function generatePractice(baseUrl: string, options: GenerateOptions): Promise<Practice> {
  const runId = Math.random().toString(36).slice(2, 8);
  const signedUp = await send(baseUrl, 'POST', '/api/v1/auth/signup', {
    body: { name: 'Bench Coach', email: `coach.${runId}@bench.test`, password: PASSWORD, practiceName: 'Bench Practice' },
    expect: 201,
  });
  const coachCookie = readSessionCookie(signedUp);

  const clients: SignedInClient[] = [];
  for (let index = 1; index <= options.clients; index += 1) {
    clients.push(await inviteAndAccept(baseUrl, coachCookie, `client.${index}.${runId}@bench.test`, `Client ${index}`));
    options.onProgress?.(index, options.clients);
  }
  return { coachCookie, clients };
}

async function inviteAndAccept(baseUrl: string, coachCookie: string, email: string, name: string): Promise<SignedInClient> {
  const invited = await send(baseUrl, 'POST', '/api/v1/engagements', {
    body: { clientName: name, clientEmail: email },
    cookie: coachCookie,
    expect: 201,
  });
  const invitation = await readJson(invited);
  const engagementId = readString(invitation, 'id');
  const token = readString(invitation, 'inviteUrl').split('/').pop() ?? '';

  const accepted = await send(baseUrl, 'POST', `/api/v1/invitations/${token}/accept`, {
    body: { name, password: PASSWORD },
    expect: 201,
  });
  return { cookie: readSessionCookie(accepted), engagementId };
}

export type GeneratedGoal = { goalId: string; engagementId: string; cookie: string };

/**
 * Gives every client `perClient` goals through the API (1,000 for 50 clients and 20 each): each
 * client drafts them and proposes them; the first of each client's goals is agreed by the coach
 * too (active) and given a metric, so it can take check-ins.
 */
export async function generateGoals(
  baseUrl: string,
  practice: Practice,
  perClient: number,
  onProgress?: (done: number, total: number) => void,
): Promise<{ goals: GeneratedGoal[]; active: (GeneratedGoal & { metricId: string })[] }> {
  const goals: GeneratedGoal[] = [];
  const active: (GeneratedGoal & { metricId: string })[] = [];
  const total = practice.clients.length * perClient;
  await Promise.all(
    practice.clients.map(async (client) => {
      for (let index = 0; index < perClient; index += 1) {
        const drafted = await readJson(
          await send(baseUrl, 'POST', `/api/v1/engagements/${client.engagementId}/goals`, {
            body: {
              title: `Deliver ${index + 2} company presentations over the next 3 months`,
              horizon: 'quarter',
              whyItMatters: 'To lead the product team within two years',
              startsOn: '2026-01-05',
              dueOn: '2026-04-03',
            },
            cookie: client.cookie,
            expect: 201,
          }),
        );
        const goalId = readString(drafted, 'id');
        const revisionId = readString(drafted.pendingRevision as Record<string, unknown>, 'id');
        await send(baseUrl, 'POST', `/api/v1/goals/${goalId}/agreements`, { body: { revisionId, decision: 'agree' }, cookie: client.cookie, expect: 201 });
        const goal = { goalId, engagementId: client.engagementId, cookie: client.cookie };
        goals.push(goal);
        if (index === 0) {
          await send(baseUrl, 'POST', `/api/v1/goals/${goalId}/agreements`, { body: { revisionId, decision: 'agree' }, cookie: practice.coachCookie, expect: 201 });
          const metric = await readJson(
            await send(baseUrl, 'POST', `/api/v1/goals/${goalId}/metrics`, {
              body: { name: 'Presentations', kind: 'number', baseline: 0, baselineOn: '2026-01-05', target: 5 },
              cookie: client.cookie,
              expect: 201,
            }),
          );
          active.push({ ...goal, metricId: readString(metric, 'id') });
        }
        onProgress?.(goals.length, total);
      }
    }),
  );
  return { goals, active };
}

type SendOptions = { body?: unknown; cookie?: string; expect: number };

async function send(baseUrl: string, method: string, path: string, options: SendOptions): Promise<Response> {
  // No Origin header: the server refuses unsafe requests that name a foreign one.
  const headers: Record<string, string> = {};
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.cookie) headers.cookie = options.cookie;
  const response = await fetch(baseUrl + path, {
    method,
    headers,
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  if (response.status !== options.expect) {
    throw new Error(`${method} ${path} answered ${response.status}, expected ${options.expect}: ${await response.text()}`);
  }
  return response;
}

function readSessionCookie(response: Response): string {
  const pair = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0] ?? '')
    .find((candidate) => candidate.startsWith(`${SESSION_COOKIE}=`));
  if (!pair) throw new Error(`${response.url} set no ${SESSION_COOKIE} cookie`);
  return pair;
}

async function readJson(response: Response): Promise<Record<string, unknown>> {
  const body: unknown = await response.json();
  if (typeof body !== 'object' || body === null) throw new Error(`${response.url} answered a non-object body`);
  return body as Record<string, unknown>;
}

function readString(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (typeof value !== 'string') throw new Error(`Expected a string in "${field}", got ${JSON.stringify(value)}`);
  return value;
}
