import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainContext } from '../common/domain-context.js';
import { inTransaction } from '../common/transaction.js';
import { Permission } from '../auth/permission.js';
import { User } from '../auth/user.entity.js';
import type { Campaign } from '../campaigns/campaign.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { campaignForViewer } from '../contacts/contact-access.js';
import { checkAnswers } from '../forms/form-answers.js';
import { cancelSupersededCallbacks, scheduleCallback } from '../callbacks/callback.service.js';
import { Disposition } from './disposition.entity.js';
import { DispositionChange } from './disposition-change.entity.js';
import { DispositionOption, DispositionType } from './disposition-option.entity.js';
import { DispositionErrors } from './disposition.errors.js';
import { notifyDispositionRecorded } from './disposition.notifier.js';
import { DISPOSITION_POPULATE } from './disposition-query.service.js';
import type { DisposeContactInput } from './disposition.inputs.js';
import { finishPreviewCampaignIfDone, finishPreviewContact } from '../preview/preview-campaign.service.js';
import { callCampaign, contactForCall, type AgentCallGrant } from './call-contact.js';

interface Target {
  campaign: Campaign;
  option: DispositionOption;
  contact: Contact;
}

/** What a disposition stores besides its target: checked answers and the rest of the input. */
interface Version {
  answers: Record<string, unknown>;
  comment: string | null;
  callId: string | null;
}

/** How a command may treat an existing disposition (the REST bridge's create and update). */
export interface DisposeOptions {
  /** Refuse (DISPOSITION_EXISTS) when the contact already has a disposition in the campaign. */
  onlyNew?: boolean;
  /** An option the disposition already has: kept even if it has been hidden since. */
  currentOptionId?: string;
}

async function loadTarget(
  context: DomainContext,
  input: DisposeContactInput,
  grant: AgentCallGrant | null,
  options: DisposeOptions,
): Promise<Target> {
  const { em } = context;
  const campaign = grant
    ? await callCampaign(em, grant.campaignId)
    : await campaignForViewer(context, input.campaignId);
  const option = await em.findOne(DispositionOption, { id: input.optionId }, { populate: ['form.fields'] });
  if (!option || option.campaign.id !== campaign.id) {
    throw DispositionErrors.create('OPTION_NOT_IN_CAMPAIGN', `optionId: not an option of campaign ${campaign.name}`, {
      field: 'optionId',
    });
  }
  if (option.hidden && option.id !== options.currentOptionId) {
    throw DispositionErrors.create('OPTION_HIDDEN', `optionId: option ${option.name} is hidden`, { field: 'optionId' });
  }
  if (!input.contactId && !grant) {
    throw DispositionErrors.create(
      'CONTACT_REQUIRED',
      'contactId: name the contact (only your own call can go without)',
      {
        field: 'contactId',
      },
    );
  }
  const contact = input.contactId
    ? await em.findOne(Contact, { id: input.contactId })
    : await contactForCall(em, campaign, grant!);
  // The same answer whether the contact is missing or elsewhere: agents learn nothing of other databases.
  if (!contact || !campaign.contactDatabase || contact.database.id !== campaign.contactDatabase.id) {
    throw DispositionErrors.create('CONTACT_NOT_IN_CAMPAIGN', "contactId: no such contact in the campaign's database", {
      field: 'contactId',
    });
  }
  return { campaign, option, contact };
}

/** Answers only for ENGAGED options (checked against the form), a callback only for CALLBACK ones. */
function checkVersion({ option }: Target, input: DisposeContactInput): Version {
  const answers = input.answers ?? {};
  if (option.type !== DispositionType.ENGAGED && Object.keys(answers).length > 0) {
    throw DispositionErrors.create('ANSWERS_NOT_ALLOWED', `answers: ${option.type} options take no form answers`, {
      field: 'answers',
    });
  }
  if (option.type === DispositionType.CALLBACK && !input.callback) {
    throw DispositionErrors.create('CALLBACK_REQUIRED', 'callback: a CALLBACK option needs the callback to schedule', {
      field: 'callback',
    });
  }
  if (option.type !== DispositionType.CALLBACK && input.callback) {
    throw DispositionErrors.create('CALLBACK_NOT_ALLOWED', `callback: only CALLBACK options schedule callbacks`, {
      field: 'callback',
    });
  }
  const checked =
    option.type === DispositionType.ENGAGED ? checkAnswers(option.form?.fields.getItems() ?? [], answers) : {};
  return { answers: checked, comment: input.comment?.trim() || null, callId: input.callId ?? null };
}

