import { renderConf } from '../conf-file.js';
import type { ConfigurationFiles } from '../base-configuration.js';
import { amdConf } from './amd-conf.js';
import { agentCallsDialplan } from './agent-calls-dialplan.js';
import { dialerDialplan } from './dialer-dialplan.js';
import { surplusHangupDialplan } from './surplus-hangup-dialplan.js';
import { callSetupDialplan } from './call-setup-dialplan.js';
import { campaignQueuesConf } from './campaign-queues-conf.js';
import { inboundCampaignDialplan } from './inbound-campaign-dialplan.js';
import { inboundRoutesDialplan } from './inbound-routes-dialplan.js';
import { ivrsDialplan } from './ivrs-dialplan.js';
import { callerIdentificationsDialplan } from './caller-identifications-dialplan.js';
import {
  CUSTOM_DIALPLAN_FILE,
  customDestinationsDialplan,
  customDialplanFile,
} from './custom-destinations-dialplan.js';
import { tryInclude } from '../conf-file.js';
import { databaseInclude } from '../pbx-options.js';
import { timeConditionsDialplan } from './time-conditions-dialplan.js';
import { inCallDialplan } from './in-call-dialplan.js';
import { outboundRoutesDialplan } from './outbound-routes-dialplan.js';
import { phonesDialplan } from './phones-dialplan.js';
import { phonesPjsipConf } from './phones-pjsip-conf.js';
import { musicOnHoldConf } from './music-on-hold-conf.js';
import type { DatabaseConfigurationOptions, TelephonyModel } from './telephony-model.js';
import { trunksWizardConf } from './trunks-wizard-conf.js';

/**
 * Everything Asterisk needs from the database, as files for CHROOT_DATABASE_CONFIG_DIR. Pure:
 * the same model gives the same bytes, so a digest says whether Asterisk must reload.
 */
export function databaseConfiguration(
  model: TelephonyModel,
  options: DatabaseConfigurationOptions,
): ConfigurationFiles {
  const extensions = renderConf([
    ...phonesDialplan(model.phones),
    ...outboundRoutesDialplan(model.routes, model.trunks),
    ...callSetupDialplan(model.queues, options),
    ...inboundRoutesDialplan(model.inboundRoutes ?? []),
    ...inboundCampaignDialplan(model.inboundCampaigns ?? [], options, model.queues),
    ...timeConditionsDialplan(model.timeConditions ?? [], options),
    ...ivrsDialplan(model.ivrs ?? []),
    ...callerIdentificationsDialplan(model.callerIdentifications ?? [], options),
    ...customDestinationsDialplan(model.customDestinations ?? []),
    ...inCallDialplan(model.queues, options.sipDomain),
    ...agentCallsDialplan(),
    ...dialerDialplan(),
    ...surplusHangupDialplan(),
  ]);
  return new Map([
    ['pjsip.conf', phonesPjsipConf(model.phones, options)],
    ['pjsip_wizard.conf', trunksWizardConf(model.trunks)],
    // The administrators' contexts, after ours: a Goto into them works from any of our contexts.
    ['extensions.conf', `${extensions}\n${tryInclude(databaseInclude(CUSTOM_DIALPLAN_FILE))}`],
    [CUSTOM_DIALPLAN_FILE, customDialplanFile(model.customDialplan ?? '')],
    ['queues.conf', campaignQueuesConf(model.queues)],
    ['amd.conf', amdConf(model.amd)],
    ['musiconhold.conf', musicOnHoldConf(model.mohPlaylists ?? [])],
  ]);
}
