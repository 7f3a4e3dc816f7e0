import { Migration } from '@mikro-orm/migrations';

export class Migration20261126042643DispositionsUpdatedAtIndex extends Migration {
  override async up(): Promise<void> {
    this.addSql("create index \"dispositions_updated_at_id_index\" on \"dispositions\" (\"updated_at\", \"id\")");
  }

  override async down(): Promise<void> {
    this.addSql("drop index \"dispositions_updated_at_id_index\"");
  }
}
