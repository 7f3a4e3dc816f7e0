// Shared by the administration specs (not shipped: only specs import it).
import { SwitchboardError } from '@/api';
import { DestinationNodesDocument, type DestinationNodesQuery } from '@/generated/graphql';
import { FakeApi } from '@/testing/fake-api';

export const destinationNodes: DestinationNodesQuery = {
  campaigns: { nodes: [{ id: 'camp-1', name: 'Sales' }] },
  ivrs: { nodes: [{ id: 'ivr-1', name: 'Main menu' }] },
  timeConditions: { nodes: [{ id: 'tc-1', name: 'Office hours' }] },
  callerIdentifications: { nodes: [] },
  customDestinations: { nodes: [{ id: 'cd-1', name: 'Legacy PBX' }] },
};

/** A FakeApi that already answers the destination directory. */
export function adminApi(): FakeApi {
  return new FakeApi().on(DestinationNodesDocument, destinationNodes);
}

/** A refusal as the SDK raises it: `extensions.code`, `reason`, `details`, English message. */
export function refusal(code: string, reason: string, details?: Record<string, unknown>): SwitchboardError {
  return new SwitchboardError('the server says no (in English)', code, reason, details, undefined);
}

/** The variables of the last request to the named operation. */
export function variablesOf(api: FakeApi, name: string): unknown {
  return api.requests.filter((request) => request.name === name).at(-1)?.variables;
}
