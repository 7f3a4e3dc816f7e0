import { DialerContact } from '../dialer/dialer-contact.entity.js';
import { DialerWatermark } from '../dialer/dialer-watermark.entity.js';
import { RecycleRun } from '../dialer/recycle-run.entity.js';
import { Role } from '../auth/role.entity.js';
import { User } from '../auth/user.entity.js';
import { AgentGroup } from '../agents/agent-group.entity.js';
import { AgentProfile } from '../agents/agent-profile.entity.js';
import { Pause } from '../agents/pause.entity.js';
import { Campaign } from '../campaigns/campaign.entity.js';
import { CampaignAgent } from '../campaigns/campaign-agent.entity.js';
import { QueueSettings } from '../campaigns/queue-settings.embeddable.js';
import { CallingWindow } from '../campaigns/calling-window.embeddable.js';
import { ContactDatabase } from '../contacts/contact-database.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { ContactPhone } from '../contacts/phone-index/contact-phone.entity.js';
import { Form } from '../forms/form.entity.js';
import { FormField } from '../forms/form-field.entity.js';
import { DispositionOption } from '../dispositions/disposition-option.entity.js';
import { Disposition } from '../dispositions/disposition.entity.js';
import { DispositionChange } from '../dispositions/disposition-change.entity.js';
import { Callback } from '../callbacks/callback.entity.js';
import { RetryRule } from '../retries/retry-rule.entity.js';
import { DoNotCallList } from '../do-not-call/do-not-call-list.entity.js';
import { DoNotCallNumber } from '../do-not-call/do-not-call-number.entity.js';
import { Trunk } from '../telephony/trunk.entity.js';
import { InboundRoute } from '../telephony/inbound-route.entity.js';
import { DestinationRef } from '../destinations/destination-ref.embeddable.js';
import { TimeGroup } from '../destinations/time/time-group.entity.js';
import { TimeCondition } from '../destinations/time/time-condition.entity.js';
import { Ivr } from '../destinations/ivr/ivr.entity.js';
import { CallerIdentification } from '../destinations/caller-identification/caller-identification.entity.js';
import { CustomDestination } from '../destinations/custom/custom-destination.entity.js';
import { CustomDialplan } from '../destinations/custom/custom-dialplan.entity.js';
import { OutboundRoute } from '../telephony/outbound-route.entity.js';
import { ExternalSystem } from '../telephony/external-system.entity.js';
import { CallEvent } from '../logs/call-event.entity.js';
import { AgentActivity } from '../logs/agent-activity.entity.js';
import { CsvUpload } from '../contacts/import/csv-upload.entity.js';
import { CsvUploadRow } from '../contacts/import/csv-upload-row.entity.js';
import { CampaignDatabaseChange } from '../campaigns/campaign-database-change.entity.js';
import { AmdSettings } from '../telephony/amd-settings.entity.js';
import { PhoneAccount } from '../telephony/phone-account.entity.js';
import { PreviewAssignment } from '../preview/preview-assignment.entity.js';
import { RecordingTag } from '../calls/recording-tag.entity.js';
import { AudioFile } from '../audio/audio-file.entity.js';
import { MusicOnHoldPlaylist } from '../audio/music-on-hold-playlist.entity.js';

/** Every entity, listed once: the ORM, migrations and tests all read this. */
export const entities = [
  Role,
  User,
  AgentGroup,
  AgentProfile,
  Pause,
  Campaign,
  CampaignAgent,
  QueueSettings,
  CallingWindow,
  ContactDatabase,
  Contact,
  ContactPhone,
  Form,
  FormField,
  DispositionOption,
  Disposition,
  DispositionChange,
  Callback,
  RetryRule,
  DoNotCallList,
  DoNotCallNumber,
  Trunk,
  InboundRoute,
  DestinationRef,
  TimeGroup,
  TimeCondition,
  Ivr,
  CallerIdentification,
  CustomDestination,
  CustomDialplan,
  OutboundRoute,
  ExternalSystem,
  CallEvent,
  AgentActivity,
  CsvUpload,
  CsvUploadRow,
  CampaignDatabaseChange,
  AmdSettings,
  PhoneAccount,
  PreviewAssignment,
  RecordingTag,
  DialerContact,
  DialerWatermark,
  RecycleRun,
  AudioFile,
  MusicOnHoldPlaylist,
];
