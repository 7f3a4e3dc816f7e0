import express, { type Request, type RequestHandler, type Response } from 'express';
import type { z } from 'zod';
import {
  campaignContactStructure,
  campaignIdOf,
  changeOwnDisposition,
  createCampaignContact,
  DomainError,
  disposeByOption,
  disposeNewContact,
  dispositionOptionsOf,
  findOwnDisposition,
  listOwnDispositions,
  type CampaignReference,
  type Disposition,
  type DomainContext,
} from '@switchboard/schema';
import type { HttpDependencies } from '../authenticate.js';
import { restV1Context } from './rest-v1.authentication.js';
import { restV1BodyParsers } from './rest-v1.body.js';
import { createRestV1DocsRouter } from './rest-v1.docs.js';
import { invalidRequest, restV1ErrorHandler, RestV1Reply, type ErrorFamily } from './rest-v1.errors.js';
import { languageOf, message } from './rest-v1.messages.js';
import * as schemas from './rest-v1.schemas.js';

function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const input = value ?? {};
  const result = schema.safeParse(input);
  if (!result.success) throw invalidRequest(result.error, input);
  return result.data;
}

/** A route of a family (how its failures look); Express 5 passes rejections to the error handler. */
function route(family: ErrorFamily, handler: (request: Request, response: Response) => Promise<void>): RequestHandler {
  return async (request, response) => {
    response.locals['errorFamily'] = family;
    await handler(request, response);
  };
}

function campaignReference(body: { idCampaign: string; idExternalSystem?: string | undefined }): CampaignReference {
  return body.idExternalSystem === undefined
    ? { id: body.idCampaign }
    : { externalSystemId: body.idExternalSystem, externalId: body.idCampaign };
}

function dispositionItem(disposition: Disposition): z.input<typeof schemas.DispositionItem> {
  return {
    id: disposition.id,
    idContact: disposition.contact.id,
    callid: disposition.callId,
    idDispositionOption: disposition.option.id,
    comments: disposition.comment ?? '',
  };
}

const CAMPAIGN_KEYS = new Set(['idCampaign', 'idExternalSystem', 'confirmar_duplicado']);

async function login(dependencies: HttpDependencies, request: Request, response: Response): Promise<void> {
  const body = parse(schemas.LoginBody, request.body);
  const language = languageOf(request);
  try {
    const em = dependencies.orm.em.fork();
    const { token, expiresAt, user } = await dependencies.services.auth.login(
      em,
      body.username,
      body.password,
      request.ip ?? null,
    );
    const expiresIn = Math.max(0, (expiresAt.getTime() - Date.now()) / 1000);
    response.json({
      token,
      expires_in: expiresIn.toFixed(6),
      user: {
        first_name: user.firstName,
        last_name: user.lastName,
        email: user.email ?? '',
        ...(user.agentProfile ? { agent_id: user.agentProfile.id } : {}),
      },
    } satisfies z.input<typeof schemas.LoginResponse>);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'AUTH_THROTTLED') {
      response.setHeader('Retry-After', String(error.details['retryAfterSeconds']));
      throw new RestV1Reply(429, { detail: message(language, 'throttled') });
    }
    if (error instanceof DomainError && error.code.startsWith('AUTH_')) {
      throw new RestV1Reply(404, { detail: message(language, 'invalidCredentials') });
    }
    throw error;
  }
}

async function newContact(context: DomainContext, request: Request, response: Response): Promise<void> {
  const body = parse(schemas.NewContactBody, request.body);
  const campaignId = await campaignIdOf(context, campaignReference(body));
  const data = Object.fromEntries(Object.entries(body).filter(([key]) => !CAMPAIGN_KEYS.has(key)));
  const contact = await createCampaignContact(context, campaignId, data);
  const structure = await campaignContactStructure(context, campaignId);
  response.json({
    status: 'OK',
    message: message(languageOf(request), 'contactAdded'),
    id: contact.id,
    contacto: Object.fromEntries(structure.columns.map((column) => [column, contact.data[column] ?? null])),
  } satisfies z.input<typeof schemas.NewContactResponse>);
}

