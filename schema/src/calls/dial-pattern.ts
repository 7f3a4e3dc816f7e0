import type { DialPattern } from '../telephony/outbound-route.entity.js';

/**
 * Asterisk's extension patterns (the part after `_`) as a regular expression, so that a call
 * is refused with a clear error before the agent's phone rings rather than dropped by the
 * dialplan after it answered. X, Z and N are digit classes, [..] a set with ranges, `.` one or
 * more characters, `!` zero or more; a dash outside a set is ignored, as Asterisk ignores it.
 */
export function dialPatternExpression(pattern: string): RegExp {
  let source = '';
  for (let index = 0; index < pattern.length; index += 1) {
    const character = pattern[index]!;
    if (character === '[') {
      const end = pattern.indexOf(']', index);
      if (end < 0) throw new RangeError(`unclosed [ in dial pattern "${pattern}"`);
      const set = pattern.slice(index + 1, end).replace(/[\\^\]]/g, '\\$&');
      source += `[${set}]`;
      index = end;
      continue;
    }
    source += PATTERN_CHARACTERS[character] ?? character.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

const PATTERN_CHARACTERS: Record<string, string> = {
  X: '[0-9]',
  Z: '[1-9]',
  N: '[2-9]',
  '.': '.+',
  '!': '.*',
  '-': '',
};

/** Whether the number, as dialed, matches one of a route's patterns (prefix included). */
export function routeMatches(patterns: readonly DialPattern[], number: string): boolean {
  return patterns.some((pattern) => dialPatternExpression(`${pattern.prefix ?? ''}${pattern.pattern}`).test(number));
}
