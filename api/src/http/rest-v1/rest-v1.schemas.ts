import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { isUuid } from '@switchboard/schema';

extendZodWithOpenApi(z);

/**
 * The /api/v1 bodies and answers, in OMniLeads' field names. Routes parse with them and the
 * OpenAPI document (api/openapi.json) is generated from them: one definition of each.
 */

/** Ids arrive as JSON numbers or strings (form bodies carry only strings). */
const idValue = z
  .union([z.string().trim().min(1).max(128), z.number()])
  .transform(String)
  .openapi({ type: 'string', description: 'A string, or a JSON number' });

const optionalText = (max: number) =>
  z
    .union([z.string().max(max), z.null()])
    .optional()
    .transform((value) => value ?? null);

/** Messages starting with @ are message keys, translated when the error is sent. */
export const CAMPAIGN_ID_INVALID = '@invalidCampaignId';
const EXTERNAL_SYSTEM_UNKNOWN = '@unknownExternalSystem';

/** In our-id mode (no idExternalSystem) `field` must be one of our ids. */
function requireUuid(field: string, messageText: string) {
  return (body: Record<string, unknown>, context: z.RefinementCtx) => {
    if (body['idExternalSystem'] === undefined && typeof body[field] === 'string' && !isUuid(body[field])) {
      context.addIssue({ code: 'custom', path: [field], message: messageText });
    }
  };
}

/** External systems are named by our id: anything else names none. */
function knownSystemId(body: { idExternalSystem?: string | undefined }, context: z.RefinementCtx): void {
  if (body.idExternalSystem !== undefined && !isUuid(body.idExternalSystem)) {
    context.addIssue({ code: 'custom', path: ['idExternalSystem'], message: EXTERNAL_SYSTEM_UNKNOWN });
  }
}

export const LoginBody = z.object({ username: z.string().min(1), password: z.string().min(1) }).openapi('LoginBody');

export const LoginResponse = z
  .object({
    token: z.string().openapi({ description: 'Send it as Authorization: Bearer <token>.' }),
    expires_in: z
      .string()
      .openapi({ description: 'Seconds left on the token, as a string (OMniLeads sends a timedelta).' }),
    user: z.object({
      first_name: z.string(),
      last_name: z.string(),
      email: z.string(),
      agent_id: z.string().optional().openapi({ description: 'Agent profile id, for agents.' }),
    }),
  })
  .openapi('LoginResponse');

export const Detail = z.object({ detail: z.string() }).openapi('Detail');

export const FieldErrors = z.record(z.string(), z.array(z.string())).openapi('FieldErrors');

const campaignReferenceShape = {
  idCampaign: idValue.openapi({
    description: 'Campaign id; with idExternalSystem, the campaign id in that external system.',
  }),
  idExternalSystem: idValue.optional().openapi({ description: 'External system id: switches idCampaign to its id.' }),
};

export const DatabaseMetadataBody = z
  .object(campaignReferenceShape)
  .superRefine(requireUuid('idCampaign', CAMPAIGN_ID_INVALID))
  .superRefine(knownSystemId)
  .openapi('DatabaseMetadataBody');

export const DatabaseMetadataResponse = z
  .object({
    status: z.literal('OK'),
    main_phone: z.string().nullable(),
    external_id: z.string().nullable().openapi({ description: 'The external-id column, or null.' }),
    fields: z.array(z.string()).openapi({ description: 'Every column, in database order.' }),
  })
  .openapi('DatabaseMetadataResponse');

export const ContactError = z
  .object({
    status: z.literal('ERROR'),
    message: z.string(),
    errors: z.union([FieldErrors, z.array(z.string()), z.string()]),
  })
  .openapi('ContactError');

const columnValue = z.union([z.string().max(2_000), z.number(), z.null()]);

export const NewContactBody = z
  .object({
    ...campaignReferenceShape,
    confirmar_duplicado: z
      .union([z.boolean(), z.enum(['true', 'false', 'True', 'False'])])
      .optional()
      .openapi({ description: 'Accepted for compatibility; duplicates follow the campaign setting.' }),
  })
  .catchall(columnValue)
  .superRefine(requireUuid('idCampaign', CAMPAIGN_ID_INVALID))
  .superRefine(knownSystemId)
  .openapi('NewContactBody', { description: 'idCampaign, plus one key per column (see database_metadata).' });

export const NewContactResponse = z
  .object({
    status: z.literal('OK'),
    message: z.string(),
    id: z.string(),
    contacto: z.record(z.string(), z.string().nullable()),
  })
  .openapi('NewContactResponse');

export const CampaignPath = z.object({
  campaign: z
    .string()
    .regex(/^\w+$|^[0-9a-f-]{36}$/i)
    .max(128),
});
export const ExternalCampaignPath = CampaignPath.extend({ system: z.string().max(128) });
export const DispositionPath = z.object({ id: z.string().max(128) });

export const DispositionOptionItem = z
  .object({ id: z.string(), name: z.string(), hidden: z.boolean() })
  .openapi('DispositionOption');

export const DispositionItem = z
  .object({
    id: z.string(),
    idContact: z.string(),
    callid: z.string().nullable(),
    idDispositionOption: z.string(),
    comments: z.string(),
  })
  .openapi('Disposition');

/** Options have no external ids: always ours. */
function optionIdRule(body: { idDispositionOption: string }, context: z.RefinementCtx): void {
  if (!isUuid(body.idDispositionOption)) {
    context.addIssue({ code: 'custom', path: ['idDispositionOption'], message: 'must be a disposition option id' });
  }
}

const dispositionFields = {
  idDispositionOption: idValue.openapi({ description: 'A visible option; it fixes the campaign.' }),
  comments: optionalText(2_000),
  callid: optionalText(64),
};

export const DispositionBody = z
  .object({
    ...dispositionFields,
    idContact: idValue.openapi({ description: 'Contact id; with idExternalSystem, its external id.' }),
    idExternalSystem: z
      .unknown()
      .optional()
      .openapi({ description: 'Only its presence matters: idContact is then an external id.' }),
  })
  .superRefine(requireUuid('idContact', 'must be a contact id'))
  .superRefine(optionIdRule)
  .openapi('DispositionBody');

export const NewContactDispositionBody = z
  .object({
    ...dispositionFields,
    phone: z.union([z.string().min(1).max(128), z.number()]).transform(String),
    idExternalContact: optionalText(128),
  })
  .catchall(columnValue)
  .superRefine(optionIdRule)
  .openapi('NewContactDispositionBody', { description: 'Besides these, one key per data column.' });

export const DispositionError = z
  .object({ status: z.literal('ERROR') })
  .catchall(z.unknown())
  .openapi('DispositionError', {
    description: 'Flat: msg (duplicate), idContact, idDispositionOption, idExternalContact, contacto, or a field.',
  });

/** §3.10 asterisk_pause: `pause_id` as a string (OMniLeads compares with '0' and '00'). */
export const PauseBody = z
  .object({
    pause_id: z
      .string()
      .min(1)
      .max(128)
      .openapi({ description: 'Id of an active pause. OMniLeads\' "0" (ACW) and "00" (Supervision) are refused.' }),
  })
  .openapi('PauseBody');

export const SessionResponse = z
  .object({
    status: z.enum(['OK', 'ERROR']),
    message: z.string().optional().openapi({ description: 'Why, with ERROR (OMniLeads sends none).' }),
  })
  .openapi('SessionResponse');
