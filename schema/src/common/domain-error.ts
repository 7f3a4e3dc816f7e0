/**
 * The five kinds every transport understands. Domain errors carry one of them, plus a
 * domain-specific code; the API maps kinds to GraphQL codes and REST statuses in one place.
 */
export enum ErrorKind {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
}

export type ErrorDetails = Record<string, unknown>;

export class DomainError<Code extends string = string> extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: Code,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/**
 * Declares a domain's error codes once, with the kind each maps to, and returns a typed
 * factory: `CampaignErrors.raise('ILLEGAL_TRANSITION', 'message', { from, to })`.
 */
export function defineDomainErrors<const Codes extends Record<string, ErrorKind>>(domain: string, codes: Codes) {
  type Code = keyof Codes & string;
  class DomainSpecificError extends DomainError<Code> {}
  Object.defineProperty(DomainSpecificError, 'name', { value: `${domain}Error` });
  return {
    Error: DomainSpecificError,
    create(code: Code, message: string, details?: ErrorDetails): DomainSpecificError {
      return new DomainSpecificError(codes[code]!, `${domain}_${code}`, message, details);
    },
  };
}

export const CommonErrors = defineDomainErrors('COMMON', {
  NOT_FOUND: ErrorKind.NOT_FOUND,
  INVALID_INPUT: ErrorKind.BAD_USER_INPUT,
  CONFLICT: ErrorKind.CONFLICT,
  UNAUTHENTICATED: ErrorKind.UNAUTHENTICATED,
  FORBIDDEN: ErrorKind.FORBIDDEN,
});

export function notFound(entity: string, id: string): DomainError {
  return CommonErrors.create('NOT_FOUND', `${entity} ${id} was not found`, { entity, id });
}

export function invalidInput(field: string, message: string, details: ErrorDetails = {}): DomainError {
  return CommonErrors.create('INVALID_INPUT', `${field}: ${message}`, { field, ...details });
}
