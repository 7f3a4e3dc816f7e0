import { describe, expect, it } from 'vitest';
import { CampaignState, CampaignType, InteractionType } from './campaign.enums.js';
import { activationGaps, CAMPAIGN_TRANSITIONS, CampaignAction, nextCampaignState } from './campaign-lifecycle.js';
import type { ContactDatabase } from '../contacts/contact-database.entity.js';

const states = Object.values(CampaignState);

describe('nextCampaignState', () => {
  it('allows exactly the transitions of the table and refuses the rest', () => {
    const legal: string[] = [];
    for (const action of Object.values(CampaignAction)) {
      for (const state of states) {
        try {
          legal.push(`${state} -${action}-> ${nextCampaignState({ state, isTemplate: false }, action)}`);
        } catch (error) {
          expect(error).toMatchObject({
            kind: 'CONFLICT',
            code: 'CAMPAIGN_ILLEGAL_TRANSITION',
            details: { from: state, action },
          });
        }
      }
    }
    expect(legal.sort()).toEqual(
      [
        'INACTIVE -ACTIVATE-> ACTIVE',
        'FINISHED -ACTIVATE-> ACTIVE',
        'ACTIVE -PAUSE-> PAUSED',
        'PAUSED -RESUME-> ACTIVE',
        'ACTIVE -FINISH-> FINISHED',
        'PAUSED -FINISH-> FINISHED',
        'INACTIVE -DELETE-> DELETED',
        'ACTIVE -DELETE-> DELETED',
        'PAUSED -DELETE-> DELETED',
        'FINISHED -DELETE-> DELETED',
      ].sort(),
    );
    expect(Object.keys(CAMPAIGN_TRANSITIONS).sort()).toEqual(Object.values(CampaignAction).sort());
  });

  it('gives templates nothing but delete', () => {
    expect(nextCampaignState({ state: CampaignState.INACTIVE, isTemplate: true }, CampaignAction.DELETE)).toBe(
      CampaignState.DELETED,
    );
    expect(() =>
      nextCampaignState({ state: CampaignState.INACTIVE, isTemplate: true }, CampaignAction.ACTIVATE),
    ).toThrow(expect.objectContaining({ code: 'CAMPAIGN_TEMPLATE_HAS_NO_LIFECYCLE' }));
  });
});

describe('activationGaps', () => {
  const database = {} as ContactDatabase;

  it('asks FORM campaigns for a visible disposition option', () => {
    const campaign = { type: CampaignType.MANUAL, interactionType: InteractionType.FORM, contactDatabase: null };
    expect(activationGaps(campaign, 0)).toEqual(['a disposition option that is not hidden']);
    expect(activationGaps(campaign, 1)).toEqual([]);
    expect(activationGaps({ ...campaign, interactionType: InteractionType.EXTERNAL_URL }, 0)).toEqual([]);
  });

  it('asks DIALER and PREVIEW campaigns for a contact database', () => {
    for (const type of [CampaignType.DIALER, CampaignType.PREVIEW]) {
      const campaign = { type, interactionType: InteractionType.EXTERNAL_URL, contactDatabase: null };
      expect(activationGaps(campaign, 0)).toEqual(['a contact database']);
      expect(activationGaps({ ...campaign, contactDatabase: database }, 0)).toEqual([]);
    }
    expect(
      activationGaps({ type: CampaignType.INBOUND, interactionType: InteractionType.FORM, contactDatabase: null }, 0),
    ).toEqual(['a disposition option that is not hidden']);
  });
});
