import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import {
  AgentCampaignsDocument,
  CallPreviewContactDocument,
  NextPreviewContactDocument,
  ReleasePreviewContactDocument,
} from '@/generated/graphql';
import { FakeApi } from '@/testing/fake-api';
import { mountScreen } from '../spec-helpers';
import PreviewCard from './PreviewCard.vue';

function previewApi() {
  let served = 0;
  return new FakeApi()
    .on(AgentCampaignsDocument, {
      campaigns: {
        nodes: [
          { id: 'm', name: 'Manual', type: 'MANUAL', hiddenContactFields: [], contactDatabase: null },
          {
            id: 'p',
            name: 'Survey',
            type: 'PREVIEW',
            hiddenContactFields: ['dni'],
            contactDatabase: { id: 'db', columns: [], phoneColumns: ['phone', 'work'] },
          },
        ],
      },
    } as never)
    .on(NextPreviewContactDocument, () => {
      served += 1;
      if (served > 2) return { nextPreviewContact: null };
      return {
        nextPreviewContact: {
          assignment: { id: `a-${served}`, attempts: 0, reservedUntil: new Date(Date.now() + 300_000).toISOString() },
          contact: {
            id: `c-${served}`,
            phone: '555000',
            data: { name: `Contact ${served}`, phone: '555000', work: '444000', dni: 'x' },
          },
        },
      };
    })
    .on(ReleasePreviewContactDocument, ({ assignmentId }) => ({
      releasePreviewContact: { id: assignmentId, status: 'INITIAL' },
    }))
    .on(CallPreviewContactDocument, { callPreviewContact: { callId: 'call-1', phone: '444000' } });
}

afterEach(() => document.body.replaceChildren());

describe('PreviewCard', () => {
  it('shows the next contact of a preview campaign, skips it, and calls any phone column', async () => {
    const api = previewApi();
    const { wrapper } = mountScreen(PreviewCard, { api });
    await flushPromises();
    expect(wrapper.findAll('select[name="preview-campaign"] option').map((o) => o.text())).toEqual(['Survey']);

    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Next contact')!
      .trigger('click');
    await flushPromises();
    expect(wrapper.find('article').text()).toContain('Contact 1');
    expect(wrapper.find('article').text()).not.toContain('dni');
    expect(wrapper.find('[data-test="reserved"]').text()).toMatch(/^Reserved for you for 0[45]:\d\d$/);

    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Skip')!
      .trigger('click');
    await flushPromises();
    expect(api.requests.find((r) => r.name === 'ReleasePreviewContact')?.variables).toEqual({ assignmentId: 'a-1' });
    expect(wrapper.find('article').text()).toContain('Contact 2');

    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Call work (444000)')!
      .trigger('click');
    await flushPromises();
    expect(api.requests.at(-1)).toEqual({
      name: 'CallPreviewContact',
      variables: { assignmentId: 'a-2', phoneColumn: 'work' },
    });
    expect(wrapper.find('article [role="status"]').text()).toBe('Calling 444000…');
  });
});
