import { Migration } from '@mikro-orm/migrations';

export class Migration20261204024355CustomDestinations extends Migration {
  override async up(): Promise<void> {
    this.addSql("create table \"custom_destinations\" (\"id\" uuid not null, \"created_at\" timestamptz not null default now(), \"updated_at\" timestamptz not null default now(), \"name\" varchar(100) not null, \"context\" varchar(79) not null, \"extension\" varchar(40) not null, \"priority\" int not null, \"failover_type\" \"destination_type\" not null, \"failover_id\" uuid null, constraint \"custom_destinations_pkey\" primary key (\"id\"))");
    this.addSql("alter table \"custom_destinations\" add constraint \"custom_destinations_name_unique\" unique (\"name\")");
    this.addSql("create table \"custom_dialplans\" (\"id\" uuid not null, \"created_at\" timestamptz not null default now(), \"updated_at\" timestamptz not null default now(), \"singleton\" boolean not null default true, \"content\" text not null default '', constraint \"custom_dialplans_pkey\" primary key (\"id\"))");
    this.addSql("alter table \"custom_dialplans\" add constraint \"custom_dialplans_singleton_unique\" unique (\"singleton\")");
  }

  override async down(): Promise<void> {
    this.addSql("drop table if exists \"custom_destinations\" cascade");
    this.addSql("drop table if exists \"custom_dialplans\" cascade");
  }
}
