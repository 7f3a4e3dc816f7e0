import { Migration } from '@mikro-orm/migrations';

export class Migration20261126004532DialerContacts extends Migration {
  override async up(): Promise<void> {
    this.addSql("create type \"dialer_contact_status\" as enum ('PENDING', 'SCHEDULED', 'DIALING', 'DONE')");
    this.addSql("create type \"dialer_contact_source\" as enum ('FRESH', 'RETRY', 'CALLBACK')");
    this.addSql("create type \"dial_outcome\" as enum ('CONNECTED', 'BUSY', 'NO_ANSWER', 'MACHINE', 'REJECTED', 'TIMEOUT', 'FAILED', 'BLACKLISTED', 'NO_PHONE')");
    this.addSql("create table \"dialer_contacts\" (\"id\" bigserial primary key, \"campaign_id\" uuid not null, \"contact_id\" uuid not null, \"status\" \"dialer_contact_status\" not null default 'PENDING', \"source\" \"dialer_contact_source\" not null default 'FRESH', \"next_attempt_at\" timestamptz null, \"attempts\" int not null default 0, \"attempts_by_outcome\" jsonb not null default '{}', \"phone_index\" int not null default 0, \"last_outcome\" \"dial_outcome\" null, \"last_call_id\" varchar(64) null, \"last_attempt_at\" timestamptz null, \"callback_id\" uuid null, \"claimed_by\" varchar(200) null, \"claimed_at\" timestamptz null, \"updated_at\" timestamptz not null)");
    this.addSql("create index \"dialer_contacts_campaign_id_status_next_attempt_at_index\" on \"dialer_contacts\" (\"campaign_id\", \"status\", \"next_attempt_at\")");
    this.addSql("alter table \"dialer_contacts\" add constraint \"dialer_contacts_campaign_id_contact_id_unique\" unique (\"campaign_id\", \"contact_id\")");
    this.addSql("alter table \"dialer_contacts\" add constraint \"dialer_contacts_campaign_id_foreign\" foreign key (\"campaign_id\") references \"campaigns\" (\"id\") on update cascade on delete cascade");
    this.addSql("alter table \"dialer_contacts\" add constraint \"dialer_contacts_contact_id_foreign\" foreign key (\"contact_id\") references \"contacts\" (\"id\") on update cascade on delete cascade");
  }

  override async down(): Promise<void> {
    this.addSql("drop table if exists \"dialer_contacts\" cascade");
    this.addSql("drop type \"dialer_contact_status\"");
    this.addSql("drop type \"dialer_contact_source\"");
    this.addSql("drop type \"dial_outcome\"");
  }
}
