/**
 * @switchboard/telephony: Switchboard's link to Asterisk.
 *
 * - `loadTelephonyConfig` reads every telephony environment variable once.
 * - `AmiClient` and the actions (`originate`, `hangup`, ...) drive Asterisk over AMI with a
 *   rate limit, per-action timeouts and automatic reconnection.
 * - `setupPbx` / `startPbx` / `stopPbx` / `pbxStatus` run the project's own Asterisk 22 in a
 *   Debian chroot; `baseConfiguration` is the static configuration written into it.
 * - `fakePstnNumber` and `startTestPhone` simulate customers and agents' phones.
 *
 * @packageDocumentation
 */
export { loadTelephonyConfig, TelephonyConfigError, type TelephonyConfig } from './telephony.config.js';

export { AmiClient, type AmiAction, type AmiClientOptions, type SendOptions } from './ami/ami-client.js';
export { amiClientOptions } from './ami/ami-client-options.js';
export { AmiError, AmiErrorCode } from './ami/ami.errors.js';
export type { SendGuard, SentAction } from './ami/action-queue.js';
export type { ReconnectOptions } from './ami/ami-connection.js';
export type { AmiActionOutcome, AmiObserver } from './ami/ami-observer.js';
export type * from './ami/ami-events.js';
export * from './ami/actions/originate.action.js';
export * from './ami/actions/hangup.action.js';
export * from './ami/actions/ping.action.js';
export * from './ami/actions/command.action.js';
export * from './ami/actions/core-show-channels.action.js';
export * from './ami/actions/queue-status.action.js';
export * from './ami/actions/get-var.action.js';

export { baseConfiguration, type ConfigurationFiles } from './config/base-configuration.js';
export type { BaseConfigurationOptions, FakePstnOptions } from './config/pbx-options.js';
export { AMD_CONTEXT, AMD_USER_EVENT, OUTBOUND_CONTEXT } from './config/extensions-conf.js';
export { FAKE_PSTN_CARRIER, FAKE_PSTN_TRUNK } from './config/pjsip-conf.js';
export { FAKE_PSTN_OUTCOMES, fakePstnNumber, type FakePstnOutcome } from './config/fake-pstn-dialplan.js';

export { setupPbx, startPbx, stopPbx, pbxStatus, type PbxStatus, type StartResult } from './runtime/pbx-process.js';
export type { ProvisionResult } from './runtime/chroot.provisioner.js';
export { DEBIAN_PROMPT_LANGUAGES, promptLanguages, type PromptLanguageInfo } from './runtime/prompt-languages.js';
export { asteriskCli } from './runtime/asterisk-cli.js';
export { TEST_PHONE_NAMES } from './runtime/pbx-secrets.js';
export { startTestPhone, type TestPhone, type TestPhoneOptions } from './fake-pstn/test-phone.js';
export { placeTestCall, type TestCallResult } from './fake-pstn/test-call.js';
export { callPlatform, type CustomerCallOptions } from './fake-pstn/customer-call.js';
export { FAKE_PSTN_CALLERS_CONTEXT } from './config/fake-pstn-dialplan.js';
export * from './events/index.js';

