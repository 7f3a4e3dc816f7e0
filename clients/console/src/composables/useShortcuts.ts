import { onBeforeUnmount, onMounted } from 'vue';

/**
 * Alt+key, so typing in a field never triggers a call action. By physical key (`code`): on a
 * Mac, Alt+A types "å" and `key` would never be "a".
 */
export const SHORTCUTS = { KeyA: 'answer', KeyH: 'hangup', KeyO: 'hold', KeyM: 'mute', KeyP: 'pause' } as const;
export type ShortcutAction = (typeof SHORTCUTS)[keyof typeof SHORTCUTS];

/**
 * Keyboard shortcuts press the visible, enabled control marked `data-shortcut="<action>"`: a
 * shortcut does exactly what the button does, and nothing when the button is not there.
 */
export function useShortcuts(root: () => ParentNode = () => document) {
  function onKey(event: KeyboardEvent) {
    if (!event.altKey || event.ctrlKey || event.metaKey) return;
    const action = SHORTCUTS[event.code as keyof typeof SHORTCUTS];
    if (!action) return;
    const button = root().querySelector<HTMLButtonElement>(`button[data-shortcut="${action}"]:not([disabled])`);
    if (!button) return;
    event.preventDefault();
    button.click();
  }
  onMounted(() => window.addEventListener('keydown', onKey));
  onBeforeUnmount(() => window.removeEventListener('keydown', onKey));
}
