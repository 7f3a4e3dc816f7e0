import { Migration } from '@mikro-orm/migrations';

export class Migration20261204022853Ivrs extends Migration {
  override async up(): Promise<void> {
    this.addSql("create table \"ivrs\" (\"id\" uuid not null, \"created_at\" timestamptz not null default now(), \"updated_at\" timestamptz not null default now(), \"name\" varchar(100) not null, \"main_audio_id\" uuid not null, \"timeout_seconds\" int not null, \"timeout_retries\" int not null, \"timeout_audio_id\" uuid null, \"timeout_type\" \"destination_type\" not null, \"timeout_id\" uuid null, \"invalid_retries\" int not null, \"invalid_audio_id\" uuid null, \"invalid_type\" \"destination_type\" not null, \"invalid_id\" uuid null, \"options\" jsonb not null, constraint \"ivrs_pkey\" primary key (\"id\"))");
    this.addSql("alter table \"ivrs\" add constraint \"ivrs_name_unique\" unique (\"name\")");
  }

  override async down(): Promise<void> {
    this.addSql("drop table if exists \"ivrs\" cascade");
  }
}
