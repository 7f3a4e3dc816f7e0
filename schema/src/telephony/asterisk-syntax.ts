/**
 * What may reach generated Asterisk configuration from user input. Names become section and
 * context names; Dial() options are pasted into a dialplan line, where ",", "|", ";" and line
 * breaks would change its meaning.
 */
export const ASTERISK_IDENTIFIER = /^[A-Za-z0-9_-]+$/;
export const ASTERISK_IDENTIFIER_MESSAGE = '$property may contain letters, digits, _ and - only';

/** Option letters, each with an optional "(argument)" such as L(60000) or U(sub^arg). */
export const DIAL_OPTIONS = /^(?:[A-Za-z](?:\([A-Za-z0-9^:_.#*@/+-]*\))?)*$/;
export const DIAL_OPTIONS_MESSAGE = 'dialOptions may contain Dial() option letters, each with an optional (argument)';