/**
 * One statement that creates the disposition or changes it, and bumps its revision. It holds
 * the row lock until commit, so simultaneous dispositions of a contact queue up behind it
 * instead of racing to create two: each becomes the next revision of the one disposition.
 */
async function upsertDisposition(em: EntityManager, target: Target, version: Version, agentId: string) {
  const [row] = await em.execute<Array<{ id: string; revision: number }>>(
    `insert into dispositions
       (id, created_at, updated_at, campaign_id, contact_id, option_id, agent_id, answers, comment, call_id, revision)
     values (?, now(), now(), ?, ?, ?, ?, ?::jsonb, ?, ?, 1)
     on conflict (campaign_id, contact_id) do update set
       option_id = excluded.option_id, agent_id = excluded.agent_id, answers = excluded.answers,
       comment = excluded.comment, call_id = excluded.call_id, updated_at = excluded.updated_at,
       revision = dispositions.revision + 1
     returning id, revision`,
    [
      randomUUID(),
      target.campaign.id,
      target.contact.id,
      target.option.id,
      agentId,
      JSON.stringify(version.answers),
      version.comment,
      version.callId,
    ],
  );
  return { id: row!.id, revision: Number(row!.revision) };
}

async function recordVersion(
  context: DomainContext,
  target: Target,
  version: Version,
  options: DisposeOptions,
): Promise<Disposition> {
  const { em, viewer } = context;
  const { id, revision } = await upsertDisposition(em, target, version, viewer.userId);
  // Decided by the upsert itself, under its row lock: two simultaneous "new" ones cannot both pass.
  if (options.onlyNew && revision > 1) {
    throw DispositionErrors.create('DISPOSITION_EXISTS', 'The contact already has a disposition in this campaign', {
      field: 'contactId',
      dispositionId: id,
    });
  }
  const change = new DispositionChange();
  change.disposition = em.getReference(Disposition, id);
  change.revision = revision;
  change.option = target.option;
  change.agent = em.getReference(User, viewer.userId);
  Object.assign(change, version);
  em.persist(change);
  await em.flush();
  return em.findOneOrFail(Disposition, { id }, { populate: DISPOSITION_POPULATE, refresh: true });
}

/**
 * Records the outcome of a contact in a campaign (the manual's "calificación"): the first
 * time creates the disposition, later times change it, and every time appends a version to
 * its history. A CALLBACK option also schedules the callback, in the same transaction: if the
 * callback is refused, nothing is recorded. Callbacks of earlier dispositions still pending
 * are cancelled: the latest disposition is the contact's. With a grant (the agent's own call,
 * agent-disposition.ts), the call's campaign needs no assignment and a call without a contact
 * gets one, in the same transaction.
 */
export async function disposeContact(
  context: DomainContext,
  input: DisposeContactInput,
  grant: AgentCallGrant | null = null,
  options: DisposeOptions = {},
): Promise<Disposition> {
  context.viewer.require(Permission.DISPOSITIONS_WRITE);
  const disposition = await inTransaction(context, 'Disposition', async (scoped) => {
    const target = await loadTarget(scoped, input, grant, options);
    const version = checkVersion(target, input);
    const recorded = await recordVersion(scoped, target, version, options);
    await cancelSupersededCallbacks(scoped.em, target);
    if (input.callback) await scheduleCallback(scoped, target, input.callback);
    await finishPreviewContact(scoped, target.campaign, target.contact.id);
    return recorded;
  });
  notifyDispositionRecorded(context.events, disposition);
  await finishPreviewCampaignIfDone(context, input.campaignId);
  return disposition;
}
