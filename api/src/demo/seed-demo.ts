import { fakePstnTrunkDetails } from '@switchboard/telephony';
import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  DestinationType,
  destinationRef,
  AgentGroup,
  AgentPhoneType,
  AgentProfile,
  CampaignType,
  InboundRoute,
  OutboundRoute,
  RetryOutcome,
  RetryRule,
  Trunk,
  Campaign,
  CampaignAgent,
  CampaignState,
  Contact,
  ContactDatabase,
  DispositionOption,
  DispositionType,
  Form,
  FormField,
  Pause,
  Role,
  User,
  hashPassword,
} from '@switchboard/schema';
import {
  DEMO_INBOUND_DID,
  DEMO_PASSWORD,
  demoCampaigns,
  demoDialerContacts,
  demoContacts,
  demoDispositions,
  demoForm,
  demoGroup,
  demoPauses,
  demoUsers,
} from './demo-data.js';

async function seedUsers(em: EntityManager, group: AgentGroup): Promise<User[]> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users: User[] = [];
  for (const [index, spec] of demoUsers.entries()) {
    const user = em.create(User, {
      username: spec.username,
      firstName: spec.firstName,
      lastName: spec.lastName,
      passwordHash,
      role: await em.findOneOrFail(Role, { builtIn: spec.role }),
    } as User);
    if (spec.role === 'AGENT') {
      user.agentProfile = em.create(AgentProfile, {
        user,
        group,
        sipExtension: 1000 + index,
        sipSecret: randomBytes(18).toString('base64url'),
        phoneType: 'console' in spec && spec.console ? AgentPhoneType.WEBRTC : AgentPhoneType.SIP,
      } as AgentProfile);
    }
    users.push(user);
  }
  return users;
}

function seedForm(em: EntityManager): Form {
  const form = em.create(Form, { name: demoForm.name, description: demoForm.description } as Form);
  demoForm.fields.forEach((field, position) =>
    form.fields.add(em.create(FormField, { ...field, form, position, options: field.options ?? [] } as FormField)),
  );
  return form;
}

function seedContacts(em: EntityManager): ContactDatabase {
  const rows = demoContacts();
  const database = em.create(ContactDatabase, {
    name: 'Demo customers',
    columns: Object.keys(rows[0]!),
    phoneColumns: ['phone', 'mobile'],
    externalIdColumn: 'customer_id',
    contactCount: rows.length,
  } as ContactDatabase);
  for (const row of rows) {
    em.create(Contact, { database, phone: row.phone, externalId: row.customer_id, data: row } as never);
  }
  return database;
}

function seedDialerContacts(em: EntityManager): ContactDatabase {
  const rows = demoDialerContacts();
  const database = em.create(ContactDatabase, {
    name: 'Collections',
    columns: Object.keys(rows[0]!),
    phoneColumns: ['phone'],
    externalIdColumn: null,
    contactCount: rows.length,
  } as ContactDatabase);
  for (const row of rows) em.create(Contact, { database, phone: row.phone, data: row } as never);
  return database;
}

/** A trunk to the fake PSTN (the loopback carrier Asterisk itself plays) and a route for every number. */
function seedRoute(em: EntityManager, pstnPort: number): OutboundRoute {
  const trunk = em.create(Trunk, {
    name: 'fake-carrier',
    maxChannels: 30,
    sipDetails: fakePstnTrunkDetails(pstnPort),
  } as Trunk);
  em.persist(trunk);
  return em.create(OutboundRoute, {
    name: 'Everything to the fake carrier',
    position: 0,
    ringSeconds: 25,
    dialOptions: '',
    patterns: [{ prefix: null, prepend: null, pattern: 'X.' }],
    trunkIds: [trunk.id],
  } as OutboundRoute);
}

/** What makes the dialer campaign run by itself: its own list, a route, AMD and retry rules. */
function configureDialer(em: EntityManager, campaign: Campaign, route: OutboundRoute): void {
  campaign.contactDatabase = seedDialerContacts(em);
  campaign.outboundRoute = route;
  campaign.outboundCallerId = '5556001';
  Object.assign(campaign.queue, { amdEnabled: true, autoUnpauseSeconds: 3, autoAttend: true, maxChannels: 12 });
  em.create(RetryRule, { campaign, outcome: RetryOutcome.BUSY, retryAfterSeconds: 60, maxAttempts: 3 } as RetryRule);
  em.create(RetryRule, {
    campaign,
    outcome: RetryOutcome.NO_ANSWER,
    retryAfterSeconds: 120,
    maxAttempts: 2,
  } as RetryRule);
}

/**
 * Seeds the demo contact center once: users, a group of five agents, pauses, a form, a
 * contact database and one active campaign of each type with dispositions. Returns false
 * when the demo was already there.
 */
export async function seedDemo(em: EntityManager, options: { pstnPort?: number } = {}): Promise<boolean> {
  if (await em.count(User, { username: 'admin' })) return false;
  await em.transactional(async (tx) => {
    const group = tx.create(AgentGroup, demoGroup as AgentGroup);
    demoPauses.forEach((pause) => tx.create(Pause, pause as Pause));
    const users = await seedUsers(tx, group);
    const supervisor = users.find((user) => user.username === 'supervisor')!;
    const agents = users.filter((user) => user.agentProfile);
    const form = seedForm(tx);
    const database = seedContacts(tx);
    const route = seedRoute(tx, options.pstnPort ?? 15061);
    for (const spec of demoCampaigns) {
      const campaign = tx.create(Campaign, {
        name: spec.name,
        type: spec.type,
        state: CampaignState.ACTIVE,
        contactDatabase: spec.withDatabase ? database : null,
        speech: `Hello, I am calling from Switchboard about ${spec.name.toLowerCase()}.`,
        objective: 20,
      } as Campaign);
      campaign.supervisors.add(supervisor);
      campaign.outboundRoute = route;
      if (spec.type === CampaignType.DIALER) configureDialer(tx, campaign, route);
      if (spec.type === CampaignType.INBOUND)
        tx.create(InboundRoute, {
          name: `${spec.name} (${DEMO_INBOUND_DID})`,
          did: DEMO_INBOUND_DID,
          destination: destinationRef(DestinationType.CAMPAIGN, campaign.id),
        } as InboundRoute);
      agents.forEach((agent) =>
        tx.create(CampaignAgent, { campaign, agent: agent.agentProfile!, penalty: 0 } as CampaignAgent),
      );
      demoDispositions.forEach((option, position) =>
        tx.create(DispositionOption, {
          ...option,
          campaign,
          position,
          form: option.type === DispositionType.ENGAGED ? form : null,
        } as DispositionOption),
      );
    }
  });
  return true;
}
