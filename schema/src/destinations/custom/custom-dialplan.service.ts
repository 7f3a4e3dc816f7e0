import type { Logger } from 'pino';
import { Permission } from '../../auth/permission.js';
import type { DomainContext } from '../../common/domain-context.js';
import { inTransaction } from '../../common/transaction.js';
import { telephonyNotifier } from '../../telephony/telephony.notifier.js';
import type { CustomDialplanTelephony } from './custom-dialplan-telephony.port.js';
import { CustomDialplan } from './custom-dialplan.entity.js';
import { CustomDialplanErrors } from './custom-dialplan.errors.js';
import { checkCustomDialplan } from './custom-dialplan.js';

async function current(context: DomainContext): Promise<CustomDialplan> {
  return (await context.em.findOne(CustomDialplan, { singleton: true })) ?? new CustomDialplan();
}

async function store(context: DomainContext, content: string): Promise<CustomDialplan> {
  return inTransaction(context, 'Custom dialplan', async ({ em }) => {
    const row =
      (await em.findOne(CustomDialplan, { singleton: true })) ?? em.create(CustomDialplan, {} as CustomDialplan);
    row.content = content;
    await em.flush();
    return row;
  });
}

/**
 * The administrators' custom dialplan. A new content is checked (checkCustomDialplan), stored,
 * and loaded into Asterisk with a dialplan reload; when Asterisk does not end up with every
 * context the file defines, the previous content is stored and loaded again and the update
 * fails with the contexts that were missing. The generated configuration includes the file
 * from the database, so workers/telephony-config writes the same content on its next apply.
 */
export class CustomDialplanService {
  constructor(private readonly deps: { telephony: CustomDialplanTelephony; logger: Logger }) {}

  async get(context: DomainContext): Promise<CustomDialplan> {
    context.viewer.require(Permission.TELEPHONY_MANAGE);
    return current(context);
  }

  async update(context: DomainContext, content: string): Promise<CustomDialplan> {
    context.viewer.require(Permission.TELEPHONY_MANAGE);
    const contexts = checkCustomDialplan(content);
    const previous = (await current(context)).content;
    const row = await store(context, content);
    const { missing } = await this.load(content, contexts);
    if (missing.length > 0) {
      await store(context, previous);
      const restored = await this.deps.telephony.loadCustomDialplan(previous, checkCustomDialplan(previous));
      if (restored.missing.length > 0) {
        this.deps.logger.error({ missing: restored.missing }, 'the previous custom dialplan did not load again');
      }
      throw CustomDialplanErrors.create(
        'REJECTED',
        `Asterisk did not load the custom dialplan (contexts missing: ${missing.join(', ')}); the previous content is back`,
        { missing },
      );
    }
    telephonyNotifier.configurationChanged(context, 'custom_dialplan');
    return row;
  }

  /** A telephony failure (AMI down) also restores the previous content before it is reported. */
  private async load(content: string, contexts: string[]): Promise<{ missing: string[] }> {
    try {
      return await this.deps.telephony.loadCustomDialplan(content, contexts);
    } catch (error) {
      this.deps.logger.warn({ err: error }, 'custom dialplan not loaded; restoring the previous content');
      return { missing: contexts.length > 0 ? contexts : ['(reload failed)'] };
    }
  }
}
