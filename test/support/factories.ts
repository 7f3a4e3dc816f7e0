import { randomUUID } from 'node:crypto';
import { AgentGroup, AgentProfile, BuiltInRole, Role, User, hashPassword, type Orm } from '@switchboard/schema';
import { graphql, ok } from './graphql-client.js';

export const PASSWORD = 'Correct-Horse-Battery-42';

export function unique(prefix: string): string {
  return `${prefix}_${randomUUID().slice(0, 8)}`;
}

let passwordHash: Promise<string> | undefined;

export interface TestUser {
  user: User;
  username: string;
  password: string;
}

/** A user with a built-in role written straight to the database (to bootstrap API tests). */
export async function createUser(
  orm: Orm,
  builtIn: BuiltInRole,
  options: { group?: AgentGroup } = {},
): Promise<TestUser> {
  passwordHash ??= hashPassword(PASSWORD);
  const em = orm.em.fork();
  const user = new User();
  user.username = unique(builtIn.toLowerCase());
  user.role = await em.findOneOrFail(Role, { builtIn });
  user.passwordHash = await passwordHash;
  em.persist(user);
  if (builtIn === BuiltInRole.AGENT) {
    const group = options.group ?? em.create(AgentGroup, { name: unique('group') } as AgentGroup);
    const profile = new AgentProfile();
    profile.user = user;
    profile.group = group;
    profile.sipExtension = 10_000 + Math.floor(Math.random() * 9_000_000);
    profile.sipSecret = randomUUID();
    user.agentProfile = profile;
    em.persist(profile);
  }
  await em.flush();
  return { user, username: user.username, password: PASSWORD };
}

export async function login(url: string, username: string, password = PASSWORD): Promise<string> {
  const result = await graphql<{ login: { token: string } }>(
    url,
    'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    { u: username, p: password },
  );
  return ok(result).login.token;
}

/** A logged-in user of a built-in role: its token and its row. */
export async function loggedIn(orm: Orm, url: string, builtIn: BuiltInRole, options: { group?: AgentGroup } = {}) {
  const created = await createUser(orm, builtIn, options);
  return { ...created, token: await login(url, created.username) };
}
