import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CommonErrors, ContactErrors, DispositionErrors, ExternalSystemErrors } from '@switchboard/schema';
import { domainReply, invalidRequest, omlField } from './rest-v1.errors.js';

describe('omlField', () => {
  it("names fields as OMniLeads' clients send them", () => {
    expect(omlField('campaignId')).toBe('idCampaign');
    expect(omlField('optionId')).toBe('idDispositionOption');
    expect(omlField('data.tel2')).toBe('tel2');
    expect(omlField(undefined)).toBe('__all__');
  });
});

describe('domainReply', () => {
  it('turns every authentication or permission failure into 403 {detail}, never 401', () => {
    const expired = CommonErrors.create('UNAUTHENTICATED', 'Token expired', { reason: 'TOKEN_EXPIRED' });
    expect(domainReply(expired, 'disposition', 'en')).toEqual({
      status: 403,
      body: { detail: 'The Token is expired' },
    });
    const forbidden = CommonErrors.create('FORBIDDEN', 'Missing permission X', { missing: ['X'] });
    expect(domainReply(forbidden, 'contact', 'es')).toEqual({
      status: 403,
      body: { detail: 'Usted no tiene permiso para realizar esta acción.' },
    });
  });

  it('gives the contact family {status, message, errors} by field, every problem listed', () => {
    const problems = [
      { field: 'data.tel', message: 'the main phone is required' },
      { field: 'data.x', message: '"x" is not a column of this database' },
    ];
    const error = ContactErrors.create('INVALID_DATA', 'data.tel: ...', { field: 'data.tel', problems });
    expect(domainReply(error, 'contact', 'en')).toEqual({
      status: 400,
      body: {
        status: 'ERROR',
        message: 'There were errors on received data',
        errors: { tel: ['the main phone is required'], x: ['"x" is not a column of this database'] },
      },
    });
    const system = ExternalSystemErrors.create('UNKNOWN_SYSTEM', 'no', { field: 'externalSystemId' });
    expect(domainReply(system, 'contact', 'es').body).toMatchObject({
      errors: { idExternalSystem: ['Sistema externo inexistente.'] },
    });
  });

  it('gives the disposition family flat bodies and 404 {detail} for an unknown disposition', () => {
    const exists = DispositionErrors.create('DISPOSITION_EXISTS', 'x', { field: 'contactId' });
    expect(domainReply(exists, 'disposition', 'es')).toEqual({
      status: 400,
      body: { status: 'ERROR', msg: 'There is another disposition for this contact on this campaign' },
    });
    const unknown = CommonErrors.create('NOT_FOUND', 'Disposition d was not found', { entity: 'Disposition' });
    expect(domainReply(unknown, 'disposition', 'en')).toEqual({ status: 404, body: { detail: 'Not found.' } });
  });
});

describe('invalidRequest', () => {
  it('tells a missing field from a malformed one by the input', () => {
    const schema = z.object({ a: z.union([z.string(), z.number()]), b: z.string() });
    const input = { b: 3 };
    const error = invalidRequest(schema.safeParse(input).error!, input);
    expect(error.problems.map(({ field, missing }) => [field, missing])).toEqual([
      ['a', true],
      ['b', false],
    ]);
  });
});
