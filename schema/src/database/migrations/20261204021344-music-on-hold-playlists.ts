import { Migration } from '@mikro-orm/migrations';

export class Migration20261204021344MusicOnHoldPlaylists extends Migration {
  override async up(): Promise<void> {
    this.addSql("create table \"music_on_hold_playlists\" (\"id\" uuid not null, \"created_at\" timestamptz not null default now(), \"updated_at\" timestamptz not null default now(), \"name\" varchar(100) not null, \"audio_ids\" jsonb not null, constraint \"music_on_hold_playlists_pkey\" primary key (\"id\"))");
    this.addSql("alter table \"music_on_hold_playlists\" add constraint \"music_on_hold_playlists_name_unique\" unique (\"name\")");
    // A queue's musicOnHold is now a playlist id (null = Asterisk's default class). 'default' and
    // any other old class name played Asterisk's default music: they become null.
    this.addSql(
      "update \"campaigns\" set \"queue_music_on_hold\" = null where \"queue_music_on_hold\" !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'",
    );
  }

  override async down(): Promise<void> {
    this.addSql("drop table if exists \"music_on_hold_playlists\" cascade");
  }
}
