import { extension, renderConf } from '../conf-file.js';
import type { ConfigurationFiles } from '../base-configuration.js';
import { amdConf } from './amd-conf.js';
import { agentCallsDialplan } from './agent-calls-dialplan.js';
import { dialerDialplan } from './dialer-dialplan.js';
import { surplusHangupDialplan } from './surplus-hangup-dialplan.js';
import { callSetupDialplan } from './call-setup-dialplan.js';
import { campaignQueuesConf } from './campaign-queues-conf.js';
import { inboundRoutesDialplan } from './inbound-routes-dialplan.js';
import { inCallDialplan } from './in-call-dialplan.js';
import { outboundRoutesDialplan, ROUTES_CONTEXT } from './outbound-routes-dialplan.js';
import { PHONES_CONTEXT, phonesPjsipConf } from './phones-pjsip-conf.js';
import type { DatabaseConfigurationOptions, TelephonyModel } from './telephony-model.js';
import { trunksWizardConf } from './trunks-wizard-conf.js';

/** Seconds a phone rings when another phone calls its extension. */
const PHONE_RING_SECONDS = 30;

/**
 * Everything Asterisk needs from the database, as files for CHROOT_DATABASE_CONFIG_DIR. Pure:
 * the same model gives the same bytes, so a digest says whether Asterisk must reload.
 */
export function databaseConfiguration(
  model: TelephonyModel,
  options: DatabaseConfigurationOptions,
): ConfigurationFiles {
  const extensions = renderConf([
    {
      name: PHONES_CONTEXT,
      comment: 'Webphones call each other by extension; any other number goes out by the routes.',
      separator: '=>',
      lines: [
        ...model.phones.flatMap((phone) =>
          extension(phone.extension, [
            'Set(__SB_CALL_ID=${IF($["${SB_CALL_ID}" = ""]?${UNIQUEID}:${SB_CALL_ID})})',
            `Dial(PJSIP/${phone.extension},${PHONE_RING_SECONDS})`,
            'Hangup()',
          ]),
        ),
        ['include', ROUTES_CONTEXT],
      ],
    },
    ...outboundRoutesDialplan(model.routes, model.trunks),
    ...callSetupDialplan(model.queues, options),
    ...inboundRoutesDialplan(model.inboundRoutes ?? [], options, model.queues),
    ...inCallDialplan(model.queues, options.sipDomain),
    ...agentCallsDialplan(),
    ...dialerDialplan(),
    ...surplusHangupDialplan(),
  ]);
  return new Map([
    ['pjsip.conf', phonesPjsipConf(model.phones, options)],
    ['pjsip_wizard.conf', trunksWizardConf(model.trunks)],
    ['extensions.conf', extensions],
    ['queues.conf', campaignQueuesConf(model.queues)],
    ['amd.conf', amdConf(model.amd)],
  ]);
}
