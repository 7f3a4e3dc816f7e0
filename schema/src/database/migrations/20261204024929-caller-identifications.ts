import { Migration } from '@mikro-orm/migrations';

export class Migration20261204024929CallerIdentifications extends Migration {
  override async up(): Promise<void> {
    this.addSql("create type \"caller_identification_interaction\" as enum ('NONE', 'CRM_IDENTIFIES', 'CRM_ROUTES')");
    this.addSql("create type \"caller_identification_source\" as enum ('DTMF', 'CALLER_NUMBER')");
    this.addSql("create table \"caller_identifications\" (\"id\" uuid not null, \"created_at\" timestamptz not null default now(), \"updated_at\" timestamptz not null default now(), \"name\" varchar(100) not null, \"interaction\" \"caller_identification_interaction\" not null, \"source\" \"caller_identification_source\" not null, \"crm_url\" varchar(500) null, \"crm_timeout_seconds\" int not null, \"prompt_audio_id\" uuid null, \"expected_length\" int null, \"input_timeout_seconds\" int not null, \"attempts\" int not null, \"contact_database_id\" uuid null, \"identified_type\" \"destination_type\" not null, \"identified_id\" uuid null, \"not_identified_type\" \"destination_type\" not null, \"not_identified_id\" uuid null, constraint \"caller_identifications_pkey\" primary key (\"id\"))");
    this.addSql("alter table \"caller_identifications\" add constraint \"caller_identifications_name_unique\" unique (\"name\")");
  }

  override async down(): Promise<void> {
    this.addSql("drop table if exists \"caller_identifications\" cascade");
    this.addSql("drop type \"caller_identification_interaction\"");
    this.addSql("drop type \"caller_identification_source\"");
  }
}
