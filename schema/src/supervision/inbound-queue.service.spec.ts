import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../auth/viewer.js';
import { phoneVisibleTo } from './inbound-queue.service.js';

const viewer = (isAgent: boolean) => ({ isAgent }) as Viewer;
const campaign = (phoneHiddenFromAgents: boolean) => ({
  id: 'k1',
  timeZone: 'UTC',
  serviceLevelSeconds: 20,
  phoneHiddenFromAgents,
});

describe('phones of waiting callers', () => {
  it('are hidden only from agent users of a campaign that hides its main phone column', () => {
    expect(phoneVisibleTo(viewer(true), campaign(true))).toBe(false);
    expect(phoneVisibleTo(viewer(true), campaign(false))).toBe(true);
    expect(phoneVisibleTo(viewer(false), campaign(true))).toBe(true);
  });
});
