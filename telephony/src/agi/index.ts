export { AgiSession, AgiHangupError, type AgiEnvironment, type AgiReply } from './agi-session.js';
export { startFastAgiServer, type AgiHandler, type FastAgiServer } from './fastagi-server.js';
export { DNC_UNREADABLE_REASON, doNotCallHandler } from './do-not-call.agi.js';
export { inboundContactHandler } from './inbound-contact.agi.js';
export { timeConditionHandler } from './time-condition.agi.js';
export { destinationAgiHandlers } from './destination-handlers.js';
export { callerIdentificationHandler } from './caller-identification.agi.js';
export { askCrm, crmVerdict, type CrmVerdict } from './crm-identification.js';