export { databaseConfiguration } from './config/database/database-configuration.js';
export type * from './config/database/telephony-model.js';
export { loadTelephonyModel } from './config/database/telephony-model.loader.js';
export {
  applyTelephonyConfiguration,
  clearTelephonyConfiguration,
  databaseConfigurationOptions,
  type ApplyResult,
} from './config/database/apply-telephony-configuration.js';
export {
  BLACKLIST_HANGUP_CAUSE,
  BLACKLIST_USER_EVENT,
  DNC_AGI_SCRIPT,
  recordingFileExpression,
} from './config/database/call-setup-dialplan.js';
export { ROUTES_CONTEXT } from './config/database/outbound-routes-dialplan.js';
export { AGENT_PHONES_CONTEXT, PHONES_CONTEXT, phoneDialContext } from './config/database/phones-dialplan.js';
export { campaignQueueName } from './config/database/campaign-queues-conf.js';
export { loadCustomDialplan } from './config/database/load-custom-dialplan.js';
export { CUSTOM_DIALPLAN_FILE } from './config/database/custom-destinations-dialplan.js';
export { TIME_CONDITION_AGI_SCRIPT, TIME_CONDITION_VARIABLE } from './config/database/time-conditions-dialplan.js';
export * from './agi/index.js';
export { recordingsHostDirectory, webphoneSettings } from './telephony.config.js';
export {
  CHROOT_AUDIO_DIR,
  CHROOT_SOUNDS_DIR,
  audioHostDirectory,
  audioSoundName,
  mohClassName,
  soundsHostDirectory,
} from './config/database/audio-sounds.js';
export * from './ami/actions/queue-add.action.js';
export * from './ami/actions/queue-remove.action.js';
export * from './ami/actions/queue-pause.action.js';
export { agentDevice, channelEndpoint } from './agents/agent-device.js';
export { AmiAgentTelephony } from './agents/ami-agent-telephony.js';
export { AmiCallTelephony } from './calls/ami-call-telephony.js';
export { AGENT_CALLS_CONTEXT } from './config/database/agent-calls-dialplan.js';
export { routeContextById } from './config/database/outbound-routes-dialplan.js';
export * from './ami/actions/blind-transfer.action.js';
export * from './ami/actions/atxfer.action.js';
export * from './ami/actions/cancel-atxfer.action.js';
export * from './ami/actions/play-dtmf.action.js';
export * from './ami/actions/mix-monitor.action.js';
export * from './ami/actions/stop-mix-monitor.action.js';
export * from './ami/actions/set-var.action.js';
export { INBOUND_CONTACT_AGI_SCRIPT, INBOUND_CONTACT_VARIABLE } from './config/database/inbound-campaign-dialplan.js';
export { destinationContext, gotoDestination, type DestinationModel } from './config/database/destination-dialplan.js';
export {
  AGENT_LEG_CONTEXT,
  AUTO_ANSWER_VARIABLE,
  autoAttendArgument,
  HOLD_CONTEXT,
  TRANSFER_AGENT_CONTEXT,
  TRANSFER_CAMPAIGN_CONTEXT,
  TRANSFER_NUMBER_CONTEXT,
} from './config/database/in-call-dialplan.js';
export { findAgentChannels, type AgentChannels } from './calls/agent-channels.js';
export { AmiInCallTelephony, type InCallRecordingOptions } from './calls/ami-in-call-telephony.js';
export { recordingFileName } from './calls/recording-file-name.js';
export { hangUpRingingCall, type RingingHangupResult } from './calls/ringing-call-hangup.js';
export * from './ami/actions/pjsip-show-endpoint.action.js';
export * from './ami/actions/user-event.action.js';
export { TRANSFER_CANCELLED_USER_EVENT } from './config/database/in-call-dialplan.js';
export {
  DIALER_ABANDON_USER_EVENT,
  DIALER_CONNECT_SECONDS,
  DIALER_CONTEXT,
  DIALER_EXTENSION,
  DIALER_VARIABLES,
} from './config/database/dialer-dialplan.js';
export {
  DIALER_CHANNEL_VARIABLE,
  SURPLUS_HANGUP_USER_EVENT,
  dialerChannelId,
  dialerRouteChannelId,
} from './config/database/surplus-hangup-dialplan.js';
export { fakePstnTrunkDetails } from './fake-pstn/fake-pstn-trunk.js';
export * from './ami/actions/redirect.action.js';
export { AmiSpyTelephony } from './supervision/ami-spy-telephony.js';
export { SPY_CONTEXT, SPY_MODES, SPY_MODE_VARIABLE, SPY_TARGET_VARIABLE } from './config/spy-dialplan.js';
export {
  CALLER_IDENTIFICATION_AGI_SCRIPT,
  callerIdentificationsDialplan,
  type CallerIdentificationModel,
} from './config/database/caller-identifications-dialplan.js';
export {
  WELCOME_ABANDON_USER_EVENT,
  campaignQueueSteps,
  campaignQueueSupportDialplan,
} from './config/database/campaign-queue-dialplan.js';
