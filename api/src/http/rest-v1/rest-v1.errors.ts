import type { ErrorRequestHandler, Request } from 'express';
import type { Logger } from 'pino';
import type { ZodError } from 'zod';
import { DomainError, ErrorKind } from '@switchboard/schema';
import { languageOf, message, type Language, type MessageKey } from './rest-v1.messages.js';

/** An answer decided before any domain call (authentication, a malformed body): sent as is. */
export class RestV1Reply extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`REST v1 reply ${status}`);
  }
}

/** A request that failed its zod schema: every field at fault, by the name the client sent. */
export class RestV1InvalidRequest extends Error {
  constructor(readonly problems: ReadonlyArray<{ field: string; message: string; missing: boolean }>) {
    super('invalid request');
  }
}

/** The zod issues of `input`, a field missing from it told apart from a malformed one. */
export function invalidRequest(error: ZodError, input: unknown): RestV1InvalidRequest {
  const valueAt = (path: readonly PropertyKey[]) =>
    path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], input);
  return new RestV1InvalidRequest(
    error.issues.map((issue) => ({
      field: issue.path.length > 0 ? issue.path.join('.') : 'body',
      message: issue.message,
      missing: issue.path.length > 0 && valueAt(issue.path) === undefined,
    })),
  );
}

/**
 * How an endpoint family answers failures, as OMniLeads does:
 * - `contact` (database_metadata, new_contact): 400 {status, message, errors: {field: [..]}};
 * - `disposition` (DRF viewsets): 400 flat {status, <field>: message}, 404 {detail};
 * - `plain` (login, dispositionOptions): 400 {field: [..]}, 404 {detail};
 * - `session` (asterisk_login, _logout, _pause, _unpause): 200 {status: ERROR, message}.
 * Every family: failed authentication or permission is 403 {detail}, never 401; a body that
 * fails its schema is 400 {field: [..]} where no family shape says otherwise.
 */
export type ErrorFamily = 'contact' | 'disposition' | 'plain' | 'session';

/** Domain field names to the names OMniLeads' clients send. */
const OML_FIELDS: Record<string, string> = {
  campaignId: 'idCampaign',
  externalSystemId: 'idExternalSystem',
  contactId: 'idContact',
  optionId: 'idDispositionOption',
  comment: 'comments',
  callId: 'callid',
  externalId: 'idExternalContact',
};

export function omlField(field: unknown): string {
  if (typeof field !== 'string') return '__all__';
  if (field.startsWith('data.')) return field.slice('data.'.length);
  return OML_FIELDS[field] ?? field;
}

/** The fields a domain error names, with its message for each. */
function fieldMessages(error: DomainError): Array<[string, string]> {
  const problems = error.details['problems'];
  if (Array.isArray(problems) && problems.length > 0) {
    return (problems as Array<{ field: string; message: string }>).map((p) => [omlField(p.field), p.message]);
  }
  const text = error.message.replace(/^[\w.[\]]+: /, '');
  return [[omlField(error.details['field']), text]];
}

interface Reply {
  status: number;
  body: unknown;
}

function detail(status: number, language: Language, key: MessageKey): Reply {
  return { status, body: { detail: message(language, key) } };
}

/** The contact family's known messages, by domain code, for the field OML names. */
const CONTACT_CODES: Record<string, MessageKey> = {
  EXTERNAL_SYSTEM_UNKNOWN_SYSTEM: 'unknownExternalSystem',
  EXTERNAL_SYSTEM_UNKNOWN_CAMPAIGN: 'campaignNotFound',
  CAMPAIGN_ACCESS_NOT_ASSIGNED: 'campaignNotAllowed',
};

function contactReply(error: DomainError, language: Language): Reply {
  const known = CONTACT_CODES[error.code];
  const campaignMissing = error.kind === ErrorKind.NOT_FOUND && error.details['entity'] === 'Campaign';
  const errors: Record<string, string[]> = {};
  if (known) errors[omlField(error.details['field'] ?? 'campaignId')] = [message(language, known)];
  else if (campaignMissing) errors['idCampaign'] = [message(language, 'campaignNotFound')];
  else for (const [field, text] of fieldMessages(error)) (errors[field] ??= []).push(text);
  return { status: 400, body: { status: 'ERROR', message: message(language, 'dataErrors'), errors } };
}

const DISPOSITION_CODES: Record<string, [string, MessageKey]> = {
  DISPOSITION_DISPOSITION_EXISTS: ['msg', 'duplicateDisposition'],
  DISPOSITION_CONTACT_NOT_IN_CAMPAIGN: ['idContact', 'contactNotFound'],
  EXTERNAL_SYSTEM_UNKNOWN_CONTACT: ['idContact', 'contactNotFound'],
  DISPOSITION_OPTION_NOT_IN_CAMPAIGN: ['idDispositionOption', 'optionNotFound'],
  DISPOSITION_OPTION_HIDDEN: ['idDispositionOption', 'optionNotFound'],
  CONTACT_DUPLICATE_EXTERNAL_ID: ['idExternalContact', 'duplicateExternalContact'],
  CONTACT_INVALID_DATA: ['contacto', 'invalidContactData'],
};

