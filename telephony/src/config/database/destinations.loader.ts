import type { EntityManager } from '@mikro-orm/core';
import { CustomDestination, CustomDialplan, Ivr, TimeCondition, type DestinationRef } from '@switchboard/schema';
import type { DestinationModel } from './destination-dialplan.js';
import type { CustomDestinationModel, IvrModel, TimeConditionModel } from './telephony-model.js';

const plain = (ref: DestinationRef): DestinationModel => ({ type: ref.type, id: ref.id });

/** The destination nodes that are dialplan contexts, in a stable order (the files' digest). */
export async function loadTimeConditions(em: EntityManager): Promise<TimeConditionModel[]> {
  const conditions = await em.find(TimeCondition, {}, { orderBy: { id: 'asc' } });
  return conditions.map((condition) => ({
    id: condition.id,
    match: plain(condition.matchDestination),
    otherwise: plain(condition.otherwiseDestination),
  }));
}

export async function loadIvrs(em: EntityManager): Promise<IvrModel[]> {
  const ivrs = await em.find(Ivr, {}, { orderBy: { id: 'asc' } });
  return ivrs.map((ivr) => ({
    id: ivr.id,
    mainAudioId: ivr.mainAudioId,
    timeoutSeconds: ivr.timeoutSeconds,
    timeoutRetries: ivr.timeoutRetries,
    timeoutAudioId: ivr.timeoutAudioId,
    timeoutDestination: plain(ivr.timeoutDestination),
    invalidRetries: ivr.invalidRetries,
    invalidAudioId: ivr.invalidAudioId,
    invalidDestination: plain(ivr.invalidDestination),
    options: ivr.options.map((option) => ({ digit: option.digit, destination: plain(option.destination) })),
  }));
}

export async function loadCustomDestinations(em: EntityManager): Promise<CustomDestinationModel[]> {
  const customs = await em.find(CustomDestination, {}, { orderBy: { id: 'asc' } });
  return customs.map((custom) => ({
    id: custom.id,
    context: custom.context,
    extension: custom.extension,
    priority: custom.priority,
    failover: plain(custom.failoverDestination),
  }));
}

export async function loadCustomDialplan(em: EntityManager): Promise<string> {
  return (await em.findOne(CustomDialplan, { singleton: true }))?.content ?? '';
}
