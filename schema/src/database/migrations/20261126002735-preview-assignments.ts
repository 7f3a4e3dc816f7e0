import { Migration } from '@mikro-orm/migrations';

export class Migration20261126002735PreviewAssignments extends Migration {
  override async up(): Promise<void> {
    this.addSql("create type \"preview_assignment_mode\" as enum ('NONE', 'PROPORTIONAL', 'RANDOM')");
    this.addSql("create type \"preview_assignment_status\" as enum ('INITIAL', 'DELIVERED', 'RESERVED', 'FINISHED')");
    this.addSql("create table \"preview_assignments\" (\"id\" uuid not null, \"created_at\" timestamptz not null default now(), \"updated_at\" timestamptz not null default now(), \"campaign_id\" uuid not null, \"contact_id\" uuid not null, \"agent_id\" uuid null, \"status\" \"preview_assignment_status\" not null default 'INITIAL', \"position\" int not null default 0, \"reserved_until\" timestamptz null, \"delivered_at\" timestamptz null, \"finished_at\" timestamptz null, \"attempts\" int not null default 0, constraint \"preview_assignments_pkey\" primary key (\"id\"))");
    this.addSql("create index \"preview_assignments_contact_id_index\" on \"preview_assignments\" (\"contact_id\")");
    this.addSql("create index \"preview_assignments_status_reserved_until_index\" on \"preview_assignments\" (\"status\", \"reserved_until\")");
    this.addSql("create index \"preview_assignments_campaign_id_status_agent_id_position_index\" on \"preview_assignments\" (\"campaign_id\", \"status\", \"agent_id\", \"position\")");
    this.addSql("alter table \"preview_assignments\" add constraint \"preview_assignments_campaign_id_contact_id_unique\" unique (\"campaign_id\", \"contact_id\")");
    this.addSql("alter table \"preview_assignments\" add constraint \"preview_assignments_campaign_id_foreign\" foreign key (\"campaign_id\") references \"campaigns\" (\"id\") on update cascade on delete cascade");
    this.addSql("alter table \"preview_assignments\" add constraint \"preview_assignments_contact_id_foreign\" foreign key (\"contact_id\") references \"contacts\" (\"id\") on update cascade on delete cascade");
    this.addSql("alter table \"preview_assignments\" add constraint \"preview_assignments_agent_id_foreign\" foreign key (\"agent_id\") references \"agent_profiles\" (\"id\") on update cascade on delete set null");
    this.addSql("alter table \"campaigns\" add column \"preview_disconnection_minutes\" int not null default 2, add column \"preview_initial_assignment\" \"preview_assignment_mode\" not null default 'NONE', add column \"preview_deactivation_column\" varchar(128) null");
  }

  override async down(): Promise<void> {
    this.addSql("drop table if exists \"preview_assignments\" cascade");
    this.addSql("alter table \"campaigns\" drop column \"preview_disconnection_minutes\", drop column \"preview_initial_assignment\", drop column \"preview_deactivation_column\"");
    this.addSql("drop type \"preview_assignment_mode\"");
    this.addSql("drop type \"preview_assignment_status\"");
  }
}
