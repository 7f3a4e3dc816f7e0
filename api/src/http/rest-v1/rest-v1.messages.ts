import type { Request } from 'express';

/**
 * OMniLeads answers in Spanish unless the client asks for English (LANGUAGE_CODE 'es' with
 * LocaleMiddleware). CRMs key on fields and statuses; these texts are the ones OML sends.
 */
const MESSAGES = {
  noCredentials: {
    es: 'Las credenciales de autenticación no se proveyeron.',
    en: 'Authentication credentials were not provided.',
  },
  invalidToken: { es: 'Invalid Token', en: 'Invalid Token' },
  expiredToken: { es: 'The Token is expired', en: 'The Token is expired' },
  inactiveUser: { es: 'User is not active', en: 'User is not active' },
  headerWithoutToken: {
    es: 'Invalid token header. No credentials provided.',
    en: 'Invalid token header. No credentials provided.',
  },
  headerWithSpaces: {
    es: 'Invalid token header. Token string should not contain spaces.',
    en: 'Invalid token header. Token string should not contain spaces.',
  },
  forbidden: {
    es: 'Usted no tiene permiso para realizar esta acción.',
    en: 'You do not have permission to perform this action.',
  },
  notFound: { es: 'No encontrado.', en: 'Not found.' },
  methodNotAllowed: { es: 'Método "{method}" no permitido.', en: 'Method "{method}" not allowed.' },
  invalidCredentials: {
    es: 'Invalid Credentials or activate account',
    en: 'Invalid Credentials or activate account',
  },
  required: { es: 'Este campo es requerido.', en: 'This field is required.' },
  dataErrors: { es: 'Hubo errores en los datos recibidos', en: 'There were errors on received data' },
  unknownExternalSystem: { es: 'Sistema externo inexistente.', en: 'Unkown external system' },
  invalidCampaignId: { es: 'Debe indicar un idCampaign válido.', en: 'You must provide a valid idCampaign' },
  campaignNotFound: { es: 'Campaña inexistente.', en: 'Campaign not found' },
  campaignNotAllowed: {
    es: 'No tiene permiso para editar la campaña.',
    en: "You don't have permission to edit the campaign",
  },
  contactAdded: { es: 'Contacto agregado', en: 'Contact added' },
  duplicateDisposition: {
    es: 'There is another disposition for this contact on this campaign',
    en: 'There is another disposition for this contact on this campaign',
  },
  contactNotFound: { es: 'Contact id not found', en: 'Contact id not found' },
  optionNotFound: { es: 'Disposition option id not found', en: 'Disposition option id not found' },
  duplicateExternalContact: {
    es: 'There is another contact with this external id on this database',
    en: 'There is another contact with this external id on this database',
  },
  invalidContactData: { es: 'Contact data is invalid', en: 'Contact data is invalid' },
  throttled: { es: 'Demasiados intentos fallidos; espere.', en: 'Too many failed logins; wait.' },
} as const satisfies Record<string, { es: string; en: string }>;

export type MessageKey = keyof typeof MESSAGES;
export type Language = 'es' | 'en';

export function languageOf(request: Request): Language {
  return request.acceptsLanguages('es', 'en') === 'en' ? 'en' : 'es';
}

export function message(language: Language, key: MessageKey): string {
  return MESSAGES[key][language];
}
