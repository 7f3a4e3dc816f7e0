import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { AgentPauseDocument, AgentUnpauseDocument, PauseReasonsDocument } from '@/generated/graphql';
import { FakeApi } from '@/testing/fake-api';
import { agentLive } from '@/testing/fixtures';
import { useAgentStateStore, type AgentLive } from '@/stores';
import { mountScreen } from '../spec-helpers';
import AgentStatusBar from './AgentStatusBar.vue';

const NOW = Date.parse('2026-12-02T10:10:00.000Z');
const secondsAgo = (s: number) => new Date(NOW - s * 1000).toISOString();

function pausesApi() {
  return new FakeApi().on(PauseReasonsDocument, {
    pauses: {
      nodes: [
        { id: 'p-lunch', name: 'Lunch', type: 'RECREATIONAL' },
        { id: 'p-training', name: 'Training', type: 'PRODUCTIVE' },
      ],
    },
  });
}

function mountBar(agent: AgentLive, { api = pausesApi(), serverOffsetMs = 0 as number | null } = {}) {
  return mountScreen(AgentStatusBar, {
    api,
    state: {
      agentState: { byAgentId: { [agent.agentId]: agent }, myAgentId: agent.agentId, stale: false },
      connection: { status: 'connected', serverOffsetMs, changedAt: NOW, reconnects: 0 },
    },
  });
}

beforeEach(() => {
  // Only the clock and the 1 s tick are faked: promises and setTimeout stay real for flushPromises.
  vi.useFakeTimers({ now: NOW, toFake: ['Date', 'setInterval', 'clearInterval'] });
});
afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('AgentStatusBar', () => {
  it("counts the time in state from the server's `since`, not from when it was shown", async () => {
    const { wrapper } = mountBar(agentLive({ state: 'READY', since: secondsAgo(65) }));
    await flushPromises();
    expect(wrapper.find('[data-test="state"]').text()).toBe('Ready');
    expect(wrapper.find('[data-test="timer"]').text()).toBe('01:05');

    expect(wrapper.find('[data-test="shift"]').text()).toBe('Shift 1:10:00');

    vi.advanceTimersByTime(2000);
    await flushPromises();
    expect(wrapper.find('[data-test="timer"]').text()).toBe('01:07');
  });

  it("uses the server's clock when it runs ahead of the browser's", async () => {
    const { wrapper } = mountBar(agentLive({ since: secondsAgo(65) }), { serverOffsetMs: 10_000 });
    await flushPromises();
    expect(wrapper.find('[data-test="timer"]').text()).toBe('01:15');
  });

  it('announces the state politely and names the pause', async () => {
    const { wrapper } = mountBar(
      agentLive({ state: 'PAUSED', pauseId: 'p-lunch', pauseName: 'Lunch', since: secondsAgo(3700) }),
    );
    await flushPromises();
    const status = wrapper.find('[role="status"]');
    expect(status.attributes('aria-live')).toBe('polite');
    expect(status.text()).toBe('Paused Lunch');
    expect(wrapper.find('[data-test="timer"]').text()).toBe('1:01:40');
  });

  it('pauses with the reason the agent picks from the menu', async () => {
    const api = pausesApi().on(AgentPauseDocument, ({ pauseId }) => ({
      agentPause: agentLive({ state: 'PAUSED', pauseId, pauseName: 'Lunch', version: 2 }),
    }));
    const { wrapper } = mountBar(agentLive({ state: 'READY', since: secondsAgo(5) }), { api });
    await flushPromises();

    const pause = wrapper.find('button[aria-haspopup="menu"]');
    expect(pause.text()).toBe('Pause');
    await pause.trigger('click');
    const items = wrapper.findAll('[role="menuitem"]');
    expect(items.map((i) => i.text())).toEqual(['Lunch', 'Training']);
    expect(document.activeElement).toBe(items[0]!.element);

    await items[0]!.trigger('click');
    await flushPromises();
    expect(api.requests.at(-1)).toEqual({ name: 'AgentPause', variables: { pauseId: 'p-lunch' } });
    // The answer goes to the store, whose version check drops it if a newer event came first.
    expect(useAgentStateStore().answer).toHaveBeenCalledWith(
      expect.objectContaining({ pauseId: 'p-lunch', version: 2 }),
    );
    expect(wrapper.find('[role="menu"]').exists()).toBe(false);
  });

  it('unpauses a paused agent', async () => {
    const api = pausesApi().on(AgentUnpauseDocument, { agentUnpause: agentLive({ version: 3 }) });
    const { wrapper } = mountBar(agentLive({ state: 'PAUSED', pauseId: 'p-lunch', pauseName: 'Lunch' }), { api });
    await flushPromises();
    await wrapper.find('button[data-shortcut="pause"]').trigger('click');
    await flushPromises();
    expect(api.requests.at(-1)?.name).toBe('AgentUnpause');
  });

  it('shows the ACW countdown to the auto-unpause, and keeps a forced disposition from unpausing', async () => {
    const { wrapper } = mountBar(
      agentLive({
        state: 'PAUSED',
        pauseId: 'ACW',
        since: secondsAgo(10),
        autoUnpauseAt: new Date(NOW + 30_000).toISOString(),
        dispositionPending: true,
      }),
    );
    await flushPromises();
    expect(wrapper.find('[data-test="pause-detail"]').text()).toBe('After-call work');
    expect(wrapper.find('[data-test="acw-countdown"]').text()).toBe('Ready again in 30 s');
    expect(wrapper.find('[data-test="disposition-pending"]').exists()).toBe(true);
    expect(wrapper.find('button[data-shortcut="pause"]').attributes('disabled')).toBeDefined();
  });

  it('cannot pause during a call', async () => {
    const { wrapper } = mountBar(agentLive({ state: 'ON_CALL', callId: 'call-1' }));
    await flushPromises();
    expect(wrapper.find('[data-test="state"]').text()).toBe('On call');
    expect(wrapper.find('button[aria-haspopup="menu"]').attributes('disabled')).toBeDefined();
  });

  it('shows nothing it no longer knows while the live state is stale', async () => {
    const { wrapper } = mountScreen(AgentStatusBar, {
      api: pausesApi(),
      state: {
        agentState: { byAgentId: { 'agent-1': agentLive({ state: 'READY' }) }, myAgentId: 'agent-1', stale: true },
      },
    });
    await flushPromises();
    expect(wrapper.find('[data-test="timer"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="state"]').text()).toBe('State unknown');
  });
});
