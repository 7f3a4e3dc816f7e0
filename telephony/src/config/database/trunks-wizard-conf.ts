import { renderConf, type ConfLine, type ConfSection } from '../conf-file.js';
import { TRANSPORT_UDP } from '../pjsip-conf.js';
import type { TrunkModel } from './telephony-model.js';

/** Where calls from carriers enter the dialplan. */
export const FROM_TRUNK_CONTEXT = 'switchboard-from-trunk';

/**
 * Keys the platform decides, whatever the administrator's text says: the manual's templates
 * name OMniLeads' transports and contexts, which do not exist here.
 */
const FORCED: ReadonlyMap<string, string> = new Map([
  ['type', 'wizard'],
  ['transport', TRANSPORT_UDP],
  ['endpoint/context', FROM_TRUNK_CONTEXT],
]);

const SETTING = /^([A-Za-z0-9_./-]+)\s*=\s*(.*)$/;
/** Text stored before the API refused control characters: such a line is dropped, not written. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/**
 * The settings of a stored wizard text. The API validated it when it was saved (sip-details.ts
 * refuses directives); this parse is lenient and only drops what is not a setting, so that one
 * odd line cannot stop every other trunk from loading.
 */
function settingsOf(text: string): ConfLine[] {
  return text
    .split(/\r?\n/)
    .filter((line) => !CONTROL_CHARACTER.test(line.replace(/\t/g, ' ')))
    .map((line) => SETTING.exec(line.trim()))
    .filter((match): match is RegExpExecArray => match !== null && !FORCED.has(match[1]!))
    .map((match) => [match[1]!, match[2]!.trim()] as const);
}

function trunkSection(trunk: TrunkModel): ConfSection {
  return {
    name: trunk.name,
    comment: `Trunk ${trunk.name}: at most ${trunk.maxChannels} channels (counted in the dialplan).`,
    lines: [...FORCED, ...settingsOf(trunk.sipDetails)],
  };
}

/** pjsip_wizard.conf part: one wizard section per trunk. */
export function trunksWizardConf(trunks: readonly TrunkModel[]): string {
  return renderConf(trunks.map(trunkSection));
}
