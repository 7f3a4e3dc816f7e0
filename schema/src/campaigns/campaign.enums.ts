import { registerEnumType } from 'type-graphql';

export enum CampaignType {
  MANUAL = 'MANUAL',
  DIALER = 'DIALER',
  INBOUND = 'INBOUND',
  PREVIEW = 'PREVIEW',
}
registerEnumType(CampaignType, { name: 'CampaignType' });

export enum CampaignState {
  INACTIVE = 'INACTIVE',
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  FINISHED = 'FINISHED',
  DELETED = 'DELETED',
}
registerEnumType(CampaignState, { name: 'CampaignState' });

export enum InteractionType {
  FORM = 'FORM',
  EXTERNAL_URL = 'EXTERNAL_URL',
}
registerEnumType(InteractionType, {
  name: 'InteractionType',
  description: "FORM: the campaign's dispositions and forms; EXTERNAL_URL: a CRM page per call.",
});

/** Asterisk queue strategies, named as Asterisk names them. */
export enum QueueStrategy {
  RINGALL = 'RINGALL',
  LEASTRECENT = 'LEASTRECENT',
  FEWESTCALLS = 'FEWESTCALLS',
  RANDOM = 'RANDOM',
  RRMEMORY = 'RRMEMORY',
  RRORDERED = 'RRORDERED',
  LINEAR = 'LINEAR',
  WRANDOM = 'WRANDOM',
}
registerEnumType(QueueStrategy, { name: 'QueueStrategy' });

export enum DialerPacing {
  PROGRESSIVE = 'PROGRESSIVE',
  PREDICTIVE = 'PREDICTIVE',
  RATIO = 'RATIO',
}
registerEnumType(DialerPacing, { name: 'DialerPacing' });

export enum Weekday {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}
registerEnumType(Weekday, { name: 'Weekday' });

export enum ContactFieldRestriction {
  BLOCKED = 'BLOCKED',
  HIDDEN = 'HIDDEN',
}
registerEnumType(ContactFieldRestriction, {
  name: 'ContactFieldRestriction',
  description: 'BLOCKED: agents see but cannot edit the field; HIDDEN: the field never reaches agents.',
});
