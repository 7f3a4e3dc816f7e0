import { Migration } from '@mikro-orm/migrations';

export class Migration20261126051211SurplusCallId extends Migration {
  override async up(): Promise<void> {
    this.addSql("alter table \"dialer_contacts\" add column \"surplus_call_id\" varchar(64) null");
  }

  override async down(): Promise<void> {
    this.addSql("alter table \"dialer_contacts\" drop column \"surplus_call_id\"");
  }
}
