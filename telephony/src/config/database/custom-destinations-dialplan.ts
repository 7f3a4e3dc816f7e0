import { checkCustomDialplan } from '@switchboard/schema';
import { extension, type ConfSection } from '../conf-file.js';
import { destinationContext, gotoDestination } from './destination-dialplan.js';
import type { CustomDestinationModel } from './telephony-model.js';

/** The administrators' file, included by the generated extensions.conf. */
export const CUSTOM_DIALPLAN_FILE = 'extensions_custom.conf';

const CONTEXT = /^[A-Za-z0-9_-]{1,79}$/;
const EXTENSION = /^[A-Za-z0-9*#+_-]{1,40}$/;

/**
 * The CUSTOM destination: jumps to the administrator's context, extension and priority when
 * the dialplan has it, and to the failover destination when it does not (a Goto to a place
 * that does not exist would just hang the call up).
 */
export function customDestinationsDialplan(customs: readonly CustomDestinationModel[]): ConfSection[] {
  return customs.map((custom) => {
    if (!CONTEXT.test(custom.context) || !EXTENSION.test(custom.extension) || !Number.isInteger(custom.priority)) {
      throw new RangeError(`custom destination ${custom.id} cannot be a Goto target`);
    }
    const target = `${custom.context},${custom.extension},${custom.priority}`;
    return {
      name: destinationContext('CUSTOM', custom.id),
      separator: '=>' as const,
      lines: extension('s', [`GotoIf($[\${DIALPLAN_EXISTS(${target})}]?${target})`, gotoDestination(custom.failover)]),
    };
  });
}

/**
 * extensions_custom.conf as stored. Checked again here (the last gate before Asterisk): a
 * content that no longer passes is left out, commented, rather than loaded.
 */
export function customDialplanFile(content: string): string {
  try {
    checkCustomDialplan(content);
  } catch {
    return '; Switchboard: the stored custom dialplan did not pass its checks and was left out.\n';
  }
  return content.endsWith('\n') || content === '' ? content : `${content}\n`;
}
