import { Migration } from '@mikro-orm/migrations';

export class Migration20261126005255DialerRetriesRecycle extends Migration {
  override async up(): Promise<void> {
    this.addSql("create type \"recycle_target\" as enum ('SAME', 'NEW_CAMPAIGN')");
    this.addSql("create type \"recycle_run_status\" as enum ('QUEUED', 'RUNNING', 'DONE', 'FAILED')");
    this.addSql("create table \"dialer_watermarks\" (\"name\" varchar(64) not null, \"position\" timestamptz not null, \"updated_at\" timestamptz not null, constraint \"dialer_watermarks_pkey\" primary key (\"name\"))");
    this.addSql("create table \"recycle_runs\" (\"id\" uuid not null, \"created_at\" timestamptz not null default now(), \"updated_at\" timestamptz not null default now(), \"campaign_id\" uuid not null, \"target\" \"recycle_target\" not null, \"new_campaign_name\" varchar(128) null, \"disposition_option_ids\" text[] not null default '{}', \"outcomes\" text[] not null default '{}', \"status\" \"recycle_run_status\" not null default 'QUEUED', \"scanned_contacts\" int not null default 0, \"total_contacts\" int not null default 0, \"recycled_contacts\" int not null default 0, \"result_campaign_id\" uuid null, \"error\" text null, \"requested_by_id\" uuid null, \"supervise_copy\" boolean not null default false, constraint \"recycle_runs_pkey\" primary key (\"id\"))");
    this.addSql("create index \"recycle_runs_campaign_id_status_index\" on \"recycle_runs\" (\"campaign_id\", \"status\")");
    this.addSql("alter table \"recycle_runs\" add constraint \"recycle_runs_campaign_id_foreign\" foreign key (\"campaign_id\") references \"campaigns\" (\"id\") on update cascade on delete cascade");
    this.addSql("alter table \"recycle_runs\" add constraint \"recycle_runs_result_campaign_id_foreign\" foreign key (\"result_campaign_id\") references \"campaigns\" (\"id\") on update cascade on delete set null");
    this.addSql("alter table \"recycle_runs\" add constraint \"recycle_runs_requested_by_id_foreign\" foreign key (\"requested_by_id\") references \"users\" (\"id\") on update cascade on delete set null");
    this.addSql("alter table \"dialer_contacts\" add column \"disposition_revision\" int null");
  }

  override async down(): Promise<void> {
    this.addSql("drop table if exists \"dialer_watermarks\" cascade");
    this.addSql("drop table if exists \"recycle_runs\" cascade");
    this.addSql("alter table \"dialer_contacts\" drop column \"disposition_revision\"");
    this.addSql("drop type \"recycle_target\"");
    this.addSql("drop type \"recycle_run_status\"");
  }
}
