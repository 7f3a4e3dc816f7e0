import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  AgentGroup,
  AgentProfile,
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
  DEMO_PASSWORD,
  demoCampaigns,
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

/**
 * Seeds the demo contact center once: users, a group of five agents, pauses, a form, a
 * contact database and one active campaign of each type with dispositions. Returns false
 * when the demo was already there.
 */
export async function seedDemo(em: EntityManager): Promise<boolean> {
  if (await em.count(User, { username: 'admin' })) return false;
  await em.transactional(async (tx) => {
    const group = tx.create(AgentGroup, demoGroup as AgentGroup);
    demoPauses.forEach((pause) => tx.create(Pause, pause as Pause));
    const users = await seedUsers(tx, group);
    const supervisor = users.find((user) => user.username === 'supervisor')!;
    const agents = users.filter((user) => user.agentProfile);
    const form = seedForm(tx);
    const database = seedContacts(tx);
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
