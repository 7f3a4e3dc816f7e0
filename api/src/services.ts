import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { AgentSessionService, AgentStateStore, AuthService, TokenService, type EventBus } from '@switchboard/schema';
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
import { CampaignCountersStore } from '@switchboard/schema';

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
  /** Campaign live counters kept by workers/campaign-counters. */
  campaignCounters: CampaignCountersStore;
  /** The recycler's BullMQ queue (workers/recycler runs the jobs); opened on first use. */
  recycleQueue: Queue<RecycleJobData>;
  close(): Promise<void>;
}

type ServicesConfig = Pick<ApiConfig, 'AUTH_TOKEN_SECRET' | 'AUTH_TOKEN_TTL_SECONDS' | 'REDIS_URL' | 'REDIS_PREFIX'>;

export function createServices(config: ServicesConfig, events: EventBus, logger: Logger): Services {
  const tokens = new TokenService(config.AUTH_TOKEN_SECRET, config.AUTH_TOKEN_TTL_SECONDS);
  const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 3 });
  const ami = new AmiGateway(logger);
  const agentStates = new AgentStateStore(redis, config.REDIS_PREFIX);
  const agentSessions = new AgentSessionService({
    store: agentStates,
    telephony: new GatewayAgentTelephony(ami),
    events,
    logger: logger.child({ component: 'agent-sessions' }),
  });
  let preview: PreviewService | undefined;
  let recycleQueue: Queue<RecycleJobData> | undefined;
  let recycleRedis: Redis | undefined;
  return {
    tokens,
    auth: new AuthService(tokens, events),
    ami,
    agentStates,
    agentSessions,
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
    campaignCounters: new CampaignCountersStore(redis, config.REDIS_PREFIX),
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
      await ami.close();
      await recycleQueue?.close();
      recycleRedis?.disconnect();
      redis.disconnect();
    },
  };
}
