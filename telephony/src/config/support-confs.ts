import { renderConf, tryInclude } from './conf-file.js';
import { databaseInclude } from './pbx-options.js';

/**
 * The configuration files that loaded modules read but that Switchboard has nothing to say
 * in yet. Present (rather than missing) so that Asterisk starts without errors, with the
 * features we do not use switched off.
 */
export function supportConfs(): Map<string, string> {
  const empty = renderConf([]);
  return new Map([
    // Calls are logged from AMI events, not from CDR or CEL records.
    ['cdr.conf', renderConf([{ name: 'general', lines: [['enable', false]] }])],
    ['cel.conf', renderConf([{ name: 'general', lines: [['enable', false]] }])],
    ['features.conf', renderConf([{ name: 'general', lines: [] }])],
    ['indications.conf', indicationsConf()],
    [
      'musiconhold.conf',
      renderConf([
        {
          name: 'default',
          lines: [
            ['mode', 'files'],
            ['directory', 'moh'],
          ],
        },
      ]) + `\n${tryInclude(databaseInclude('musiconhold.conf'))}`,
    ],
    [
      'queues.conf',
      renderConf([
        {
          name: 'general',
          lines: [
            ['persistentmembers', false],
            ['monitor-type', 'MixMonitor'],
          ],
        },
      ]) + `\n${tryInclude(databaseInclude('queues.conf'))}`,
    ],
    // Only the database's file: a second [general] here would shadow it. Until the database
    // configuration is applied, app_amd uses its built-in defaults.
    ['amd.conf', empty + tryInclude(databaseInclude('amd.conf'))],
    ['acl.conf', empty],
    ['ccss.conf', empty],
    ['pjproject.conf', empty],
    ['pjsip_wizard.conf', `${empty}\n${tryInclude(databaseInclude('pjsip_wizard.conf'))}`],
    ['queuerules.conf', empty],
    ['udptl.conf', renderConf([{ name: 'general', lines: [] }])],
  ]);
}

/** Ring, busy and congestion tones, for channels that hear them in-band. */
function indicationsConf(): string {
  return renderConf([
    { name: 'general', lines: [['country', 'us']] },
    {
      name: 'us',
      lines: [
        ['description', 'United States / North America'],
        ['ringcadence', '2000,4000'],
        ['dial', '350+440'],
        ['busy', '480+620/500,0/500'],
        ['ring', '440+480/2000,0/4000'],
        ['congestion', '480+620/250,0/250'],
        ['callwaiting', '440/300,0/10000'],
        ['record', '1400/500,0/15000'],
        ['info', '!950/330,!1400/330,!1800/330,0'],
      ],
    },
  ]);
}