/** OMniLeads' /api/v1 dialect over the domain services GraphQL uses (docs/rest-v1.md, api/openapi.json). */
export function createRestV1Router(dependencies: HttpDependencies): express.Router {
  // Not strict: every path answers with and without its trailing slash, never with a redirect.
  const router = express.Router({ strict: false, caseSensitive: true });
  const { services } = dependencies;
  const withContext =
    (handler: (context: DomainContext, request: Request, response: Response) => Promise<void>) =>
    async (request: Request, response: Response) =>
      handler(await restV1Context(dependencies, request), request, response);

  router.use(createRestV1DocsRouter());
  router.use(restV1BodyParsers);

  // Authorization is ignored here: a stale token must not stop a client from getting a new one.
  router.post(
    '/login',
    route('plain', (request, response) => login(dependencies, request, response)),
  );

  router.post(
    '/campaign/database_metadata',
    route(
      'contact',
      withContext(async (context, request, response) => {
        const body = parse(schemas.DatabaseMetadataBody, request.body);
        const campaignId = await campaignIdOf(context, campaignReference(body));
        const structure = await campaignContactStructure(context, campaignId);
        response.json({
          status: 'OK',
          main_phone: structure.mainPhone,
          external_id: structure.externalIdColumn,
          fields: structure.columns,
        } satisfies z.input<typeof schemas.DatabaseMetadataResponse>);
      }),
    ),
  );

  router.post('/new_contact', route('contact', withContext(newContact)));

  const options = (reference: (request: Request) => CampaignReference) =>
    route(
      'plain',
      withContext(async (context, request, response) => {
        const found = await dispositionOptionsOf(context, reference(request));
        response.json(found.map((option) => ({ id: option.id, name: option.name, hidden: option.hidden })));
      }),
    );
  router.get(
    '/campaign/:campaign/dispositionOptions',
    options((request) => {
      const { campaign } = parse(schemas.CampaignPath, request.params);
      if (!schemas.isUuid(campaign)) throw new RestV1Reply(404, { detail: message(languageOf(request), 'notFound') });
      return { id: campaign };
    }),
  );
  router.get(
    '/campaign/:campaign/dispositionOptions/:system',
    options((request) => {
      const { campaign, system } = parse(schemas.ExternalCampaignPath, request.params);
      if (!schemas.isUuid(system)) throw new RestV1Reply(404, { detail: message(languageOf(request), 'notFound') });
      return { externalSystemId: system, externalId: campaign };
    }),
  );

  const ownDispositionId = (request: Request): string => {
    const { id } = parse(schemas.DispositionPath, request.params);
    if (!schemas.isUuid(id)) throw new RestV1Reply(404, { detail: message(languageOf(request), 'notFound') });
    return id;
  };
  const dispositionInput = (request: Request) => {
    const body = parse(schemas.DispositionBody, request.body);
    return {
      optionId: body.idDispositionOption,
      contact: body.idExternalSystem === undefined ? { id: body.idContact } : { externalId: body.idContact },
      comment: body.comments,
      callId: body.callid,
    };
  };

  router.get(
    '/disposition',
    route(
      'disposition',
      withContext(async (context, _request, response) => {
        response.json((await listOwnDispositions(context)).map(dispositionItem));
      }),
    ),
  );
  router.get(
    '/disposition/:id',
    route(
      'disposition',
      withContext(async (context, request, response) => {
        response.json(dispositionItem(await findOwnDisposition(context, ownDispositionId(request))));
      }),
    ),
  );
  router.post(
    '/disposition',
    route(
      'disposition',
      withContext(async (context, request, response) => {
        const disposition = await disposeByOption(context, services.agentSessions, dispositionInput(request));
        response.status(201).json(dispositionItem(disposition));
      }),
    ),
  );
  router.put(
    '/disposition/:id',
    route(
      'disposition',
      withContext(async (context, request, response) => {
        const id = ownDispositionId(request);
        const disposition = await changeOwnDisposition(context, services.agentSessions, id, dispositionInput(request));
        response.json(dispositionItem(disposition));
      }),
    ),
  );
  router.post(
    '/new_contact/disposition',
    route(
      'disposition',
      withContext(async (context, request, response) => {
        const { phone, idExternalContact, idDispositionOption, comments, callid, ...columns } = parse(
          schemas.NewContactDispositionBody,
          request.body,
        );
        const disposition = await disposeNewContact(context, services.agentSessions, {
          optionId: idDispositionOption,
          phone,
          externalId: idExternalContact,
          data: columns,
          comment: comments,
          callId: callid,
        });
        response.status(201).json(dispositionItem(disposition));
      }),
    ),
  );

  router.use((request, _response, next) => {
    next(new RestV1Reply(404, { detail: message(languageOf(request), 'notFound') }));
  });
  router.use(restV1ErrorHandler(dependencies.logger));
  return router;
}
