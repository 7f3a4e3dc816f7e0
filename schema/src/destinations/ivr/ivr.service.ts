import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CrudService } from '../../common/crud.service.js';
import { invalidInput } from '../../common/domain-error.js';
import { containsPattern } from '../../common/filters.js';
import { Permission } from '../../auth/permission.js';
import { AudioService } from '../../audio/audio.service.js';
import { registerAudioUse } from '../../audio/audio-usage.js';
import { notifyingTelephonyChanges } from '../../telephony/telephony.notifier.js';
import { destinationGraph, registerDestinationNode, registerDestinationSource } from '../destination-graph.js';
import { destinationRef, type DestinationRef } from '../destination-ref.embeddable.js';
import { DestinationType } from '../destination-type.js';
import { Ivr, IvrOption } from './ivr.entity.js';
import type { CreateIvrInput, IvrFilter, UpdateIvrInput } from './ivr.inputs.js';

registerDestinationNode(DestinationType.IVR, async (em, id) => (await em.count(Ivr, { id })) > 0, { label: 'IVR' });

const refsOf = (ivr: Ivr): DestinationRef[] => [
  ivr.timeoutDestination,
  ivr.invalidDestination,
  ...ivr.options.map((option) => option.destination),
];

registerDestinationSource({
  ownerType: DestinationType.IVR,
  edges: async (em) =>
    (await em.find(Ivr, {})).flatMap((ivr) =>
      refsOf(ivr).map((to) => ({ from: { type: DestinationType.IVR, id: ivr.id }, to })),
    ),
});

registerAudioUse('IVR', async (em, audioId) => {
  const ivrs = await em.find(
    Ivr,
    { $or: [{ mainAudioId: audioId }, { timeoutAudioId: audioId }, { invalidAudioId: audioId }] },
    { orderBy: { name: 'asc' } },
  );
  return ivrs.map((ivr) => `IVR ${ivr.name}`);
});

const copy = (ref: DestinationRef) => destinationRef(ref.type, ref.id);

function checkedOptions(options: readonly IvrOption[]): IvrOption[] {
  const seen = new Set<string>();
  return options.map((option, index) => {
    if (seen.has(option.digit)) throw invalidInput(`options[${index}].digit`, `${option.digit} is used twice`);
    seen.add(option.digit);
    return Object.assign(new IvrOption(), { digit: option.digit, destination: copy(option.destination) });
  });
}

async function checkAudios(em: EntityManager, ivr: Ivr): Promise<void> {
  for (const id of [ivr.mainAudioId, ivr.timeoutAudioId, ivr.invalidAudioId]) await AudioService.assertExists(em, id);
}

/** Audios exist, destinations exist and lead nowhere back to this IVR. */
async function checkIvr(em: EntityManager, ivr: Ivr, id: string | null): Promise<void> {
  await checkAudios(em, ivr);
  await destinationGraph.assertValid(em, { type: DestinationType.IVR, id }, refsOf(ivr));
}

export const ivrService = new CrudService<Ivr, CreateIvrInput, UpdateIvrInput, IvrFilter>({
  entity: Ivr,
  label: 'IVR',
  read: [Permission.TELEPHONY_READ, Permission.TELEPHONY_MANAGE],
  manage: Permission.TELEPHONY_MANAGE,
  where: (filter) => {
    const where: FilterQuery<Ivr>[] = [];
    if (filter.nameContains) where.push({ name: { $ilike: containsPattern(filter.nameContains) } });
    return { $and: where };
  },
  create: async ({ em }, input) => {
    const ivr = new Ivr();
    ivr.name = input.name;
    ivr.mainAudioId = input.mainAudioId;
    ivr.timeoutSeconds = input.timeoutSeconds ?? 5;
    ivr.timeoutRetries = input.timeoutRetries ?? 2;
    ivr.timeoutAudioId = input.timeoutAudioId ?? null;
    ivr.timeoutDestination = copy(input.timeoutDestination);
    ivr.invalidRetries = input.invalidRetries ?? 2;
    ivr.invalidAudioId = input.invalidAudioId ?? null;
    ivr.invalidDestination = copy(input.invalidDestination);
    ivr.options = checkedOptions(input.options);
    await checkIvr(em, ivr, null);
    return ivr;
  },
  update: async ({ em }, ivr, input) => {
    if (input.name !== undefined && input.name !== null) ivr.name = input.name;
    if (input.mainAudioId) ivr.mainAudioId = input.mainAudioId;
    if (input.timeoutSeconds !== undefined && input.timeoutSeconds !== null) ivr.timeoutSeconds = input.timeoutSeconds;
    if (input.timeoutRetries !== undefined && input.timeoutRetries !== null) ivr.timeoutRetries = input.timeoutRetries;
    if (input.timeoutAudioId !== undefined) ivr.timeoutAudioId = input.timeoutAudioId;
    if (input.timeoutDestination) ivr.timeoutDestination = copy(input.timeoutDestination);
    if (input.invalidRetries !== undefined && input.invalidRetries !== null) ivr.invalidRetries = input.invalidRetries;
    if (input.invalidAudioId !== undefined) ivr.invalidAudioId = input.invalidAudioId;
    if (input.invalidDestination) ivr.invalidDestination = copy(input.invalidDestination);
    if (input.options) ivr.options = checkedOptions(input.options);
    await checkIvr(em, ivr, ivr.id);
  },
  beforeDelete: ({ em }, ivr) => destinationGraph.assertUnreferenced(em, { type: DestinationType.IVR, id: ivr.id }),
});
// Each IVR is a dialplan context: workers/telephony-config regenerates on a change.
notifyingTelephonyChanges(ivrService, 'ivr');
