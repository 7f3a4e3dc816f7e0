import { renderConf, type ConfLine } from './conf-file.js';

/**
 * Modules loaded explicitly (autoload off): Asterisk starts in about a second and nothing
 * listens that we did not ask for. Grouped by what needs them; dependencies before dependants.
 */
export const LOADED_MODULES: Readonly<Record<string, readonly string[]>> = {
  'configuration and timing': [
    'res_sorcery_config.so',
    'res_sorcery_memory.so',
    'res_sorcery_astdb.so',
    'res_timing_timerfd.so',
    'pbx_config.so',
  ],
  'codecs and file formats': [
    'codec_ulaw.so',
    'codec_alaw.so',
    'codec_a_mu.so',
    'codec_gsm.so',
    'codec_resample.so',
    'codec_opus_open_source.so',
    'res_format_attr_opus.so',
    'format_gsm.so',
    'format_wav.so',
    'format_wav_gsm.so',
    'format_pcm.so',
    'format_sln.so',
  ],
  'media and bridges': [
    'res_rtp_asterisk.so',
    'res_srtp.so',
    'bridge_simple.so',
    'bridge_native_rtp.so',
    'bridge_softmix.so',
    'bridge_holding.so',
    'bridge_builtin_features.so',
    'res_musiconhold.so',
  ],
  'HTTP and WebSocket (webphone)': ['res_http_websocket.so'],
  'PJSIP (trunks, phones, webphone)': [
    'res_pjproject.so',
    'res_pjsip.so',
    'res_pjsip_session.so',
    'res_pjsip_pubsub.so',
    'chan_pjsip.so',
    'res_pjsip_authenticator_digest.so',
    'res_pjsip_outbound_authenticator_digest.so',
    'res_pjsip_endpoint_identifier_ip.so',
    'res_pjsip_endpoint_identifier_user.so',
    'res_pjsip_registrar.so',
    'res_pjsip_outbound_registration.so',
    'res_pjsip_sdp_rtp.so',
    'res_pjsip_caller_id.so',
    'res_pjsip_header_funcs.so',
    'res_pjsip_nat.so',
    'res_pjsip_rfc3326.so',
    'res_pjsip_dtmf_info.so',
    'res_pjsip_logger.so',
    'res_pjsip_config_wizard.so',
    'res_pjsip_transport_websocket.so',
    'func_pjsip_endpoint.so',
    'func_pjsip_contact.so',
  ],
  'applications and functions used by the dialplan': [
    'app_dial.so',
    'app_playback.so',
    'app_amd.so',
    'app_userevent.so',
    'app_verbose.so',
    'app_stack.so',
    'app_exec.so',
    'app_echo.so',
    'app_mixmonitor.so',
    // Spy and whisper (ChanSpy), barge (BridgeAdd): spy-dialplan.ts.
    'app_chanspy.so',
    'app_bridgeaddchan.so',
    'app_queue.so',
    'app_senddtmf.so',
    'app_channelredirect.so',
    // Caller identification reads the caller's id (caller-identifications-dialplan.ts).
    'app_read.so',
    'func_channel.so',
    'func_strings.so',
    'func_logic.so',
    'func_callerid.so',
    'func_cut.so',
    'func_hangupcause.so',
    'func_global.so',
    'func_math.so',
    'func_dialplan.so',
    'func_groupcount.so',
    'func_lock.so',
  ],
  'FastAGI and the CLI': ['res_speech.so', 'res_agi.so', 'res_clioriginate.so'],
};

export function modulesConf(): string {
  const loads: ConfLine[] = Object.values(LOADED_MODULES)
    .flat()
    .map((module) => ['load', module] as const);
  return renderConf([{ name: 'modules', separator: '=>', lines: [['autoload', 'no'], ...loads] }]);
}
