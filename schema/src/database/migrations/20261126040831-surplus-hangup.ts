import { Migration } from '@mikro-orm/migrations';

export class Migration20261126040831SurplusHangup extends Migration {
  override async up(): Promise<void> {
    this.addSql("alter table \"campaigns\" add column \"queue_surplus_hangup_after_seconds\" int not null default 0");
    this.addSql("alter type \"dial_outcome\" add value if not exists 'SURPLUS' after 'DUPLICATE'");
  }

  override async down(): Promise<void> {
    this.addSql("alter table \"campaigns\" drop column \"queue_surplus_hangup_after_seconds\"");
  }
}
