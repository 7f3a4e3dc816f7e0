import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuiltInRole, DispositionType, type Orm } from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { failed, ok } from '../support/graphql-client.js';
import { loggedIn, unique } from '../support/factories.js';
import { caller, createCampaign, createFormWith, createOption } from '../support/contact-factory.js';

let api: ApiServer;
let orm: Orm;
let supervisor: ReturnType<typeof caller>;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
  supervisor = caller(api.url, (await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR)).token);
});
afterAll(() => closeTestApi(api, orm));

const FORM_FIELDS = 'id name description fields { id name label type required position options }';
const CREATE_FORM = `mutation ($input: CreateFormInput!) { createForm(input: $input) { ${FORM_FIELDS} } }`;
const UPDATE_FORM = `mutation ($id: ID!, $input: UpdateFormInput!) { updateForm(id: $id, input: $input) { ${FORM_FIELDS} } }`;
const DELETE_FORM = 'mutation ($id: ID!) { deleteForm(id: $id) }';
const FORM = `query ($id: ID!) { form(id: $id) { ${FORM_FIELDS} } }`;

const SURVEY = [
  { name: 'quality', label: 'Quality of service', type: 'LIST', required: true, options: ['Bad', 'Good'] },
  { name: 'visit_date', label: 'Visit', type: 'DATE' },
  { name: 'comments', label: 'Comments', type: 'TEXTAREA' },
  { name: 'rating', label: 'Rating', type: 'NUMBER', required: true },
  { name: 'agent_name', label: 'Agent', type: 'TEXT' },
];

async function newForm(fields: unknown[] = SURVEY) {
  return ok(await supervisor(CREATE_FORM, { input: { name: unique('survey'), fields } })).createForm;
}

describe('forms', () => {
  it('creates a form with its fields in order', async () => {
    const form = await newForm();
    expect(form.fields.map((field: any) => [field.name, field.type, field.position])).toEqual([
      ['quality', 'LIST', 0],
      ['visit_date', 'DATE', 1],
      ['comments', 'TEXTAREA', 2],
      ['rating', 'NUMBER', 3],
      ['agent_name', 'TEXT', 4],
    ]);
    expect(form.fields[0]).toMatchObject({ required: true, options: ['Bad', 'Good'] });
    expect(form.fields[1]).toMatchObject({ required: false, options: [] });
  });

  it('refuses bad fields, naming each problem', async () => {
    const error = failed(
      await supervisor(CREATE_FORM, {
        input: {
          name: unique('bad'),
          fields: [
            { name: 'choice', label: 'Choice', type: 'LIST', options: [] },
            { name: 'notes', label: 'Notes', type: 'TEXT', options: ['a'] },
            { name: 'notes', label: 'Notes again', type: 'TEXTAREA' },
            { name: '2nd field', label: 'Second', type: 'NUMBER' },
          ],
        },
      }),
      'BAD_USER_INPUT',
    );
    expect(error.extensions?.['reason']).toBe('FORM_INVALID_FIELDS');
    expect(error.extensions?.['details']?.problems.map((problem: any) => problem.field)).toEqual([
      'fields[0].options',
      'fields[1].options',
      'fields[2].name',
      'fields[3].name',
    ]);
  });

  it('keeps form names unique', async () => {
    const name = unique('same');
    ok(await supervisor(CREATE_FORM, { input: { name, fields: [] } }));
    failed(await supervisor(CREATE_FORM, { input: { name, fields: [] } }), 'CONFLICT');
  });

  it('replaces the fields on update, in the new order, keeping the rows of kept names', async () => {
    const form = await newForm();
    const ids = Object.fromEntries(form.fields.map((field: any) => [field.name, field.id]));
    const updated = ok(
      await supervisor(UPDATE_FORM, {
        id: form.id,
        input: {
          description: 'Second version',
          fields: [
            { name: 'rating', label: 'Score', type: 'NUMBER' },
            { name: 'quality', label: 'Quality', type: 'LIST', required: true, options: ['Bad', 'Fair', 'Good'] },
            { name: 'contact_again', label: 'Contact again?', type: 'LIST', options: ['Yes', 'No'] },
          ],
        },
      }),
    ).updateForm;
    expect(updated.description).toBe('Second version');
    expect(updated.fields.map((field: any) => [field.name, field.position, field.label])).toEqual([
      ['rating', 0, 'Score'],
      ['quality', 1, 'Quality'],
      ['contact_again', 2, 'Contact again?'],
    ]);
    expect(updated.fields[0].id).toBe(ids['rating']);
    expect(updated.fields[1]).toMatchObject({ id: ids['quality'], options: ['Bad', 'Fair', 'Good'] });
    const reread = ok(await supervisor(FORM, { id: form.id })).form;
    expect(reread.fields.map((field: any) => field.name)).toEqual(['rating', 'quality', 'contact_again']);
  });

  it('refuses to delete a form a disposition option uses', async () => {
    const form = await newForm();
    await createOption(orm, await createCampaign(orm), { type: DispositionType.ENGAGED, form });
    const error = failed(await supervisor(DELETE_FORM, { id: form.id }), 'CONFLICT');
    expect(error.extensions?.['reason']).toBe('FORM_IN_USE');
    const unused = await newForm();
    expect(ok(await supervisor(DELETE_FORM, { id: unused.id })).deleteForm).toBe(unused.id);
    failed(await supervisor(FORM, { id: unused.id }), 'NOT_FOUND');
  });

  it("lets agents read the forms of their campaigns' options, and nothing else", async () => {
    const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    const asAgent = caller(api.url, agent.token);
    const theirs = await createFormWith(orm);
    const other = await createFormWith(orm);
    const campaign = await createCampaign(orm, { agents: [agent.user] });
    await createOption(orm, campaign, { type: DispositionType.ENGAGED, form: theirs });
    await createOption(orm, await createCampaign(orm), { type: DispositionType.ENGAGED, form: other });
    const read = ok(await asAgent(FORM, { id: theirs.id })).form;
    expect(read.fields.map((field: any) => field.name)).toEqual([
      'comments',
      'details',
      'visit_date',
      'satisfaction',
      'quantity',
    ]);
    failed(await asAgent(FORM, { id: other.id }), 'NOT_FOUND');
    const listed = ok(await asAgent('{ forms { totalCount nodes { id } } }')).forms;
    expect(listed.nodes.map((node: any) => node.id)).toEqual([theirs.id]);
    failed(await asAgent(CREATE_FORM, { input: { name: unique('mine'), fields: [] } }), 'FORBIDDEN');
  });

  it('serves form fields through disposition options too', async () => {
    const form = await createFormWith(orm);
    const campaign = await createCampaign(orm);
    const option = await createOption(orm, campaign, { type: DispositionType.ENGAGED, form });
    const manager = caller(api.url, (await loggedIn(orm, api.url, BuiltInRole.MANAGER)).token);
    const data = ok(
      await manager('query ($id: ID!) { dispositionOption(id: $id) { form { name fields { name position } } } }', {
        id: option.id,
      }),
    );
    expect(data.dispositionOption.form.fields).toHaveLength(5);
  });
});
