import { ValidateBy, buildMessage, type ValidationOptions } from 'class-validator';

/**
 * A caller id as Switchboard sends it to Asterisk (an Originate's CallerID header, SIP From):
 * a number, or `"Name" <number>`. The number is digits with an optional leading +; the name
 * has no quote, angle bracket or backslash (they would end or escape the quoting) and no
 * control character (a CR LF adds AMI headers).
 */
const NUMBER = '\\+?[0-9]{1,20}';
const NAME = '[^"\\\\<>\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]*';
const BARE = new RegExp(`^(${NUMBER})$`);
const NAMED = new RegExp(`^"(${NAME})" <(${NUMBER})>$`);

export interface CallerId {
  name: string | null;
  number: string;
}

/** The parts of a caller id, or null when it is not one. */
export function parseCallerId(value: string): CallerId | null {
  const bare = BARE.exec(value);
  if (bare) return { name: null, number: bare[1]! };
  const named = NAMED.exec(value);
  return named ? { name: named[1]!, number: named[2]! } : null;
}

export function isCallerId(value: unknown): boolean {
  return typeof value === 'string' && parseCallerId(value) !== null;
}

export const CALLER_ID_MESSAGE = '$property must be a number or "Name" <number> (no quotes, <, > or \\ in the name)';

export function IsCallerId(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCallerId',
      validator: {
        validate: isCallerId,
        defaultMessage: buildMessage((each) => `${each}${CALLER_ID_MESSAGE}`, options),
      },
    },
    options,
  );
}
