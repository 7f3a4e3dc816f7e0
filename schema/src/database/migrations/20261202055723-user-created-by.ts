import { Migration } from '@mikro-orm/migrations';

export class Migration20261202055723UserCreatedBy extends Migration {
  override async up(): Promise<void> {
    this.addSql("alter table \"users\" add column \"created_by_id\" uuid null");
    this.addSql("alter table \"users\" add constraint \"users_created_by_id_foreign\" foreign key (\"created_by_id\") references \"users\" (\"id\") on update cascade on delete set null");
  }

  override async down(): Promise<void> {
    this.addSql("alter table \"users\" drop constraint \"users_created_by_id_foreign\"");
    this.addSql("alter table \"users\" drop column \"created_by_id\"");
  }
}
