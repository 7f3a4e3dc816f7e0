import type { NonEmptyArray } from 'type-graphql';
import { AuthResolver } from '../resolvers/auth.resolver.js';
import { UserResolver } from '../resolvers/user.resolver.js';
import { RoleResolver } from '../resolvers/role.resolver.js';
import { AgentGroupResolver } from '../resolvers/agent-group.resolver.js';
import { PauseResolver } from '../resolvers/pause.resolver.js';
import { CampaignEventsResolver } from '../resolvers/campaign-events.resolver.js';

/** Every resolver of the API, listed once. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  UserResolver,
  RoleResolver,
  AgentGroupResolver,
  PauseResolver,
  CampaignEventsResolver,
];
