import { describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { mount } from '@vue/test-utils';
import { createTestingPinia } from '@pinia/testing';
import { apiKey } from '../api/client';
import { AgentPauseDocument, AgentUnpauseDocument } from '../generated/graphql';
import { useAgentStateStore } from '../stores/agentState';
import { FakeApi } from '../testing/fake-api';
import { agentLive } from '../testing/fixtures';
import { useAgentState } from './useAgentState';

function mountWith(api: FakeApi) {
  let exposed!: ReturnType<typeof useAgentState>;
  const Probe = defineComponent({
    setup() {
      exposed = useAgentState();
      return () => h('span', exposed.state.value ?? '');
    },
  });
  const pinia = createTestingPinia({ stubActions: false, createSpy: vi.fn });
  const wrapper = mount(Probe, { global: { plugins: [pinia], provide: { [apiKey as symbol]: api } } });
  const store = useAgentStateStore(pinia);
  store.setMyAgentId('agent-1');
  store.replace(agentLive({ version: 3, state: 'READY' }));
  return { wrapper, store, state: () => exposed };
}

describe('useAgentState', () => {
  it("keeps the newer live state when the mutation's answer arrives late", async () => {
    let answer!: (value: unknown) => void;
    const api = new FakeApi().on(AgentPauseDocument, () => new Promise((resolve) => (answer = resolve)) as never);
    const { store, state, wrapper } = mountWith(api);
    const pausing = state().pause('lunch');
    expect(state().busy.value).toBe(true);
    // The live stream says PAUSED (4) and then a supervisor's READY (5) before the answer (4) lands.
    store.receive({
      id: 'a',
      kind: 'CHANGE',
      occurredAt: '',
      agent: agentLive({ version: 4, state: 'PAUSED', pauseId: 'lunch' }),
    });
    store.receive({ id: 'b', kind: 'CHANGE', occurredAt: '', agent: agentLive({ version: 5, state: 'READY' }) });
    answer({ agentPause: agentLive({ version: 4, state: 'PAUSED', pauseId: 'lunch', pauseName: 'Lunch' }) });
    await pausing;
    expect(store.mine).toMatchObject({ version: 5, state: 'READY' });
    expect(state().busy.value).toBe(false);
    await wrapper.vm.$nextTick();
    expect(wrapper.text()).toBe('READY');
    expect(api.requests).toEqual([{ name: 'AgentPause', variables: { pauseId: 'lunch' } }]);
  });

  it('applies the answer when it is the newest thing known', async () => {
    const api = new FakeApi().on(AgentUnpauseDocument, { agentUnpause: agentLive({ version: 4, state: 'READY' }) });
    const { store, state } = mountWith(api);
    store.replace(
      agentLive({ version: 3, state: 'PAUSED', pauseId: 'ACW', autoUnpauseAt: '2999-01-01T00:00:00.000Z' }),
    );
    expect(state().state.value).toBe('ACW');
    expect(state().acwRemainingSeconds.value).toBeGreaterThan(0);
    await state().unpause();
    expect(state().state.value).toBe('READY');
  });

  it('keeps the error of a refused action, and any request it was not told about is refused', async () => {
    const api = new FakeApi();
    const { state } = mountWith(api);
    await expect(state().unpause()).rejects.toThrow('unexpected request AgentUnpause');
    expect(state().error.value).toBeInstanceOf(Error);
  });
});
