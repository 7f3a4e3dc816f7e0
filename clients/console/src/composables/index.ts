export { useSession } from './useSession';
export { useConnection } from './useConnection';
export { useAgentState } from './useAgentState';
export { useWebphone, mirrorWebphone } from './useWebphone';
export { useCallSession } from './useCallSession';
export { useServerClock } from './useServerClock';
