import { describe, expect, it, vi } from 'vitest';
import type { CrudService } from '../common/crud.service.js';
import type { DomainContext } from '../common/domain-context.js';
import { notifyingTelephonyChanges } from './telephony.notifier.js';

function fakeService(fail: boolean) {
  const write = vi.fn(async () => {
    if (fail) throw new Error('constraint');
    return { id: 'row' };
  });
  return { create: write, update: write, delete: write } as unknown as CrudService<{ id: string }, never, never, never>;
}

const contextWith = (publish: ReturnType<typeof vi.fn>) => ({ events: { publish } }) as unknown as DomainContext;

describe('notifyingTelephonyChanges', () => {
  it('publishes telephony.configuration_changed after each write succeeds', async () => {
    const publish = vi.fn();
    const service = notifyingTelephonyChanges(fakeService(false), 'trunk');
    const context = contextWith(publish);
    await service.create(context, undefined as never);
    await service.update(context, 'row', undefined as never);
    await service.delete(context, 'row');
    expect(publish).toHaveBeenCalledTimes(3);
    expect(publish).toHaveBeenCalledWith('telephony.configuration_changed', { source: 'trunk' });
  });

  it('publishes nothing when the write fails', async () => {
    const publish = vi.fn();
    const service = notifyingTelephonyChanges(fakeService(true), 'trunk');
    await expect(service.create(contextWith(publish), undefined as never)).rejects.toThrow('constraint');
    expect(publish).not.toHaveBeenCalled();
  });
});
