import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { mount } from '@vue/test-utils';
import { useShortcuts } from './useShortcuts';

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
  return { wrapper: mount(Host, { attachTo: document.body }), clicks };
}

const press = (key: string, init: KeyboardEventInit = { altKey: true }) =>
  window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...init }));

afterEach(() => document.body.replaceChildren());

describe('useShortcuts', () => {
  it('presses the visible control of the action with Alt+key', () => {
    const { clicks } = screen();
    press('a');
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
    press('a');
    expect(clicks.answer).not.toHaveBeenCalled();
  });
});
