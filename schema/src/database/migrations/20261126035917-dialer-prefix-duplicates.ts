import { Migration } from '@mikro-orm/migrations';

export class Migration20261126035917DialerPrefixDuplicates extends Migration {
  override async up(): Promise<void> {
    this.addSql("alter table \"campaigns\" add column \"dial_prefix\" varchar(16) null, add column \"avoid_duplicate_phones\" boolean not null default false");
    this.addSql("alter type \"dial_outcome\" add value if not exists 'DUPLICATE' after 'NO_PHONE'");
  }

  override async down(): Promise<void> {
    this.addSql("alter table \"campaigns\" drop column \"dial_prefix\", drop column \"avoid_duplicate_phones\"");
  }
}
