export * from './session';
export * from './connection';
export * from './agentState';
export * from './calls';
export * from './webphone';
export * from './supervision';
