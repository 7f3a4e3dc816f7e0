import { renderConf } from './conf-file.js';

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
      ]),
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
      ]),
    ],
    ['amd.conf', amdConf()],
    ['acl.conf', empty],
    ['ccss.conf', empty],
    ['pjproject.conf', empty],
    ['pjsip_wizard.conf', empty],
    ['queuerules.conf', empty],
    ['udptl.conf', renderConf([{ name: 'general', lines: [] }])],
  ]);
}

/** Asterisk's own defaults, written out; the AMD settings entity will drive these later. */
function amdConf(): string {
  return renderConf([
    {
      name: 'general',
      lines: [
        ['initial_silence', 2500],
        ['greeting', 1500],
        ['after_greeting_silence', 800],
        ['total_analysis_time', 5000],
        ['min_word_length', 100],
        ['between_words_silence', 50],
        ['maximum_number_of_words', 2],
        ['maximum_word_length', 5000],
        ['silence_threshold', 256],
      ],
    },
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
