import { Migration } from '@mikro-orm/migrations';

export class Migration20261204022305TimeGroupsConditions extends Migration {
  override async up(): Promise<void> {
    this.addSql("create table \"time_groups\" (\"id\" uuid not null, \"created_at\" timestamptz not null default now(), \"updated_at\" timestamptz not null default now(), \"name\" varchar(100) not null, \"rules\" jsonb not null, constraint \"time_groups_pkey\" primary key (\"id\"))");
    this.addSql("alter table \"time_groups\" add constraint \"time_groups_name_unique\" unique (\"name\")");
    this.addSql("create table \"time_conditions\" (\"id\" uuid not null, \"created_at\" timestamptz not null default now(), \"updated_at\" timestamptz not null default now(), \"name\" varchar(100) not null, \"time_group_id\" uuid not null, \"time_zone\" varchar(64) not null, \"match_type\" \"destination_type\" not null, \"match_id\" uuid null, \"otherwise_type\" \"destination_type\" not null, \"otherwise_id\" uuid null, constraint \"time_conditions_pkey\" primary key (\"id\"))");
    this.addSql("alter table \"time_conditions\" add constraint \"time_conditions_name_unique\" unique (\"name\")");
    this.addSql("alter table \"time_conditions\" add constraint \"time_conditions_time_group_id_foreign\" foreign key (\"time_group_id\") references \"time_groups\" (\"id\") on update cascade on delete restrict");
  }

  override async down(): Promise<void> {
    this.addSql("alter table \"time_conditions\" drop constraint \"time_conditions_time_group_id_foreign\"");
    this.addSql("drop table if exists \"time_groups\" cascade");
    this.addSql("drop table if exists \"time_conditions\" cascade");
  }
}
