import { Migration } from '@mikro-orm/migrations';

/**
 * Destinations (#14): the destination_type enum loses the types nothing implemented (AGENT,
 * EXTERNAL_NUMBER, VOICEMAIL: failovers to them become HANGUP) and gains CALLER_IDENTIFICATION;
 * an inbound route gets a name, a caller prefix, a language and a destination instead of its
 * campaign. Existing routes keep sending calls where they did: destination CAMPAIGN, named by
 * their DID.
 */
export class Migration20261204020853DestinationsInboundRoutes extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      "update \"campaigns\" set \"queue_failover_destination_type\" = 'HANGUP' where \"queue_failover_destination_type\" in ('AGENT', 'EXTERNAL_NUMBER', 'VOICEMAIL')",
    );
    // Postgres cannot drop an enum value: the type is replaced, its column converted by text.
    this.addSql('alter type "destination_type" rename to "destination_type_before_14"');
    this.addSql(
      "create type \"destination_type\" as enum ('HANGUP', 'CAMPAIGN', 'IVR', 'TIME_CONDITION', 'CALLER_IDENTIFICATION', 'CUSTOM')",
    );
    this.addSql(
      'alter table "campaigns" alter column "queue_failover_destination_type" type "destination_type" using "queue_failover_destination_type"::text::"destination_type"',
    );
    this.addSql('drop type "destination_type_before_14"');

    this.addSql(
      "alter table \"inbound_routes\" add column \"name\" varchar(100) null, add column \"caller_id_prefix\" varchar(20) not null default '', add column \"language\" varchar(16) not null default 'en', add column \"destination_type\" \"destination_type\" null, add column \"destination_id\" uuid null",
    );
    this.addSql(
      "update \"inbound_routes\" set \"name\" = \"did\", \"destination_type\" = 'CAMPAIGN', \"destination_id\" = \"campaign_id\"",
    );
    this.addSql(
      'alter table "inbound_routes" alter column "name" set not null, alter column "destination_type" set not null',
    );
    this.addSql('alter table "inbound_routes" drop constraint "inbound_routes_campaign_id_foreign"');
    this.addSql('alter table "inbound_routes" drop constraint "inbound_routes_did_unique"');
    this.addSql('alter table "inbound_routes" drop column "campaign_id"');
    this.addSql('alter table "inbound_routes" add constraint "inbound_routes_name_unique" unique ("name")');
    this.addSql(
      'alter table "inbound_routes" add constraint "inbound_routes_did_caller_id_prefix_unique" unique ("did", "caller_id_prefix")',
    );
  }

  override async down(): Promise<void> {
    // Routes to anything but a campaign cannot be represented any more: they are removed.
    this.addSql("delete from \"inbound_routes\" where \"destination_type\" <> 'CAMPAIGN'");
    this.addSql('alter table "inbound_routes" drop constraint "inbound_routes_name_unique"');
    this.addSql('alter table "inbound_routes" drop constraint "inbound_routes_did_caller_id_prefix_unique"');
    this.addSql('alter table "inbound_routes" add column "campaign_id" uuid null');
    this.addSql('update "inbound_routes" set "campaign_id" = "destination_id"');
    this.addSql('delete from "inbound_routes" where "id" not in (select distinct on ("did") "id" from "inbound_routes" order by "did", "caller_id_prefix")');
    this.addSql(
      'alter table "inbound_routes" drop column "name", drop column "caller_id_prefix", drop column "language", drop column "destination_type", drop column "destination_id"',
    );
    this.addSql('alter table "inbound_routes" alter column "campaign_id" set not null');
    this.addSql(
      'alter table "inbound_routes" add constraint "inbound_routes_campaign_id_foreign" foreign key ("campaign_id") references "campaigns" ("id") on update cascade on delete cascade',
    );
    this.addSql('alter table "inbound_routes" add constraint "inbound_routes_did_unique" unique ("did")');
    this.addSql("update \"campaigns\" set \"queue_failover_destination_type\" = 'HANGUP' where \"queue_failover_destination_type\" = 'CALLER_IDENTIFICATION'");
    this.addSql('alter type "destination_type" rename to "destination_type_after_14"');
    this.addSql(
      "create type \"destination_type\" as enum ('HANGUP', 'CAMPAIGN', 'IVR', 'TIME_CONDITION', 'CUSTOM', 'AGENT', 'EXTERNAL_NUMBER', 'VOICEMAIL')",
    );
    this.addSql(
      'alter table "campaigns" alter column "queue_failover_destination_type" type "destination_type" using "queue_failover_destination_type"::text::"destination_type"',
    );
    this.addSql('drop type "destination_type_after_14"');
  }
}
