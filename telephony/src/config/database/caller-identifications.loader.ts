import type { EntityManager } from '@mikro-orm/core';
import { CallerIdentification } from '@switchboard/schema';
import type { CallerIdentificationModel } from './caller-identifications-dialplan.js';

/** Caller identification nodes, in a stable order (the files' digest). */
export async function loadCallerIdentifications(em: EntityManager): Promise<CallerIdentificationModel[]> {
  const nodes = await em.find(CallerIdentification, {}, { orderBy: { id: 'asc' } });
  return nodes.map((node) => ({
    id: node.id,
    source: node.source,
    promptAudioId: node.promptAudioId,
    expectedLength: node.expectedLength,
    inputTimeoutSeconds: node.inputTimeoutSeconds,
    attempts: node.attempts,
    identified: { type: node.identifiedDestination.type, id: node.identifiedDestination.id },
    notIdentified: { type: node.notIdentifiedDestination.type, id: node.notIdentifiedDestination.id },
  }));
}
