import type { Logger } from 'pino';
import { Permission } from '../../auth/permission.js';
import type { DomainContext } from '../../common/domain-context.js';
import { inTransaction } from '../../common/transaction.js';
import { telephonyNotifier } from '../../telephony/telephony.notifier.js';
import type { CustomDialplanTelephony } from './custom-dialplan-telephony.port.js';
import { CustomDialplan } from './custom-dialplan.entity.js';
import { CustomDialplanErrors } from './custom-dialplan.errors.js';
import { checkCustomDialplan } from './custom-dialplan.js';

const UPDATE_LOCK = 'custom_dialplan.update';

async function current(context: DomainContext): Promise<CustomDialplan> {
  return (await context.em.findOne(CustomDialplan, { singleton: true })) ?? new CustomDialplan();
}

/**
 * The administrators' custom dialplan. A new content is checked (checkCustomDialplan), stored,
 * and loaded into Asterisk with a dialplan reload; when Asterisk does not end up with every
 * context the file defines, the previous content is loaded again, the transaction rolls back
 * and the update fails with the contexts that were missing. Updates take turns on an advisory
 * lock: two administrators saving at once would otherwise each restore what they had read, and
 * the second could put back a content the first had replaced. The generated configuration
 * includes the file from the database, so workers/telephony-config writes the same content on
 * its next apply.
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
    const row = await inTransaction(context, 'Custom dialplan', async ({ em }) => {
      await em.execute('select pg_advisory_xact_lock(hashtext(?))', [UPDATE_LOCK]);
      const stored =
        (await em.findOne(CustomDialplan, { singleton: true })) ?? em.create(CustomDialplan, {} as CustomDialplan);
      const previous = stored.content;
      stored.content = content;
      await em.flush();
      const { missing } = await this.load(content, contexts);
      if (missing.length === 0) return stored;
      const restored = await this.load(previous, checkCustomDialplan(previous));
      if (restored.missing.length > 0) {
        this.deps.logger.error({ missing: restored.missing }, 'the previous custom dialplan did not load again');
      }
      throw CustomDialplanErrors.create(
        'REJECTED',
        `Asterisk did not load the custom dialplan (contexts missing: ${missing.join(', ')}); the previous content is back`,
        { missing },
      );
    });
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
