import type { Request, Router } from 'express';
import type { z } from 'zod';
import {
  changeOwnDisposition,
  disposeByOption,
  disposeNewContact,
  dispositionOptionsOf,
  findOwnDisposition,
  isUuid,
  listOwnDispositions,
  type CampaignReference,
  type Disposition,
  type OptionDispositionInput,
} from '@switchboard/schema';
import type { HttpDependencies } from '../authenticate.js';
import { authenticatedRoute, notFoundReply, parse } from './rest-v1.route.js';
import * as schemas from './rest-v1.schemas.js';

function dispositionItem(disposition: Disposition): z.input<typeof schemas.DispositionItem> {
  return {
    id: disposition.id,
    idContact: disposition.contact.id,
    callid: disposition.callId,
    idDispositionOption: disposition.option.id,
    comments: disposition.comment ?? '',
  };
}

function dispositionInput(request: Request): OptionDispositionInput {
  const body = parse(schemas.DispositionBody, request.body);
  return {
    optionId: body.idDispositionOption,
    contact: body.idExternalSystem === undefined ? { id: body.idContact } : { externalId: body.idContact },
    comment: body.comments,
    callId: body.callid,
  };
}

/** A path id that is not one of ours names nothing: 404, as OMniLeads answers a non-integer. */
function dispositionId(request: Request): string {
  const { id } = parse(schemas.DispositionPath, request.params);
  if (!isUuid(id)) throw notFoundReply(request);
  return id;
}

/** §3.5 dispositionOptions, by our campaign id or by the CRM's id and external system. */
export function addDispositionOptionRoutes(router: Router, dependencies: HttpDependencies): void {
  const options = (reference: (request: Request) => CampaignReference) =>
    authenticatedRoute(dependencies, 'plain', async (context, request, response) => {
      const found = await dispositionOptionsOf(context, reference(request));
      response.json(
        found.map((option) => ({ id: option.id, name: option.name, hidden: option.hidden })) satisfies Array<
          z.input<typeof schemas.DispositionOptionItem>
        >,
      );
    });
  router.get(
    '/campaign/:campaign/dispositionOptions',
    options((request) => {
      const { campaign } = parse(schemas.CampaignPath, request.params);
      if (!isUuid(campaign)) throw notFoundReply(request);
      return { id: campaign };
    }),
  );
  router.get(
    '/campaign/:campaign/dispositionOptions/:system',
    options((request) => {
      const { campaign, system } = parse(schemas.ExternalCampaignPath, request.params);
      if (!isUuid(system)) throw notFoundReply(request);
      return { externalSystemId: system, externalId: campaign };
    }),
  );
}

/** §3.6-3.9: the caller's dispositions, named by option; the agent is always the caller. */
export function addDispositionRoutes(router: Router, dependencies: HttpDependencies): void {
  const sessions = dependencies.services.agentSessions;
  const route = (handler: Parameters<typeof authenticatedRoute>[2]) =>
    authenticatedRoute(dependencies, 'disposition', handler);
  router.get(
    '/disposition',
    route(async (context, _request, response) => {
      response.json((await listOwnDispositions(context)).map(dispositionItem));
    }),
  );
  router.get(
    '/disposition/:id',
    route(async (context, request, response) => {
      response.json(dispositionItem(await findOwnDisposition(context, dispositionId(request))));
    }),
  );
  router.post(
    '/disposition',
    route(async (context, request, response) => {
      response.status(201).json(dispositionItem(await disposeByOption(context, sessions, dispositionInput(request))));
    }),
  );
  router.put(
    '/disposition/:id',
    route(async (context, request, response) => {
      const id = dispositionId(request);
      response.json(dispositionItem(await changeOwnDisposition(context, sessions, id, dispositionInput(request))));
    }),
  );
  router.post(
    '/new_contact/disposition',
    route(async (context, request, response) => {
      const body = parse(schemas.NewContactDispositionBody, request.body);
      const { phone, idExternalContact, idDispositionOption, comments, callid, ...columns } = body;
      const disposition = await disposeNewContact(context, sessions, {
        optionId: idDispositionOption,
        phone,
        externalId: idExternalContact,
        data: columns,
        comment: comments,
        callId: callid,
      });
      response.status(201).json(dispositionItem(disposition));
    }),
  );
}
