import 'reflect-metadata';

export * from './common/domain-error.js';
export * from './common/base.entity.js';
export * from './common/pagination.js';
export * from './common/list-query.js';
export * from './common/crud.service.js';
export * from './common/filters.js';
export type * from './common/domain-context.js';
export * from './config/environment.js';
export * from './database/entities.js';
export * from './database/database.js';
export * from './database/orm-options.js';
export * from './events/event-bus.js';
export type * from './events/topics.js';

export * from './auth/permission.js';
export * from './auth/role.entity.js';
export * from './auth/user.entity.js';
export * from './auth/viewer.js';
export * from './auth/password-policy.js';
export * from './auth/password-hasher.js';
export * from './auth/token.service.js';
export * from './auth/auth.service.js';

export * from './agents/agent-group.entity.js';
export * from './agents/agent-group.inputs.js';
export * from './agents/agent-group.service.js';
export * from './agents/agent-profile.entity.js';
export * from './agents/pause.entity.js';
export * from './agents/pause.inputs.js';
export * from './agents/pause.service.js';

export * from './campaigns/campaign.enums.js';
export * from './campaigns/campaign.entity.js';
export * from './campaigns/campaign-agent.entity.js';
export * from './campaigns/queue-settings.embeddable.js';
export * from './campaigns/calling-window.embeddable.js';

export * from './contacts/contact-database.entity.js';
export * from './contacts/contact.entity.js';
export * from './forms/form.entity.js';
export * from './forms/form-field.entity.js';
export * from './dispositions/disposition-option.entity.js';
export * from './dispositions/disposition.entity.js';
export * from './dispositions/disposition-change.entity.js';
export * from './callbacks/callback.entity.js';
export * from './retries/retry-rule.entity.js';
export * from './do-not-call/do-not-call-list.entity.js';
export * from './do-not-call/do-not-call-number.entity.js';
export * from './telephony/trunk.entity.js';
export * from './telephony/outbound-route.entity.js';
export * from './telephony/external-system.entity.js';
export * from './logs/call-event.entity.js';
export * from './logs/agent-activity.entity.js';

export * from './campaigns/campaign-scope.js';
export * from './users/user.inputs.js';
export * from './users/user.service.js';
export * from './users/user-permissions.js';
export * from './users/role.inputs.js';
export * from './users/role.service.js';
export * from './database/prepare-database.js';
export * from './common/phone.js';
