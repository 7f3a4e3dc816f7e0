import { Migration } from '@mikro-orm/migrations';

export class Migration20261204180032CampaignExternalIdUnique extends Migration {
  override async up(): Promise<void> {
    this.addSql("create unique index \"campaigns_external_id_unique\" on \"campaigns\" (\"external_system_id\", \"external_id\") where \"external_id\" is not null and \"is_template\" = false and \"state\" <> 'DELETED'");
  }

  override async down(): Promise<void> {
    this.addSql("drop index \"campaigns_external_id_unique\"");
  }
}
