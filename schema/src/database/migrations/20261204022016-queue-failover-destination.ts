import { Migration } from '@mikro-orm/migrations';

const UUID = "'^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'";

/**
 * The queue's failover becomes a DestinationRef (queue_failover_type / queue_failover_id) and
 * the escape IVR an id. A failover whose old free-text target is an id keeps it; one without a
 * usable id (nothing could have routed there) becomes HANGUP, which is what callers got, since
 * no failover was applied before. An escape IVR that is not an id is cleared.
 */
export class Migration20261204022016QueueFailoverDestination extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "campaigns" rename column "queue_failover_destination_type" to "queue_failover_type"');
    this.addSql('alter table "campaigns" add column "queue_failover_id" uuid null');
    this.addSql(
      `update "campaigns" set "queue_failover_id" = "queue_failover_destination"::uuid` +
        ` where "queue_failover_type" <> 'HANGUP' and "queue_failover_destination" ~* ${UUID}`,
    );
    this.addSql(
      `update "campaigns" set "queue_failover_type" = 'HANGUP' where "queue_failover_id" is null`,
    );
    this.addSql('alter table "campaigns" drop column "queue_failover_destination"');
    this.addSql(`update "campaigns" set "queue_escape_ivr_id" = null where "queue_escape_ivr_id" !~* ${UUID}`);
    this.addSql('alter table "campaigns" alter column "queue_escape_ivr_id" drop default');
    this.addSql(
      'alter table "campaigns" alter column "queue_escape_ivr_id" type uuid using ("queue_escape_ivr_id"::text::uuid)',
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      'alter table "campaigns" alter column "queue_escape_ivr_id" type varchar(64) using ("queue_escape_ivr_id"::varchar(64))',
    );
    this.addSql('alter table "campaigns" add column "queue_failover_destination" varchar(100) null');
    this.addSql('update "campaigns" set "queue_failover_destination" = "queue_failover_id"::text');
    this.addSql('alter table "campaigns" drop column "queue_failover_id"');
    this.addSql('alter table "campaigns" rename column "queue_failover_type" to "queue_failover_destination_type"');
  }
}
