import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { mount } from '@vue/test-utils';
import { useShortcuts } from './useShortcuts';

const mounted: Array<{ unmount(): void }> = [];

function screen(disabledHold = false) {
  const clicks = { answer: vi.fn(), hold: vi.fn() };
  const Host = defineComponent({
    setup() {
      useShortcuts();
      return () => [
        h('button', { 'data-shortcut': 'answer', onClick: clicks.answer }),
        h('button', { 'data-shortcut': 'hold', disabled: disabledHold, onClick: clicks.hold }),
        h('input', { name: 'notes' }),
      ];
    },
  });
  const wrapper = mount(Host, { attachTo: document.body });
  mounted.push(wrapper);
  return { wrapper, clicks };
}

const press = (key: string, init: KeyboardEventInit = { altKey: true }) =>
  window.dispatchEvent(new KeyboardEvent('keydown', { key, code: `Key${key.toUpperCase()}`, bubbles: true, ...init }));

// Unmounted, or a screen's window listener would still press the next test's buttons.
afterEach(() => {
  for (const wrapper of mounted.splice(0)) wrapper.unmount();
  document.body.replaceChildren();
});

describe('useShortcuts', () => {
  it('presses the visible control of the action with Alt+key', () => {
    const { clicks } = screen();
    press('a');
    expect(clicks.answer).toHaveBeenCalledOnce();
  });

  it('goes by the physical key, as a Mac types "å" for Alt+A', () => {
    const { clicks } = screen();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'å', code: 'KeyA', altKey: true }));
    expect(clicks.answer).toHaveBeenCalledOnce();
  });

  it('ignores plain keys (typing) and does nothing when the control is disabled or absent', () => {
    const { clicks } = screen(true);
    press('a', {});
    press('o');
    press('m');
    expect(clicks.answer).not.toHaveBeenCalled();
    expect(clicks.hold).not.toHaveBeenCalled();
  });

  it('stops listening when the screen goes', () => {
    const { wrapper, clicks } = screen();
    wrapper.unmount();
    mounted.splice(0);
    press('a');
    expect(clicks.answer).not.toHaveBeenCalled();
  });
});
