import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261202055723UserCreatedBy } from './20261202055723-user-created-by.js';
import { Migration20261202061412ContactDatabaseCreatedBy } from './20261202061412-contact-database-created-by.js';
import { Migration20261202062854PhoneKey } from './20261202062854-phone-key.js';
import { Migration20261126051211SurplusCallId } from './20261126051211-surplus-call-id.js';
import { Migration20261126042643DispositionsUpdatedAtIndex } from './20261126042643-dispositions-updated-at-index.js';
import { Migration20261126040831SurplusHangup } from './20261126040831-surplus-hangup.js';
import { Migration20261126035917DialerPrefixDuplicates } from './20261126035917-dialer-prefix-duplicates.js';
import { Migration20261126005255DialerRetriesRecycle } from './20261126005255-dialer-retries-recycle.js';
import { Migration20261126004532DialerContacts } from './20261126004532-dialer-contacts.js';
import { Migration20261126002744InCallRecordingTags } from './20261126002744-in-call-recording-tags.js';
import { Migration20261126002735PreviewAssignments } from './20261126002735-preview-assignments.js';
import { Migration20261126002102AgentPhoneType } from './20261126002102-agent-phone-type.js';
import { Migration20261125000000InitialDomain } from './20261125000000-initial-domain.js';

/** Migrations in order. `npm run migration:create` appends new ones here. */
export const migrationsList: MigrationObject[] = [
  { name: '20261125000000-initial-domain', class: Migration20261125000000InitialDomain },
  { name: '20261126002102-agent-phone-type', class: Migration20261126002102AgentPhoneType },
  { name: '20261126002735-preview-assignments', class: Migration20261126002735PreviewAssignments },
  { name: '20261126002744-in-call-recording-tags', class: Migration20261126002744InCallRecordingTags },
  { name: '20261126004532-dialer-contacts', class: Migration20261126004532DialerContacts },
  { name: '20261126005255-dialer-retries-recycle', class: Migration20261126005255DialerRetriesRecycle },
  { name: '20261126035917-dialer-prefix-duplicates', class: Migration20261126035917DialerPrefixDuplicates },
  { name: '20261126040831-surplus-hangup', class: Migration20261126040831SurplusHangup },
  { name: '20261126042643-dispositions-updated-at-index', class: Migration20261126042643DispositionsUpdatedAtIndex },
  { name: '20261126051211-surplus-call-id', class: Migration20261126051211SurplusCallId },
  { name: '20261202055723-user-created-by', class: Migration20261202055723UserCreatedBy },
  { name: '20261202061412-contact-database-created-by', class: Migration20261202061412ContactDatabaseCreatedBy },
  { name: '20261202062854-phone-key', class: Migration20261202062854PhoneKey },
];
