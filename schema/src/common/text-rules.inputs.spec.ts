import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { getMetadataStorage as graphqlMetadata } from 'type-graphql';
import { getMetadataStorage as validationMetadata } from 'class-validator';
import '../index.js';
import { MULTI_LINE_TEXT, SINGLE_LINE } from './text-rules.js';

/**
 * Makes "a new input field forgot to refuse line breaks" impossible to merge: every String
 * field of every GraphQL input and args type must carry SingleLine, MultiLineText or
 * IsCallerId (class-validator), applied to each element for lists.
 */
const TEXT_RULES = new Set([SINGLE_LINE, MULTI_LINE_TEXT, 'isCallerId']);

function stringFieldsWithoutRule(): string[] {
  const graphql = graphqlMetadata();
  const inputs = new Set([...graphql.inputTypes, ...graphql.argumentTypes].map((type) => type.target));
  const validation = validationMetadata();
  return graphql.fields
    .filter((field) => inputs.has(field.target) && field.getType() === String)
    .filter((field) => {
      const rules = validation
        .getTargetValidationMetadatas(field.target, '', true, false)
        .filter((rule) => rule.propertyName === field.name && rule.name !== undefined && TEXT_RULES.has(rule.name));
      const listed = Boolean(field.typeOptions.array);
      return !rules.some((rule) => rule.each === listed || (!listed && !rule.each));
    })
    .map((field) => `${field.target.name}.${field.name}`);
}

describe('text rules on GraphQL inputs', () => {
  it('finds the input types', () => {
    expect(graphqlMetadata().inputTypes.map((type) => type.name)).toContain('UpdateCampaignInput');
  });

  it('gives every String input field a rule against control characters', () => {
    expect(stringFieldsWithoutRule()).toEqual([]);
  });
});
