import { computed, shallowRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { DestinationNodesDocument, type DestinationInput, type DestinationType } from '@/generated/graphql';
import { useAction } from './useAction';
import { useRequester } from './useRequester';

export interface DestinationNode {
  id: string;
  name: string;
}

/** The destination types in the order the picker offers them. */
export const DESTINATION_TYPES: readonly DestinationType[] = [
  'CAMPAIGN',
  'IVR',
  'TIME_CONDITION',
  'CALLER_IDENTIFICATION',
  'CUSTOM',
  'HANGUP',
];

export type DestinationNodes = Record<DestinationType, DestinationNode[]>;

const empty = (): DestinationNodes => ({
  CAMPAIGN: [],
  IVR: [],
  TIME_CONDITION: [],
  CALLER_IDENTIFICATION: [],
  CUSTOM: [],
  HANGUP: [],
});

/**
 * Every node a call can be sent to, by type (inbound campaigns, IVRs, time conditions, caller
 * identifications, custom destinations), read in one request per screen: the picker offers
 * them and the lists name a destination by them.
 */
export function useDestinationDirectory() {
  const api = useRequester();
  const { t, te } = useI18n();
  const nodes = shallowRef<DestinationNodes>(empty());

  const load = useAction(async () => {
    const data = await api.request(DestinationNodesDocument);
    nodes.value = {
      CAMPAIGN: data.campaigns.nodes,
      IVR: data.ivrs.nodes,
      TIME_CONDITION: data.timeConditions.nodes,
      CALLER_IDENTIFICATION: data.callerIdentifications.nodes,
      CUSTOM: data.customDestinations.nodes,
      HANGUP: [],
    };
  });

  const names = computed(
    () =>
      new Map(DESTINATION_TYPES.flatMap((type) => nodes.value[type].map((node) => [`${type}:${node.id}`, node.name]))),
  );

  /** "IVR: Main menu"; a node the directory does not hold (deleted meanwhile) by its type alone. */
  function describe(destination: { type: DestinationType; id?: string | null } | null | undefined): string {
    if (!destination) return '';
    const type = t(`admin.destination.type.${destination.type}`);
    if (destination.type === 'HANGUP') return type;
    const name = names.value.get(`${destination.type}:${destination.id}`);
    return name ? `${type}: ${name}` : `${type}: ${t('admin.destination.unknown')}`;
  }

  /**
   * What a DESTINATION_IN_USE refusal says still sends calls to the node (`details.usedBy`), by
   * name where the directory knows it: "IVR: Main menu", "Inbound route".
   */
  function usersOf(error: unknown): string[] {
    const usedBy = (error as { details?: { usedBy?: unknown } } | null)?.details?.usedBy;
    if (!Array.isArray(usedBy)) return [];
    const described = usedBy.map((user: { type?: string; id?: string }) => {
      const type = String(user?.type ?? '');
      if ((DESTINATION_TYPES as readonly string[]).includes(type)) {
        return describe({ type: type as DestinationType, id: user.id ?? null });
      }
      const owner = `admin.destination.owner.${type}`;
      return te(owner) ? t(owner) : t('admin.destination.owner.other');
    });
    return [...new Set(described)];
  }

  return { nodes, load, describe, usersOf };
}

export type DestinationDirectory = ReturnType<typeof useDestinationDirectory>;

/** A form's copy of a stored destination, or `fallback` for a new one. */
export function destinationDraft(
  destination: { type: DestinationType; id?: string | null } | null | undefined,
  fallback: DestinationType,
): { type: DestinationType; id: string | null } {
  return { type: destination?.type ?? fallback, id: destination?.id ?? null };
}

/** A destination as the API takes it: HANGUP without an id. */
export function destinationInput(destination: { type: DestinationType; id?: string | null }): DestinationInput {
  return destination.type === 'HANGUP' ? { type: 'HANGUP' } : { type: destination.type, id: destination.id ?? null };
}
