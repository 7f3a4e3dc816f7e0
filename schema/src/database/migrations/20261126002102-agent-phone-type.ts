import { Migration } from '@mikro-orm/migrations';

export class Migration20261126002102AgentPhoneType extends Migration {
  override async up(): Promise<void> {
    this.addSql("create type \"agent_phone_type\" as enum ('WEBRTC', 'SIP')");
    this.addSql("alter table \"agent_profiles\" add column \"phone_type\" \"agent_phone_type\" not null default 'WEBRTC'");
  }

  override async down(): Promise<void> {
    this.addSql("alter table \"agent_profiles\" drop column \"phone_type\"");
    this.addSql("drop type \"agent_phone_type\"");
  }
}
