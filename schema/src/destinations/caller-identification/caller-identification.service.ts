import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CrudService } from '../../common/crud.service.js';
import { invalidInput } from '../../common/domain-error.js';
import { containsPattern } from '../../common/filters.js';
import { findContactsByPhone } from '../../contacts/phone-index/find-contacts-by-phone.js';
import { Permission } from '../../auth/permission.js';
import { AudioService } from '../../audio/audio.service.js';
import { registerAudioUse } from '../../audio/audio-usage.js';
import { Contact } from '../../contacts/contact.entity.js';
import { ContactDatabase } from '../../contacts/contact-database.entity.js';
import { notifyingTelephonyChanges } from '../../telephony/telephony.notifier.js';
import { destinationGraph, registerDestinationNode, registerDestinationSource } from '../destination-graph.js';
import { destinationRef, type DestinationRef } from '../destination-ref.embeddable.js';
import { DestinationType } from '../destination-type.js';
import {
  CallerIdentification,
  CallerIdentificationInteraction,
  CallerIdentificationSource,
} from './caller-identification.entity.js';
import type {
  CallerIdentificationFilter,
  CreateCallerIdentificationInput,
  UpdateCallerIdentificationInput,
} from './caller-identification.inputs.js';

const NODE = DestinationType.CALLER_IDENTIFICATION;

registerDestinationNode(NODE, async (em, id) => (await em.count(CallerIdentification, { id })) > 0, {
  label: 'Caller identification',
});

const refsOf = (node: CallerIdentification): DestinationRef[] => [
  node.identifiedDestination,
  node.notIdentifiedDestination,
];

registerDestinationSource({
  ownerType: NODE,
  edges: async (em) =>
    (await em.find(CallerIdentification, {})).flatMap((node) =>
      refsOf(node).map((to) => ({ from: { type: NODE, id: node.id }, to })),
    ),
});

registerAudioUse('caller identification', async (em, audioId) => {
  const nodes = await em.find(CallerIdentification, { promptAudioId: audioId }, { orderBy: { name: 'asc' } });
  return nodes.map((node) => `Caller identification ${node.name}`);
});

const copy = (ref: DestinationRef) => destinationRef(ref.type, ref.id);

function isHttpUrl(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

/** The settings must make a node that can run: a CRM to ask when it asks one, a prompt when it asks the caller. */
async function checkNode(em: EntityManager, node: CallerIdentification, id: string | null): Promise<void> {
  const asksCrm = node.interaction !== CallerIdentificationInteraction.NONE;
  if (asksCrm && !node.crmUrl) throw invalidInput('crmUrl', `is required when interaction is ${node.interaction}`);
  if (node.crmUrl && !isHttpUrl(node.crmUrl)) throw invalidInput('crmUrl', 'must be an http or https URL');
  if (node.source === CallerIdentificationSource.DTMF && !node.promptAudioId) {
    throw invalidInput('promptAudioId', 'is required when the caller keys in the id (DTMF)');
  }
  await AudioService.assertExists(em, node.promptAudioId);
  if (node.contactDatabaseId && (await em.count(ContactDatabase, { id: node.contactDatabaseId })) === 0) {
    throw invalidInput('contactDatabaseId', 'is not a contact database');
  }
  await destinationGraph.assertValid(em, { type: NODE, id }, refsOf(node));
}

type Settable = Omit<UpdateCallerIdentificationInput, 'identifiedDestination' | 'notIdentifiedDestination'>;
const NULLABLE = new Set(['crmUrl', 'promptAudioId', 'expectedLength', 'contactDatabaseId']);

function apply(node: CallerIdentification, input: Settable): void {
  for (const [key, value] of Object.entries(input) as [keyof Settable, unknown][]) {
    if (value === undefined || (value === null && !NULLABLE.has(key))) continue;
    (node as unknown as Record<string, unknown>)[key] = value;
  }
}

export const callerIdentificationService = new CrudService<
  CallerIdentification,
  CreateCallerIdentificationInput,
  UpdateCallerIdentificationInput,
  CallerIdentificationFilter
>({
  entity: CallerIdentification,
  label: 'Caller identification',
  read: [Permission.TELEPHONY_READ, Permission.TELEPHONY_MANAGE],
  manage: Permission.TELEPHONY_MANAGE,
  where: (filter) => {
    const where: FilterQuery<CallerIdentification>[] = [];
    if (filter.nameContains) where.push({ name: { $ilike: containsPattern(filter.nameContains) } });
    return { $and: where };
  },
  create: async ({ em }, input) => {
    const node = Object.assign(new CallerIdentification(), {
      source: CallerIdentificationSource.DTMF,
      crmTimeoutSeconds: 10,
      inputTimeoutSeconds: 5,
      attempts: 1,
    });
    const { identifiedDestination, notIdentifiedDestination, ...settings } = input;
    apply(node, settings);
    node.identifiedDestination = copy(identifiedDestination);
    node.notIdentifiedDestination = copy(notIdentifiedDestination);
    await checkNode(em, node, null);
    return node;
  },
  update: async ({ em }, node, input) => {
    const { identifiedDestination, notIdentifiedDestination, ...settings } = input;
    apply(node, settings);
    if (identifiedDestination) node.identifiedDestination = copy(identifiedDestination);
    if (notIdentifiedDestination) node.notIdentifiedDestination = copy(notIdentifiedDestination);
    await checkNode(em, node, node.id);
  },
  beforeDelete: ({ em }, node) => destinationGraph.assertUnreferenced(em, { type: NODE, id: node.id }),
});
// Each node is a dialplan context: workers/telephony-config regenerates on a change.
notifyingTelephonyChanges(callerIdentificationService, 'callerIdentification');

/**
 * The contact an identified caller is, in the node's contact database: the row whose external
 * id is the id keyed in, or (CALLER_NUMBER) the oldest with the caller's number in a phone
 * column. Runs for the platform (FastAGI); the agent then sees it through the usual rules.
 */
export async function findIdentifiedContact(
  em: EntityManager,
  node: Pick<CallerIdentification, 'contactDatabaseId' | 'source'>,
  identification: string,
): Promise<string | null> {
  if (!node.contactDatabaseId || !identification) return null;
  if (node.source === CallerIdentificationSource.DTMF) {
    const contact = await em.findOne(Contact, { database: node.contactDatabaseId, externalId: identification });
    return contact?.id ?? null;
  }
  // Through the phone index: this runs before the caller is queued.
  const [contactId] = await findContactsByPhone(em, {
    databaseId: node.contactDatabaseId,
    phone: identification,
    limit: 1,
  });
  return contactId ?? null;
}
