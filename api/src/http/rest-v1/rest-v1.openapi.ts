import { OpenApiGeneratorV31, OpenAPIRegistry, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import * as schemas from './rest-v1.schemas.js';

const json = (schema: z.ZodType, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

/** Every body encoding OMniLeads accepts, with the same schema. */
const anyEncoding = (schema: z.ZodType) => ({
  required: true,
  content: {
    'application/json': { schema },
    'application/x-www-form-urlencoded': { schema },
    'multipart/form-data': { schema },
  },
});

const forbidden = json(
  schemas.Detail,
  'Not authenticated (no, unknown or expired token) or not allowed: 403, never 401.',
);
const notFound = json(schemas.Detail, 'Unknown id, or outside what the caller may see.');

function path(config: Omit<RouteConfig, 'security'> & { public?: boolean }): RouteConfig {
  const { public: open, ...rest } = config;
  return { ...rest, tags: ['CRM bridge'], ...(open ? {} : { security: [{ bearer: [] }] }) };
}

function registerLoginAndContactPaths(registry: OpenAPIRegistry): void {
  registry.registerPath(
    path({
      method: 'post',
      path: '/api/v1/login',
      summary: 'Get a token',
      public: true,
      request: { body: anyEncoding(schemas.LoginBody) },
      responses: {
        200: json(schemas.LoginResponse, 'The token, its remaining lifetime and the user.'),
        400: json(schemas.FieldErrors, 'A field is missing.'),
        404: json(schemas.Detail, 'Invalid Credentials or activate account'),
        429: json(schemas.Detail, 'Too many failed logins; see Retry-After.'),
      },
    }),
  );
  registry.registerPath(
    path({
      method: 'post',
      path: '/api/v1/campaign/database_metadata/',
      summary: "A campaign's contact columns, main phone and external-id column",
      request: { body: anyEncoding(schemas.DatabaseMetadataBody) },
      responses: {
        200: json(schemas.DatabaseMetadataResponse, 'The structure.'),
        400: json(schemas.ContactError, 'Unknown external system or campaign, or not the caller’s campaign.'),
        403: forbidden,
      },
    }),
  );
  registry.registerPath(
    path({
      method: 'post',
      path: '/api/v1/new_contact/',
      summary: "Add a contact to a campaign's database",
      request: { body: anyEncoding(schemas.NewContactBody) },
      responses: {
        200: json(schemas.NewContactResponse, 'Added.'),
        400: json(schemas.ContactError, 'Errors keyed by column (or idCampaign / idExternalSystem).'),
        403: forbidden,
      },
    }),
  );
}

function registerDispositionPaths(registry: OpenAPIRegistry): void {
  const dispositionPath = z.object({ id: z.string().openapi({ description: 'Disposition id' }) });
  const campaignPath = z.object({ idc: z.string().openapi({ description: 'Campaign id' }) });
  const externalPath = z.object({
    idc: z.string().openapi({ description: 'The campaign id in the external system' }),
    ids: z.string().openapi({ description: 'External system id' }),
  });
  const optionResponses = {
    200: json(z.array(schemas.DispositionOptionItem), 'The options agents may use.'),
    403: forbidden,
    404: notFound,
  };
  registry.registerPath(
    path({
      method: 'get',
      path: '/api/v1/campaign/{idc}/dispositionOptions/',
      summary: "A campaign's disposition options",
      request: { params: campaignPath },
      responses: optionResponses,
    }),
  );
  registry.registerPath(
    path({
      method: 'get',
      path: '/api/v1/campaign/{idc}/dispositionOptions/{ids}/',
      summary: "A campaign's disposition options, by its id in an external system",
      request: { params: externalPath },
      responses: optionResponses,
    }),
  );
  registry.registerPath(
    path({
      method: 'get',
      path: '/api/v1/disposition/',
      summary: 'The dispositions the caller made last',
      responses: { 200: json(z.array(schemas.DispositionItem), 'Every one, unpaginated.'), 403: forbidden },
    }),
  );
  registry.registerPath(
    path({
      method: 'get',
      path: '/api/v1/disposition/{id}/',
      summary: "One of the caller's dispositions",
      request: { params: dispositionPath },
      responses: { 200: json(schemas.DispositionItem, 'The disposition.'), 403: forbidden, 404: notFound },
    }),
  );
  const dispositionErrors = {
    400: json(schemas.DispositionError, 'Flat error: msg, idContact, idDispositionOption or the field at fault.'),
    403: forbidden,
  };
  registry.registerPath(
    path({
      method: 'post',
      path: '/api/v1/disposition/',
      summary: 'Disposition an existing contact (its first disposition in the campaign)',
      request: { body: anyEncoding(schemas.DispositionBody) },
      responses: { 201: json(schemas.DispositionItem, 'Created.'), ...dispositionErrors },
    }),
  );
  registry.registerPath(
    path({
      method: 'put',
      path: '/api/v1/disposition/{id}/',
      summary: "Change one of the caller's dispositions",
      request: { params: dispositionPath, body: anyEncoding(schemas.DispositionBody) },
      responses: { 200: json(schemas.DispositionItem, 'Changed.'), ...dispositionErrors, 404: notFound },
    }),
  );
  registry.registerPath(
    path({
      method: 'post',
      path: '/api/v1/new_contact/disposition/',
      summary: "Add a contact to the option's campaign and disposition it (both or neither)",
      request: { body: anyEncoding(schemas.NewContactDispositionBody) },
      responses: { 201: json(schemas.DispositionItem, 'Created; idContact is the new contact.'), ...dispositionErrors },
    }),
  );
}

function registerAgentSessionPaths(registry: OpenAPIRegistry): void {
  const answered = {
    200: json(
      schemas.SessionResponse,
      'Always 200: OK, or ERROR with why (logged out already, on a call, no such pause).',
    ),
    403: forbidden,
  };
  const paths: Array<[string, string]> = [
    ['asterisk_login', "Log the calling agent in: its phone joins its active campaigns' queues"],
    ['asterisk_logout', 'Log the calling agent out of every queue (refused during a call)'],
    ['asterisk_unpause', 'Back to READY from a pause or after-call work'],
  ];
  for (const [name, summary] of paths) {
    registry.registerPath(path({ method: 'post', path: `/api/v1/${name}/`, summary, responses: answered }));
  }
  registry.registerPath(
    path({
      method: 'post',
      path: '/api/v1/asterisk_pause/',
      summary: 'Pause the calling agent in every queue with one of the active pauses',
      request: { body: anyEncoding(schemas.PauseBody) },
      responses: { ...answered, 400: json(schemas.FieldErrors, 'pause_id missing or not a string.') },
    }),
  );
}

function buildRegistry(): OpenAPIRegistry {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'The token from POST /api/v1/login.',
  });
  registerLoginAndContactPaths(registry);
  registerDispositionPaths(registry);
  registerAgentSessionPaths(registry);
  return registry;
}

/** The committed api/openapi.json: generated from the same zod schemas the routes parse with. */
export function restV1OpenApiDocument() {
  return new OpenApiGeneratorV31(buildRegistry().definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Switchboard CRM bridge (/api/v1)',
      version: '1.0.0',
      description:
        "OMniLeads' /api/v1 dialect: a CRM integrated with OMniLeads works unchanged. Every path also answers " +
        'without its trailing slash. Ids are Switchboard ids (UUIDs) or, with idExternalSystem, the CRM’s own. ' +
        'Messages are Spanish unless Accept-Language asks for English.',
    },
  });
}
