import { Migration } from '@mikro-orm/migrations';

const COLUMNS = ['agent_announcement', 'entry_announcement', 'periodic_announcement'];
const UUID = "'^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'";

/**
 * Queue announcements become AudioFile ids. The old columns held Asterisk sound names, which
 * name no uploaded audio: a value that is the id of an existing audio is kept, any other is
 * dropped (the queue plays nothing there until an audio is chosen), rather than pointing at a
 * file the platform does not manage.
 */
export class Migration20261204021202QueueAnnouncementAudioIds extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "campaigns" ${COLUMNS.map((column) => `add column "queue_${column}_audio_id" uuid null`).join(', ')}`,
    );
    for (const column of COLUMNS) {
      this.addSql(
        `update "campaigns" c set "queue_${column}_audio_id" = a.id from "audio_files" a` +
          ` where c."queue_${column}" ~* ${UUID} and a.id = c."queue_${column}"::uuid`,
      );
    }
    this.addSql(`alter table "campaigns" ${COLUMNS.map((column) => `drop column "queue_${column}"`).join(', ')}`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "campaigns" ${COLUMNS.map((column) => `add column "queue_${column}" varchar(200) null`).join(', ')}`,
    );
    for (const column of COLUMNS) {
      this.addSql(`update "campaigns" set "queue_${column}" = "queue_${column}_audio_id"::text`);
    }
    this.addSql(
      `alter table "campaigns" ${COLUMNS.map((column) => `drop column "queue_${column}_audio_id"`).join(', ')}`,
    );
  }
}
