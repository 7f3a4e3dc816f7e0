import { Migration } from '@mikro-orm/migrations';

export class Migration20261204020528AudioFiles extends Migration {
  override async up(): Promise<void> {
    this.addSql("create table \"audio_files\" (\"id\" uuid not null, \"created_at\" timestamptz not null default now(), \"updated_at\" timestamptz not null default now(), \"name\" varchar(100) not null, \"original_file_name\" varchar(255) not null, \"size_bytes\" int not null, \"duration_seconds\" double precision not null, constraint \"audio_files_pkey\" primary key (\"id\"))");
    this.addSql("alter table \"audio_files\" add constraint \"audio_files_name_unique\" unique (\"name\")");
  }

  override async down(): Promise<void> {
    this.addSql("drop table if exists \"audio_files\" cascade");
  }
}
