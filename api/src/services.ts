import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import {
  AgentSessionService,
  AgentStateStore,
  AuthService,
  LoginThrottle,
  TokenService,
  type EventBus,
} from '@switchboard/schema';
import type { ApiConfig } from './config.js';
import { AmiGateway } from './telephony/ami-gateway.js';
import { GatewayAgentTelephony } from './telephony/gateway-agent-telephony.js';
import { AgentCallService } from '@switchboard/schema';
import { GatewayCallTelephony } from './telephony/gateway-call-telephony.js';
import { PreviewService } from '@switchboard/schema';
import { InCallService } from '@switchboard/schema';
import { GatewayInCallTelephony } from './telephony/gateway-in-call-telephony.js';
import { Queue } from 'bullmq';
import { RECYCLE_QUEUE, bullmqPrefix, type RecycleJobData } from '@switchboard/schema';
import { CampaignCountersStore, DialerPacingStore, InboundQueueStore } from '@switchboard/schema';
import { SpyService, SpySessionStore } from '@switchboard/schema';
import { GatewaySpyTelephony } from './telephony/gateway-spy-telephony.js';
import { CustomDialplanService, providePromptLanguages } from '@switchboard/schema';
import { apiTelephonyConfig } from './resolvers/telephony-credentials.settings.js';
import { promptLanguages } from '@switchboard/telephony';
import { GatewayCustomDialplanTelephony } from './telephony/gateway-custom-dialplan-telephony.js';
import { AgentStateFanout } from './live/agent-state-fanout.js';

/** Services that need configuration or connections; stateless domain services are imported where used. */
export interface Services {
  auth: AuthService;
  tokens: TokenService;
  ami: AmiGateway;
  agentStates: AgentStateStore;
  agentSessions: AgentSessionService;
  agentCalls: AgentCallService;
  preview: PreviewService;
  inCall: InCallService;
  /** Spy, whisper and barge; sessions in Redis so any api process can stop them. */
  spy: SpyService;
  /** The administrators' extensions_custom.conf, loaded into Asterisk or rolled back. */
  customDialplan: CustomDialplanService;
  /** Campaign live counters kept by workers/campaign-counters. */
  campaignCounters: CampaignCountersStore;
  /** Each dialer campaign's latest pacing decision, written by workers/dialer. */
  dialerPacing: DialerPacingStore;
  /** Live queue state kept by workers/queue-state. */
  inboundQueues: InboundQueueStore;
  /** agentStateChanged for every subscriber of this process: one listener, scopes kept (docs/live-fanout.md). */
  agentStateFanout: AgentStateFanout;
  /** The recycler's BullMQ queue (workers/recycler runs the jobs); opened on first use. */
  recycleQueue: Queue<RecycleJobData>;
  close(): Promise<void>;
}

type ServicesConfig = Pick<
  ApiConfig,
  | 'AUTH_TOKEN_SECRET'
  | 'AUTH_TOKEN_TTL_SECONDS'
  | 'REDIS_URL'
  | 'REDIS_PREFIX'
  | 'LOGIN_THROTTLE_ACCOUNT_FREE_FAILURES'
  | 'LOGIN_THROTTLE_ADDRESS_FREE_FAILURES'
  | 'LOGIN_THROTTLE_MAX_DELAY_SECONDS'
>;

/** The login throttle of a process's configuration (the api's, or the operators' command line). */
export function loginThrottle(redis: Redis, config: ServicesConfig): LoginThrottle {
  return new LoginThrottle(redis, config.REDIS_PREFIX, {
    freeFailuresPerAccount: config.LOGIN_THROTTLE_ACCOUNT_FREE_FAILURES,
    freeFailuresPerAddress: config.LOGIN_THROTTLE_ADDRESS_FREE_FAILURES,
    baseDelaySeconds: 1,
    maxDelaySeconds: config.LOGIN_THROTTLE_MAX_DELAY_SECONDS,
  });
}

export function createServices(config: ServicesConfig, events: EventBus, logger: Logger): Services {
  const tokens = new TokenService(config.AUTH_TOKEN_SECRET, config.AUTH_TOKEN_TTL_SECONDS);
  const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 3 });
  const ami = new AmiGateway(logger);
  // Read when a language is chosen: an api without the PBX's folder still knows English.
  providePromptLanguages(async () => {
    const installed = (await promptLanguages(apiTelephonyConfig()).catch(() => []))
      .filter((language) => language.installed)
      .map((language) => language.code);
    return installed.length > 0 ? installed : ['en'];
  });
  const agentStates = new AgentStateStore(redis, config.REDIS_PREFIX);
  const agentSessions = new AgentSessionService({
    store: agentStates,
    telephony: new GatewayAgentTelephony(ami),
    events,
    logger: logger.child({ component: 'agent-sessions' }),
  });
  const agentStateFanout = new AgentStateFanout(events, logger.child({ component: 'live-fanout' }));
  let preview: PreviewService | undefined;
  let recycleQueue: Queue<RecycleJobData> | undefined;
  let recycleRedis: Redis | undefined;
  return {
    tokens,
    auth: new AuthService({ tokens, throttle: loginThrottle(redis, config), events }),
    ami,
    agentStates,
    agentSessions,
    agentStateFanout,
    agentCalls: new AgentCallService({
      sessions: agentSessions,
      telephony: new GatewayCallTelephony(ami),
      events,
      logger: logger.child({ component: 'agent-calls' }),
    }),
    inCall: new InCallService({
      store: agentStates,
      telephony: new GatewayInCallTelephony(ami),
      logger: logger.child({ component: 'in-call' }),
    }),
    spy: new SpyService({
      sessions: new SpySessionStore(redis, config.REDIS_PREFIX),
      agentStates,
      telephony: new GatewaySpyTelephony(ami),
      logger: logger.child({ component: 'spy' }),
    }),
    customDialplan: new CustomDialplanService({
      telephony: new GatewayCustomDialplanTelephony(ami),
      logger: logger.child({ component: 'custom-dialplan' }),
    }),
    campaignCounters: new CampaignCountersStore(redis, config.REDIS_PREFIX),
    dialerPacing: new DialerPacingStore(redis, config.REDIS_PREFIX),
    inboundQueues: new InboundQueueStore(redis, config.REDIS_PREFIX),
    // Built on first use: it places its calls through agentCalls, a sibling of this object.
    get preview(): PreviewService {
      preview ??= new PreviewService({
        store: agentStates,
        events,
        logger: logger.child({ component: 'preview' }),
        calls: this.agentCalls,
      });
      return preview;
    },
    get recycleQueue(): Queue<RecycleJobData> {
      recycleQueue ??= new Queue<RecycleJobData>(RECYCLE_QUEUE, {
        // BullMQ wants an ioredis that retries forever.
        connection: (recycleRedis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: null })),
        prefix: bullmqPrefix(config.REDIS_PREFIX),
      });
      return recycleQueue;
    },
    async close() {
      agentStateFanout.close();
      await ami.close();
      await recycleQueue?.close();
      recycleRedis?.disconnect();
      redis.disconnect();
    },
  };
}
