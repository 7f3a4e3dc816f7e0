import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { RecordingTag, TransferCallInput, TransferTargets } from '@switchboard/schema';
import { domain, type GraphQLContext } from '../graphql/context.js';

/**
 * The agent's webphone buttons on its own current call: hold, hang up, transfers, conference,
 * recording tag and on-demand recording. Rules live in InCallService.
 */
@Resolver()
export class InCallResolver {
  @Mutation(() => Boolean, { description: 'The customer hears music on hold (if the agent group allows hold).' })
  holdCall(@Ctx() context: GraphQLContext): Promise<boolean> {
    const { em, viewer } = domain(context);
    return context.services.inCall.hold(em, viewer);
  }

  @Mutation(() => Boolean, { description: 'Back to talking with the customer.' })
  unholdCall(@Ctx() context: GraphQLContext): Promise<boolean> {
    const { em, viewer } = domain(context);
    return context.services.inCall.unhold(em, viewer);
  }

  @Mutation(() => Boolean, { description: "Hangs up the agent's current call." })
  hangupCall(@Ctx() context: GraphQLContext): Promise<boolean> {
    const { em, viewer } = domain(context);
    return context.services.inCall.hangup(em, viewer);
  }

  @Mutation(() => Boolean, {
    description: 'Transfers the current call to an agent, a number or an inbound campaign, blind or after consulting.',
  })
  transferCall(
    @Arg('input', () => TransferCallInput) input: TransferCallInput,
    @Ctx() context: GraphQLContext,
  ): Promise<boolean> {
    const { em, viewer } = domain(context);
    return context.services.inCall.transfer(em, viewer, input);
  }

  @Mutation(() => Boolean, { description: 'Ends the consultation: the agent talks to the customer again.' })
  cancelCallTransfer(@Ctx() context: GraphQLContext): Promise<boolean> {
    const { em, viewer } = domain(context);
    return context.services.inCall.cancelTransfer(em, viewer);
  }

  @Mutation(() => Boolean, { description: 'Completes the consultative transfer: the customer and the target talk.' })
  completeCallTransfer(@Ctx() context: GraphQLContext): Promise<boolean> {
    const { em, viewer } = domain(context);
    return context.services.inCall.completeTransfer(em, viewer);
  }

  @Mutation(() => Boolean, { description: 'Turns the consultation into a three-way conference.' })
  conferenceCall(@Ctx() context: GraphQLContext): Promise<boolean> {
    const { em, viewer } = domain(context);
    return context.services.inCall.conference(em, viewer);
  }

  @Mutation(() => RecordingTag, { description: "Marks the current call's recording, with a note." })
  tagCallRecording(@Arg('note', () => String) note: string, @Ctx() context: GraphQLContext): Promise<RecordingTag> {
    const { em, viewer } = domain(context);
    return context.services.inCall.tagRecording(em, viewer, note);
  }

  @Mutation(() => String, {
    description: 'Starts recording the current call (campaigns that do not record all); returns the file.',
  })
  startCallRecording(@Ctx() context: GraphQLContext): Promise<string> {
    const { em, viewer } = domain(context);
    return context.services.inCall.startRecording(em, viewer);
  }

  @Mutation(() => Boolean, { description: 'Stops the on-demand recording of the current call.' })
  stopCallRecording(@Ctx() context: GraphQLContext): Promise<boolean> {
    const { em, viewer } = domain(context);
    return context.services.inCall.stopRecording(em, viewer);
  }

  @Query(() => TransferTargets, {
    description:
      'Agents only: the agents of your group and campaigns (live state, available first) to call or transfer to, ' +
      'and the active inbound campaigns to transfer to.',
  })
  transferTargets(@Ctx() context: GraphQLContext): Promise<TransferTargets> {
    const { em, viewer } = domain(context);
    return context.services.inCall.transferTargets(em, viewer);
  }

  @Query(() => [RecordingTag], { description: "A call's recording tags, oldest first." })
  recordingTags(@Arg('callId', () => ID) callId: string, @Ctx() context: GraphQLContext): Promise<RecordingTag[]> {
    const { em, viewer } = domain(context);
    return context.services.inCall.callTags(em, viewer, callId);
  }
}
