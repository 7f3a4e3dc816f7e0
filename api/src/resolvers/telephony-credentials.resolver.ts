import { Arg, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { AgentProfile, Permission, PhoneAccount, rotateSipCredentials } from '@switchboard/schema';
import { webphoneSettings } from '@switchboard/telephony';
import { domain, type GraphQLContext } from '../graphql/context.js';
import { apiTelephonyConfig } from './telephony-credentials.settings.js';

@ObjectType({ description: "The caller's own webphone account (JsSIP: ws servers, uri, password)." })
export class SipCredentials {
  @Field(() => String, { description: 'SIP username: the extension.' })
  username!: string;

  @Field(() => String, { description: 'SIP password. Only ever handed to its owner.' })
  password!: string;

  @Field(() => String, { description: 'The WebSocket to register over, e.g. ws://127.0.0.1:8088/ws.' })
  wsUrl!: string;

  @Field(() => String, { description: 'SIP domain of the account: sip:<username>@<domain>.' })
  domain!: string;

  @Field(() => String)
  uri!: string;
}

@Resolver()
export class TelephonyCredentialsResolver {
  @Query(() => SipCredentials, {
    nullable: true,
    description:
      'Your own webphone credentials, for agents and supervisors; null when you have no phone. ' +
      "Nobody can read another user's.",
  })
  async mySipCredentials(@Ctx() context: GraphQLContext): Promise<SipCredentials | null> {
    const { viewer, em } = domain(context);
    viewer.requireAny(Permission.AGENT_CONSOLE, Permission.SUPERVISION);
    // sipSecret is hidden from serialization; read it straight from the row. An agent's phone is
    // its profile's; a supervisor's is its phone account (phone-account.service.ts).
    const phone = viewer.agentId
      ? await em.findOne(AgentProfile, { id: viewer.agentId }, { fields: ['sipExtension', 'sipSecret'] })
      : await em.findOne(PhoneAccount, { user: viewer.userId }, { fields: ['sipExtension', 'sipSecret'] });
    if (!phone) return null;
    const { wsUrl, domain: sipDomain } = webphoneSettings(apiTelephonyConfig());
    const username = String(phone.sipExtension);
    return { username, password: phone.sipSecret, wsUrl, domain: sipDomain, uri: `sip:${username}@${sipDomain}` };
  }

  @Mutation(() => Boolean, {
    description:
      "Gives the user's phone a new SIP secret (yours, or a user's you may manage); the old one stops " +
      'registering once the configuration is applied. Read the new one with mySipCredentials.',
  })
  rotateSipCredentials(@Arg('userId', () => ID) userId: string, @Ctx() context: GraphQLContext): Promise<boolean> {
    return rotateSipCredentials(domain(context), userId);
  }
}
