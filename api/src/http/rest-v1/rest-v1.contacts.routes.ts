import type { Router } from 'express';
import type { z } from 'zod';
import {
  campaignContactStructure,
  campaignIdOf,
  createCampaignContact,
  type CampaignReference,
} from '@switchboard/schema';
import type { HttpDependencies } from '../authenticate.js';
import { languageOf, message } from './rest-v1.messages.js';
import { authenticatedRoute, parse } from './rest-v1.route.js';
import * as schemas from './rest-v1.schemas.js';

export function campaignReference(body: {
  idCampaign: string;
  idExternalSystem?: string | undefined;
}): CampaignReference {
  return body.idExternalSystem === undefined
    ? { id: body.idCampaign }
    : { externalSystemId: body.idExternalSystem, externalId: body.idCampaign };
}

const CAMPAIGN_KEYS = new Set(['idCampaign', 'idExternalSystem', 'confirmar_duplicado']);

/** §3.2 database_metadata and §3.3 new_contact: a campaign's contact database. */
export function addContactRoutes(router: Router, dependencies: HttpDependencies): void {
  router.post(
    '/campaign/database_metadata',
    authenticatedRoute(dependencies, 'contact', async (context, request, response) => {
      const body = parse(schemas.DatabaseMetadataBody, request.body);
      const structure = await campaignContactStructure(context, await campaignIdOf(context, campaignReference(body)));
      response.json({
        status: 'OK',
        main_phone: structure.mainPhone,
        external_id: structure.externalIdColumn,
        fields: structure.columns,
      } satisfies z.input<typeof schemas.DatabaseMetadataResponse>);
    }),
  );

  router.post(
    '/new_contact',
    authenticatedRoute(dependencies, 'contact', async (context, request, response) => {
      const body = parse(schemas.NewContactBody, request.body);
      const campaignId = await campaignIdOf(context, campaignReference(body));
      const data = Object.fromEntries(Object.entries(body).filter(([key]) => !CAMPAIGN_KEYS.has(key)));
      const contact = await createCampaignContact(context, campaignId, data);
      const { columns } = await campaignContactStructure(context, campaignId);
      response.json({
        status: 'OK',
        message: message(languageOf(request), 'contactAdded'),
        id: contact.id,
        contacto: Object.fromEntries(columns.map((column) => [column, contact.data[column] ?? null])),
      } satisfies z.input<typeof schemas.NewContactResponse>);
    }),
  );
}
