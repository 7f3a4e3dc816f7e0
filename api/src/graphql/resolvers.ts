import type { NonEmptyArray } from 'type-graphql';
import { AmdSettingsResolver } from '../resolvers/amd-settings.resolver.js';
import { AuthResolver } from '../resolvers/auth.resolver.js';
import { UserResolver } from '../resolvers/user.resolver.js';
import { RoleResolver } from '../resolvers/role.resolver.js';
import { AgentGroupResolver } from '../resolvers/agent-group.resolver.js';
import { PauseResolver } from '../resolvers/pause.resolver.js';
import { CampaignEventsResolver } from '../resolvers/campaign-events.resolver.js';
import { TrunkResolver } from '../resolvers/trunk.resolver.js';
import { InboundRouteResolver } from '../resolvers/inbound-route.resolver.js';
import { IvrResolver } from '../resolvers/ivr.resolver.js';
import { CallerIdentificationResolver } from '../resolvers/caller-identification.resolver.js';
import { CustomDestinationResolver, CustomDialplanResolver } from '../resolvers/custom-destination.resolver.js';
import { TimeConditionResolver } from '../resolvers/time-condition.resolver.js';
import { TimeGroupResolver } from '../resolvers/time-group.resolver.js';
import { OutboundRouteResolver } from '../resolvers/outbound-route.resolver.js';
import { ExternalSystemResolver } from '../resolvers/external-system.resolver.js';
import { DoNotCallResolver } from '../resolvers/do-not-call.resolver.js';
import { CallLogResolver } from '../resolvers/call-log.resolver.js';
import { CampaignResolver } from '../resolvers/campaign.resolver.js';
import { DispositionOptionResolver } from '../resolvers/disposition-option.resolver.js';
import { RetryRuleResolver } from '../resolvers/retry-rule.resolver.js';
import { ContactDatabaseResolver } from '../resolvers/contact-database.resolver.js';
import { ContactResolver } from '../resolvers/contact.resolver.js';
import { FormResolver } from '../resolvers/form.resolver.js';
import { DispositionResolver } from '../resolvers/disposition.resolver.js';
import { CallbackResolver } from '../resolvers/callback.resolver.js';
import { CampaignDatabaseChangeResolver, CampaignDatabaseResolver } from '../resolvers/campaign-database.resolver.js';
import { CampaignContactResolver } from '../resolvers/campaign-contact.resolver.js';
import { ContactImportResolver } from '../resolvers/contact-import.resolver.js';
import { CallEventsResolver } from '../resolvers/call-events.resolver.js';
import { AgentSessionResolver } from '../resolvers/agent-session.resolver.js';
import { AgentStateResolver } from '../resolvers/agent-state.resolver.js';
import { TelephonyCredentialsResolver } from '../resolvers/telephony-credentials.resolver.js';
import { AgentCallResolver } from '../resolvers/agent-call.resolver.js';
import { PreviewResolver } from '../resolvers/preview.resolver.js';
import { InCallResolver } from '../resolvers/in-call.resolver.js';
import { CampaignCountersResolver } from '../resolvers/campaign-counters.resolver.js';
import { InboundQueueResolver } from '../resolvers/inbound-queue.resolver.js';
import { RecycleResolver } from '../resolvers/recycle.resolver.js';
import { DialerProgressResolver } from '../resolvers/dialer-progress.resolver.js';
import { DialerPacingResolver } from '../resolvers/dialer-pacing.resolver.js';
import { SpyResolver } from '../resolvers/spy.resolver.js';
import { AudioResolver, PromptLanguageResolver } from '../resolvers/audio.resolver.js';
import { MusicOnHoldResolver } from '../resolvers/music-on-hold.resolver.js';

/** Every resolver of the API, listed once. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  AgentSessionResolver,
  AgentStateResolver,
  UserResolver,
  RoleResolver,
  AgentGroupResolver,
  PauseResolver,
  CampaignEventsResolver,
  TrunkResolver,
  InboundRouteResolver,
  TimeGroupResolver,
  TimeConditionResolver,
  IvrResolver,
  CallerIdentificationResolver,
  CustomDestinationResolver,
  CustomDialplanResolver,
  OutboundRouteResolver,
  ExternalSystemResolver,
  DoNotCallResolver,
  CallLogResolver,
  CampaignResolver,
  DispositionOptionResolver,
  RetryRuleResolver,
  ContactDatabaseResolver,
  ContactResolver,
  FormResolver,
  DispositionResolver,
  CallbackResolver,
  CampaignDatabaseResolver,
  CampaignDatabaseChangeResolver,
  CampaignContactResolver,
  ContactImportResolver,
  CallEventsResolver,
  TelephonyCredentialsResolver,
  AmdSettingsResolver,
  AgentCallResolver,
  PreviewResolver,
  InCallResolver,
  CampaignCountersResolver,
  InboundQueueResolver,
  RecycleResolver,
  DialerProgressResolver,
  DialerPacingResolver,
  SpyResolver,
  AudioResolver,
  PromptLanguageResolver,
  MusicOnHoldResolver,
];
