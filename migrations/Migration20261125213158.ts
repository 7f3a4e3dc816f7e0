import { Migration } from '@mikro-orm/migrations';

export class Migration20261125213158 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`select 1`);
  }

  override async down(): Promise<void> {
    this.addSql(`select 1`);
  }
}
