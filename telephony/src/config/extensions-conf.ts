import { extension, renderConf, tryInclude } from './conf-file.js';
import { fakePstnDialplan } from './fake-pstn-dialplan.js';
import { FAKE_PSTN_TRUNK } from './pjsip-conf.js';
import { databaseInclude, type BaseConfigurationOptions } from './pbx-options.js';
import { spyDialplan } from './spy-dialplan.js';

/** Where `Originate` sends an answered outbound call to let AMD decide. */
export const AMD_CONTEXT = 'switchboard-amd';
/** Dials a number through the trunk so that the caller sees DIALSTATUS (and DialEnd events). */
export const OUTBOUND_CONTEXT = 'switchboard-outbound';
/** The UserEvent that reports AMD's verdict. */
export const AMD_USER_EVENT = 'SwitchboardAmd';

const dialFakePstn = `Dial(PJSIP/\${EXTEN}@${FAKE_PSTN_TRUNK},\${IF($["\${DIAL_TIMEOUT}" = ""]?30:\${DIAL_TIMEOUT})})`;

/**
 * extensions.conf: the platform's static contexts (spying among them), the fake PSTN's customers, then the routes,
 * phones and call setup generated from the database.
 */
export function extensionsConf(options: BaseConfigurationOptions): string {
  const base = renderConf([
    {
      name: 'general',
      lines: [
        ['static', true],
        ['writeprotect', true],
        ['clearglobalvars', true],
      ],
    },
    {
      name: 'globals',
      lines: [
        ['FAKE_PSTN_RING_SECONDS', options.fakePstn.ringSeconds],
        ['FAKE_PSTN_TALK_SECONDS', options.fakePstn.talkSeconds],
      ],
    },
    {
      name: OUTBOUND_CONTEXT,
      comment: 'Straight to the fake PSTN, with no routes, do-not-call check or recording: for tests.',
      separator: '=>',
      lines: extension('_X.', [dialFakePstn, 'Hangup()']),
    },
    {
      name: AMD_CONTEXT,
      separator: '=>',
      lines: extension('s', [
        'AMD()',
        `UserEvent(${AMD_USER_EVENT},Status: \${AMDSTATUS},Cause: \${AMDCAUSE})`,
        'Hangup()',
      ]),
    },
    {
      name: 'switchboard-agents',
      comment: "Calls placed by test phones; users' phones use the switchboard-phone-dial-* context of their rights.",
      separator: '=>',
      lines: extension('_X.', [`Goto(${OUTBOUND_CONTEXT},\${EXTEN},1)`]),
    },
    {
      name: 'switchboard-from-trunk',
      comment: 'Calls from carriers to our numbers; inbound routes come later, so none is in service yet.',
      separator: '=>',
      lines: extension('_X.', ['Hangup(1)']),
    },
    ...spyDialplan(),
    ...fakePstnDialplan(),
  ]);
  return `${base}\n${tryInclude(databaseInclude('extensions.conf'))}`;
}
