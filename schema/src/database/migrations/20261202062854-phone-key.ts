import { Migration } from '@mikro-orm/migrations';

/**
 * Numbers are compared by phoneKey (common/phone.ts): without "+" or "00". Do-not-call lists
 * store that form, so the numbers already listed are re-written in it; a list that held one
 * number twice ("+1555…" and "1555…") keeps it once, and numberCount is counted again.
 * Contacts keep the number as dialed; an expression index serves the comparisons by key.
 */
export class Migration20261202062854PhoneKey extends Migration {
  override async up(): Promise<void> {
    this.addSql("create index \"contacts_phone_key_index\" on \"contacts\" (regexp_replace(\"phone\", '^(\\+|00)', ''))");
    this.addSql(
      `delete from do_not_call_numbers n using do_not_call_numbers keep
        where keep.list_id = n.list_id and keep.id <> n.id
          and regexp_replace(keep.phone, '^(\\+|00)', '') = regexp_replace(n.phone, '^(\\+|00)', '')
          and (keep.phone !~ '^(\\+|00)', keep.id) < (n.phone !~ '^(\\+|00)', n.id)`,
    );
    this.addSql("update do_not_call_numbers set phone = regexp_replace(phone, '^(\\+|00)', '') where phone ~ '^(\\+|00)'");
    this.addSql(
      `update do_not_call_lists l set number_count = (select count(*) from do_not_call_numbers n where n.list_id = l.id)`,
    );
  }

  override async down(): Promise<void> {
    // The "+" or "00" each number was written with is not kept: listed numbers stay in key form.
    this.addSql('drop index "contacts_phone_key_index"');
  }
}
