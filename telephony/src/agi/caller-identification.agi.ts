import {
  CallerIdentification,
  CallerIdentificationInteraction,
  DestinationType,
  destinationGraph,
  findIdentifiedContact,
  type Orm,
} from '@switchboard/schema';
import {
  CALLER_IDENTIFICATION_CODE_VARIABLE,
  CALLER_IDENTIFICATION_RESULT_VARIABLE,
  CALLER_IDENTIFICATION_TARGET_VARIABLE,
  MAX_IDENTIFICATION_LENGTH,
} from '../config/database/caller-identifications-dialplan.js';
import { destinationContext } from '../config/database/destination-dialplan.js';
import { askCrm, type CrmVerdict } from './crm-identification.js';
import type { AgiHandler } from './fastagi-server.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CODE = new RegExp(`^[0-9*]{1,${MAX_IDENTIFICATION_LENGTH}}$`);

/** The node id from `agi://host:port/caller-identification?node=<id>`. */
function nodeIdOf(script: string | undefined): string | null {
  const query = (script ?? '').split('?')[1] ?? '';
  const id = new URLSearchParams(query).get('node') ?? '';
  return UUID.test(id) ? id : null;
}

/**
 * `AGI(agi://host:port/caller-identification?node=<id>)`, with what the caller keyed in (or
 * their number) in SB_CID_CODE: decides IDENTIFIED / NOT_IDENTIFIED / DESTINATION / HANGUP
 * (SB_CID_RESULT), with the CRM's destination as a context in SB_CID_TARGET once checked to
 * exist. An identified caller's contact (by the node's contact database) becomes
 * __SB_CONTACT_ID, and the id itself __SB_IDENTIFICATION, both inherited by the agent's leg.
 * Every failure is NOT_IDENTIFIED: the dialplan's default, so the call always goes on.
 */
export function callerIdentificationHandler(orm: Orm): AgiHandler {
  return async (session, environment, logger) => {
    const nodeId = nodeIdOf(environment['network_script']);
    const code = await session.getVariable(CALLER_IDENTIFICATION_CODE_VARIABLE);
    const em = orm.em.fork();
    const node = nodeId && CODE.test(code) ? await em.findOne(CallerIdentification, { id: nodeId }) : null;
    if (!node) {
      logger.warn({ nodeId, codeLength: code.length }, 'caller identification: no node or no usable id');
      return;
    }
    const verdict: CrmVerdict =
      node.interaction === CallerIdentificationInteraction.NONE || !node.crmUrl
        ? { kind: 'IDENTIFIED' }
        : await askCrm({
            url: node.crmUrl,
            idContact: code,
            timeoutMs: node.crmTimeoutSeconds * 1000,
            expectDestination: node.interaction === CallerIdentificationInteraction.CRM_ROUTES,
          });
    if (verdict.kind === 'NOT_IDENTIFIED') {
      logger.info({ nodeId, reason: verdict.reason }, 'caller not identified');
      return;
    }
    let result = 'IDENTIFIED';
    if (verdict.kind === 'DESTINATION') {
      const type = DestinationType[verdict.type];
      try {
        await destinationGraph.assertValid(em, { type: DestinationType.CALLER_IDENTIFICATION, id: null }, [
          { type, id: verdict.id },
        ]);
      } catch (error) {
        logger.warn({ nodeId, destination: verdict, err: error }, 'caller identification: CRM named no destination');
        return;
      }
      if (type === DestinationType.HANGUP) result = 'HANGUP';
      else {
        await session.setVariable(CALLER_IDENTIFICATION_TARGET_VARIABLE, destinationContext(type, verdict.id!));
        result = 'DESTINATION';
      }
    }
    const contactId = await findIdentifiedContact(em, node, code);
    await session.setVariable('__SB_IDENTIFICATION', code);
    if (contactId) await session.setVariable('__SB_CONTACT_ID', contactId);
    logger.info({ nodeId, result, contactId }, 'caller identified');
    await session.setVariable(CALLER_IDENTIFICATION_RESULT_VARIABLE, result);
  };
}
