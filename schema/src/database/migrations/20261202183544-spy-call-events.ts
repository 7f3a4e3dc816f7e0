import { Migration } from '@mikro-orm/migrations';

/**
 * Spy sessions are logged on the spied call: SPY_START, SPY_MODE_CHANGE, SPY_STOP. Supervisors'
 * phone accounts get a phone type like agents' (a desk phone instead of the webphone).
 */
export class Migration20261202183544SpyCallEvents extends Migration {
  override async up(): Promise<void> {
    this.addSql("alter type \"call_event_type\" add value if not exists 'SPY_START' after 'RECORDING_STOPPED'");
    this.addSql("alter type \"call_event_type\" add value if not exists 'SPY_MODE_CHANGE' after 'SPY_START'");
    this.addSql("alter type \"call_event_type\" add value if not exists 'SPY_STOP' after 'SPY_MODE_CHANGE'");
    this.addSql(
      "alter table \"phone_accounts\" add column if not exists \"phone_type\" \"agent_phone_type\" not null default 'WEBRTC'",
    );
  }

  override async down(): Promise<void> {
    // Postgres cannot drop enum values; rows of these types would be left without a meaning anyway.
    this.addSql('alter table "phone_accounts" drop column if exists "phone_type"');
  }
}
