import { extension, type ConfLine, type ConfSection } from '../conf-file.js';
import { audioSoundName } from './audio-sounds.js';
import { destinationContext, gotoDestination } from './destination-dialplan.js';
import type { IvrModel } from './telephony-model.js';

const DIGIT = /^[0-9*#]$/;
/** Channel variables counting this menu's timeouts and invalid keys (reset when a menu starts). */
const TIMEOUTS = 'SB_IVR_TIMEOUTS';
const INVALIDS = 'SB_IVR_INVALIDS';

/**
 * After a timeout (`t`) or an invalid key (`i`): play that audio, then the menu again while
 * retries remain, else the destination. Retries 2: the menu is heard three times in all.
 */
function failurePath(
  name: 't' | 'i',
  counter: string,
  retries: number,
  audioId: string | null,
  destination: IvrModel['timeoutDestination'],
): ConfLine[] {
  if (!Number.isInteger(retries) || retries < 0) throw new RangeError(`IVR retries ${retries}`);
  return extension(name, [
    `Set(${counter}=$[\${${counter}} + 1])`,
    ...(audioId ? [`Playback(${audioSoundName(audioId)})`] : []),
    `GotoIf($[\${${counter}} > ${retries}]?out)`,
    'Goto(s,menu)',
    `(out)${gotoDestination(destination)}`,
  ]);
}

/**
 * The IVR destination: `sb-dest-ivr-<id>` answers, plays the main audio while listening for
 * a key (Background), waits the timeout (WaitExten), and sends each key of an option to its
 * destination. The language of system prompts is the route's CHANNEL(language); custom audios
 * are language-independent files.
 */
export function ivrsDialplan(ivrs: readonly IvrModel[]): ConfSection[] {
  return ivrs.map((ivr) => {
    if (!Number.isInteger(ivr.timeoutSeconds) || ivr.timeoutSeconds < 1) {
      throw new RangeError(`IVR timeout ${ivr.timeoutSeconds}`);
    }
    const options = ivr.options.flatMap((option) => {
      if (!DIGIT.test(option.digit)) throw new RangeError(`IVR digit ${JSON.stringify(option.digit)}`);
      return extension(option.digit, [gotoDestination(option.destination)]);
    });
    return {
      name: destinationContext('IVR', ivr.id),
      separator: '=>' as const,
      lines: [
        ...extension('s', [
          'Answer()',
          `Set(${TIMEOUTS}=0)`,
          `Set(${INVALIDS}=0)`,
          `(menu)Background(${audioSoundName(ivr.mainAudioId)})`,
          `WaitExten(${ivr.timeoutSeconds})`,
        ]),
        ...options,
        ...failurePath('t', TIMEOUTS, ivr.timeoutRetries, ivr.timeoutAudioId, ivr.timeoutDestination),
        ...failurePath('i', INVALIDS, ivr.invalidRetries, ivr.invalidAudioId, ivr.invalidDestination),
      ],
    };
  });
}
