import { ref } from 'vue';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useAction } from './useAction';
import { useRequester } from './useRequester';

/**
 * The agent's calls today. The server's `myCalls` is being added in parallel: until it is in the
 * schema, the operation lives in operations/my-calls.graphql.pending and is typed by hand here.
 */
export interface MyCall {
  callId: string;
  startedAt: string;
  direction: string;
  phone: string | null;
  campaign: { id: string; name: string } | null;
  contactId: string | null;
  durationSeconds: number | null;
  outcome: string | null;
}

// operations/my-calls.graphql.pending, parsed (no GraphQL parser shipped for one pending query).
const MyCallsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyCalls' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          directives: [],
        },
      ],
      directives: [],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myCalls' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
            ],
            directives: [],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  arguments: [],
                  directives: [],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'callId' }, arguments: [], directives: [] },
                      { kind: 'Field', name: { kind: 'Name', value: 'startedAt' }, arguments: [], directives: [] },
                      { kind: 'Field', name: { kind: 'Name', value: 'direction' }, arguments: [], directives: [] },
                      { kind: 'Field', name: { kind: 'Name', value: 'phone' }, arguments: [], directives: [] },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'campaign' },
                        arguments: [],
                        directives: [],
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' }, arguments: [], directives: [] },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' }, arguments: [], directives: [] },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'contactId' }, arguments: [], directives: [] },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'durationSeconds' },
                        arguments: [],
                        directives: [],
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' }, arguments: [], directives: [] },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as TypedDocumentNode<{ myCalls: { nodes: MyCall[] } }, { from?: string | null }>;

export function startOfToday(now = new Date()): string {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate()).toISOString();
}

export function useMyCalls() {
  const api = useRequester();
  const calls = ref<MyCall[]>([]);
  const load = useAction(async () => {
    calls.value = (await api.request(MyCallsDocument, { from: startOfToday() })).myCalls.nodes;
  });
  return { calls, load };
}
