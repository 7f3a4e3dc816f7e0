import { Migration } from '@mikro-orm/migrations';

export class Migration20261126002744InCallRecordingTags extends Migration {
  override async up(): Promise<void> {
    this.addSql("create table \"recording_tags\" (\"id\" uuid not null, \"created_at\" timestamptz not null default now(), \"updated_at\" timestamptz not null default now(), \"call_id\" varchar(64) not null, \"agent_id\" uuid not null, \"campaign_id\" uuid null, \"note\" varchar(1000) not null, \"at\" timestamptz not null, constraint \"recording_tags_pkey\" primary key (\"id\"))");
    this.addSql("create index \"recording_tags_call_id_at_index\" on \"recording_tags\" (\"call_id\", \"at\")");
    this.addSql("alter type \"call_event_type\" add value if not exists 'RECORDING_STARTED' after 'CONFERENCE'");
    this.addSql("alter type \"call_event_type\" add value if not exists 'RECORDING_STOPPED' after 'RECORDING_STARTED'");
  }

  override async down(): Promise<void> {
    this.addSql("drop table if exists \"recording_tags\" cascade");
  }
}
