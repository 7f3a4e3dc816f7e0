import { Migration } from '@mikro-orm/migrations';

// Databases from before this column keep a null creator: none of their history says who made
// them (campaign_database_changes.changed_by is who rotated one in, not who built it). They are
// reached through the campaigns that use or used them, and by CAMPAIGNS_ALL.

export class Migration20261202061412ContactDatabaseCreatedBy extends Migration {
  override async up(): Promise<void> {
    this.addSql("alter table \"contact_databases\" add column \"created_by_id\" uuid null");
    this.addSql("alter table \"contact_databases\" add constraint \"contact_databases_created_by_id_foreign\" foreign key (\"created_by_id\") references \"users\" (\"id\") on update cascade on delete set null");
    this.addSql("create index \"contact_databases_created_by_id_index\" on \"contact_databases\" (\"created_by_id\")");
  }

  override async down(): Promise<void> {
    this.addSql("alter table \"contact_databases\" drop constraint \"contact_databases_created_by_id_foreign\"");
    this.addSql("drop index \"contact_databases_created_by_id_index\"");
    this.addSql("alter table \"contact_databases\" drop column \"created_by_id\"");
  }
}