function dispositionReply(error: DomainError, language: Language): Reply {
  const known = DISPOSITION_CODES[error.code];
  if (known) {
    const body: Record<string, unknown> = { status: 'ERROR', [known[0]]: message(language, known[1]) };
    // Which columns were wrong, beside OML's one-line answer.
    if (error.code === 'CONTACT_INVALID_DATA') body['errors'] = Object.fromEntries(fieldMessages(error));
    return { status: 400, body };
  }
  if (error.kind === ErrorKind.NOT_FOUND) return detail(404, language, 'notFound');
  return { status: 400, body: { status: 'ERROR', ...Object.fromEntries(fieldMessages(error)) } };
}

function plainReply(error: DomainError, language: Language): Reply {
  if (error.kind === ErrorKind.NOT_FOUND) return detail(404, language, 'notFound');
  const errors: Record<string, string[]> = {};
  for (const [field, text] of fieldMessages(error)) (errors[field] ??= []).push(text);
  return { status: 400, body: errors };
}

function authenticationReply(error: DomainError, language: Language): Reply {
  if (error.details['reason'] === 'TOKEN_EXPIRED') return detail(403, language, 'expiredToken');
  if (error.code === 'AUTH_INACTIVE' || error.code === 'AUTH_LOCKED') return detail(403, language, 'inactiveUser');
  return detail(403, language, 'invalidToken');
}

export function domainReply(error: DomainError, family: ErrorFamily, language: Language): Reply {
  if (error.kind === ErrorKind.UNAUTHENTICATED) return authenticationReply(error, language);
  // The contact family names a refused campaign or column as a field, as OMniLeads' forms do.
  const fieldRefused =
    family === 'contact' && (error.code === 'CAMPAIGN_ACCESS_NOT_ASSIGNED' || !!error.details['field']);
  if (error.kind === ErrorKind.FORBIDDEN && !fieldRefused) return detail(403, language, 'forbidden');
  if (family === 'contact') return contactReply(error, language);
  if (family === 'disposition') return dispositionReply(error, language);
  // OMniLeads answers its session endpoints 200 whatever happened; the message says why here.
  if (family === 'session') return { status: 200, body: { status: 'ERROR', message: error.message } };
  return plainReply(error, language);
}

function invalidRequestReply(error: RestV1InvalidRequest, family: ErrorFamily, language: Language): Reply {
  const errors: Record<string, string[]> = {};
  for (const problem of error.problems) {
    const text = problem.message.startsWith('@')
      ? message(language, problem.message.slice(1) as MessageKey)
      : problem.message;
    (errors[problem.field] ??= []).push(problem.missing ? message(language, 'required') : text);
  }
  if (family === 'contact') {
    return { status: 400, body: { status: 'ERROR', message: message(language, 'dataErrors'), errors } };
  }
  if (family === 'disposition') {
    const flat = Object.fromEntries(Object.entries(errors).map(([field, texts]) => [field, texts.join(' ')]));
    return { status: 400, body: { status: 'ERROR', ...flat } };
  }
  return { status: 400, body: errors };
}

function isClientHttpError(error: unknown): error is { status: number; message: string } {
  const { status, expose } = (error ?? {}) as { status?: unknown; expose?: unknown };
  return typeof status === 'number' && status >= 400 && status < 500 && expose === true;
}

export function familyOf(request: Request): ErrorFamily {
  return (request.res?.locals['errorFamily'] as ErrorFamily | undefined) ?? 'plain';
}

/** The /api/v1 error middleware: every failure in OMniLeads' shape for the route's family. */
export function restV1ErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, request, response, _next) => {
    const language = languageOf(request);
    const family = familyOf(request);
    let reply: Reply;
    if (error instanceof RestV1Reply) reply = { status: error.status, body: error.body };
    else if (error instanceof RestV1InvalidRequest) reply = invalidRequestReply(error, family, language);
    else if (error instanceof DomainError) reply = domainReply(error, family, language);
    else if ((error as { type?: string }).type === 'entity.parse.failed') {
      reply = invalidRequestReply(
        new RestV1InvalidRequest([{ field: 'body', message: 'is not valid JSON', missing: false }]),
        family,
        language,
      );
    } else if (isClientHttpError(error)) {
      // body-parser's own refusals (too large, unsupported charset): the client's fault, said as is.
      reply = { status: error.status, body: { detail: error.message } };
    } else {
      logger.error({ err: error, path: request.path }, 'unexpected error in /api/v1');
      reply = { status: 500, body: { detail: 'Internal server error' } };
    }
    response.status(reply.status).json(reply.body);
  };
}
