export * from './events';
export * from './jssip-types';
export { WebphoneCall, type WebphoneCallOptions } from './call';
export { Webphone, type WebphoneOptions } from './webphone';
export { wantsAutoAnswer } from './call-info';
export { sampleQuality } from './stats';
export { installTestHook, type WebphoneTestHook } from './test-hook';
export { microphonePermission, requestMicrophone, type MicrophoneAccess } from './microphone';
export { createJsSipUA } from './jssip-ua';
