import {
  AgentProfile,
  BuiltInRole,
  Campaign,
  CampaignAgent,
  CampaignState,
  CampaignType,
  Contact,
  ContactDatabase,
  DispositionOption,
  DispositionType,
  Form,
  FormField,
  FormFieldType,
  User,
  type Orm,
} from '@switchboard/schema';
import { loggedIn, unique } from './factories.js';
import { graphql, type GraphQLResult } from './graphql-client.js';

/*
 * Configuration the contacts, forms, dispositions and callbacks tests need, written straight to
 * the database: campaigns and disposition options belong to the campaigns domain and its API.
 */

export const COLUMNS = ['phone', 'mobile', 'name', 'surname', 'customer_id', 'salary'];

export async function createDatabase(
  orm: Orm,
  options: {
    columns?: string[];
    phoneColumns?: string[];
    externalIdColumn?: string | null;
    /** Who created it, and so reaches it without a campaign; none by default (CAMPAIGNS_ALL only). */
    createdBy?: { id: string };
  } = {},
): Promise<ContactDatabase> {
  const em = orm.em.fork();
  const database = new ContactDatabase();
  database.name = unique('contacts');
  database.createdBy = options.createdBy ? em.getReference(User, options.createdBy.id) : null;
  database.columns = options.columns ?? COLUMNS;
  database.phoneColumns = options.phoneColumns ?? ['phone', 'mobile'];
  database.externalIdColumn = options.externalIdColumn === undefined ? 'customer_id' : options.externalIdColumn;
  await em.persist(database).flush();
  return database;
}

let nextPhone = 4_000_000 + Math.floor(Math.random() * 1_000_000);

export function newPhone(): string {
  nextPhone += 1;
  return `+54911${nextPhone}`;
}

/** A contact as createContact would store it (phones already normalized). */
export async function addContact(orm: Orm, database: ContactDatabase, data: Record<string, string> = {}) {
  const em = orm.em.fork();
  const contact = new Contact();
  contact.database = em.getReference(ContactDatabase, database.id);
  contact.data = { phone: newPhone(), name: 'Terence', surname: 'McKenna', ...data };
  contact.phone = contact.data[database.phoneColumns[0]!]!;
  contact.externalId = database.externalIdColumn ? (contact.data[database.externalIdColumn] ?? null) : null;
  em.persist(contact);
  await em.flush();
  await em.nativeUpdate(
    ContactDatabase,
    { id: database.id },
    { contactCount: await em.count(Contact, { database: database.id }) },
  );
  return contact;
}

export interface CampaignSetup {
  type?: CampaignType;
  database?: ContactDatabase | null;
  hidden?: string[];
  blocked?: string[];
  /** Users with an agent profile. */
  agents?: User[];
  supervisors?: User[];
  state?: CampaignState;
}

export async function createCampaign(orm: Orm, setup: CampaignSetup = {}): Promise<Campaign> {
  const em = orm.em.fork();
  const campaign = new Campaign();
  campaign.name = unique('campaign');
  campaign.type = setup.type ?? CampaignType.MANUAL;
  campaign.state = setup.state ?? CampaignState.ACTIVE;
  campaign.contactDatabase = setup.database ? em.getReference(ContactDatabase, setup.database.id) : null;
  campaign.hiddenContactFields = setup.hidden ?? [];
  campaign.blockedContactFields = setup.blocked ?? [];
  for (const user of setup.supervisors ?? []) campaign.supervisors.add(em.getReference(User, user.id));
  for (const user of setup.agents ?? []) {
    const assignment = new CampaignAgent();
    assignment.campaign = campaign;
    assignment.agent = em.getReference(AgentProfile, user.agentProfile!.id);
    em.persist(assignment);
  }
  await em.persist(campaign).flush();
  return campaign;
}

export type FieldSpec = Pick<FormField, 'name' | 'type'> & Partial<Pick<FormField, 'required' | 'options' | 'label'>>;

export const SURVEY_FIELDS: FieldSpec[] = [
  { name: 'comments', type: FormFieldType.TEXT },
  { name: 'details', type: FormFieldType.TEXTAREA },
  { name: 'visit_date', type: FormFieldType.DATE, required: true },
  { name: 'satisfaction', type: FormFieldType.LIST, required: true, options: ['Unsatisfied', 'Neutral', 'Satisfied'] },
  { name: 'quantity', type: FormFieldType.NUMBER },
];

export async function createFormWith(orm: Orm, fields: FieldSpec[] = SURVEY_FIELDS): Promise<Form> {
  const em = orm.em.fork();
  const form = new Form();
  form.name = unique('form');
  fields.forEach((spec, position) => {
    const field = Object.assign(new FormField(), { label: spec.name, required: false, options: [], ...spec, position });
    field.form = form;
    form.fields.add(field);
  });
  await em.persist(form).flush();
  return form;
}

export async function createOption(
  orm: Orm,
  campaign: Campaign,
  options: { type?: DispositionType; form?: { id: string } | null; hidden?: boolean; name?: string } = {},
): Promise<DispositionOption> {
  const em = orm.em.fork();
  const option = new DispositionOption();
  option.name = options.name ?? unique('option');
  option.type = options.type ?? DispositionType.NO_ACTION;
  option.campaign = em.getReference(Campaign, campaign.id);
  option.form = options.form ? em.getReference(Form, options.form.id) : null;
  option.hidden = options.hidden ?? false;
  await em.persist(option).flush();
  return option;
}

/** A time `minutes` from now, as the API takes it. */
export function inMinutes(minutes: number): string {
  return new Date(Date.now() + minutes * 60_000).toISOString();
}

/** GraphQL calls as one user. */
export function caller(url: string, token: string) {
  return <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T>> =>
    graphql<T>(url, query, variables, token);
}

/** A campaign with an agent, a contact, and one option of each type (ENGAGED with a survey form). */
export async function dispositionScenario(orm: Orm, url: string, options: { hidden?: string[] } = {}) {
  const agent = await loggedIn(orm, url, BuiltInRole.AGENT);
  const supervisor = await loggedIn(orm, url, BuiltInRole.SUPERVISOR);
  const database = await createDatabase(orm);
  const campaign = await createCampaign(orm, {
    database,
    agents: [agent.user],
    supervisors: [supervisor.user],
    hidden: options.hidden ?? [],
  });
  const contact = await addContact(orm, database, { salary: '90000', customer_id: 'C-77' });
  const noAction = await createOption(orm, campaign, { name: 'Busy later' });
  const engaged = await createOption(orm, campaign, {
    name: 'Survey',
    type: DispositionType.ENGAGED,
    form: await createFormWith(orm),
  });
  const callback = await createOption(orm, campaign, { name: 'Call back', type: DispositionType.CALLBACK });
  return {
    agent,
    supervisor,
    database,
    campaign,
    contact,
    options: { noAction, engaged, callback },
    asAgent: caller(url, agent.token),
    asSupervisor: caller(url, supervisor.token),
  };
}
