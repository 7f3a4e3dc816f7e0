import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import {
  PreviewAssignment,
  PreviewAssignmentMode,
  PreviewAssignmentSummary,
  PreviewCall,
  PreviewContact,
  assignPreviewContacts,
  previewAssignmentSummary,
} from '@switchboard/schema';
import { domain, type GraphQLContext } from '../graphql/context.js';

/** Preview campaigns: agents get, skip and call contacts; supervisors assign them. Rules in PreviewService. */
@Resolver()
export class PreviewResolver {
  @Mutation(() => PreviewContact, {
    nullable: true,
    description:
      'The contact the agent holds in the preview campaign, or the next one, reserved for the campaign’s ' +
      'disconnection time; null when no contact is left. Needs a logged-in agent assigned to the ACTIVE campaign.',
  })
  nextPreviewContact(
    @Arg('campaignId', () => ID) campaignId: string,
    @Ctx() context: GraphQLContext,
  ): Promise<PreviewContact | null> {
    const { em, viewer } = domain(context);
    return context.services.preview.nextPreviewContact(em, viewer, campaignId);
  }

  @Mutation(() => PreviewAssignment, { description: 'Skips the contact the agent holds: it goes back to the others.' })
  releasePreviewContact(
    @Arg('assignmentId', () => ID) assignmentId: string,
    @Ctx() context: GraphQLContext,
  ): Promise<PreviewAssignment> {
    const { em, viewer } = domain(context);
    return context.services.preview.releasePreviewContact(em, viewer, assignmentId);
  }

  @Mutation(() => PreviewCall, {
    description: 'Calls the contact the agent holds, on its main phone or the given phone column.',
  })
  callPreviewContact(
    @Arg('assignmentId', () => ID) assignmentId: string,
    @Arg('phoneColumn', () => String, { nullable: true }) phoneColumn: string | null,
    @Ctx() context: GraphQLContext,
  ): Promise<PreviewCall> {
    const { em, viewer } = domain(context);
    return context.services.preview.callPreviewContact(em, viewer, assignmentId, phoneColumn ?? null);
  }

  @Mutation(() => PreviewAssignmentSummary, {
    description: 'Deals the waiting contacts to the campaign’s agents (PROPORTIONAL, RANDOM) or frees them (NONE).',
  })
  assignPreviewContacts(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('mode', () => PreviewAssignmentMode) mode: PreviewAssignmentMode,
    @Ctx() context: GraphQLContext,
  ): Promise<PreviewAssignmentSummary> {
    return assignPreviewContacts(domain(context), campaignId, mode);
  }

  @Query(() => PreviewAssignmentSummary, {
    description: "Counts of a preview campaign's contacts by status and agent.",
  })
  previewAssignmentSummary(
    @Arg('campaignId', () => ID) campaignId: string,
    @Ctx() context: GraphQLContext,
  ): Promise<PreviewAssignmentSummary> {
    return previewAssignmentSummary(domain(context), campaignId);
  }
}
