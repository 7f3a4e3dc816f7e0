import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { dropDatabase, ensureDatabaseExists, migrateToLatest, openDatabase } from './database.js';

/**
 * Diffs the entities against a scratch database migrated to the latest migration and writes
 * the difference as a new migration under schema/src/database/migrations.
 * Usage: npm run build && npm run migration:create -- <name>
 */
const name = process.argv[2];
if (!name || !/^[a-z0-9-]+$/.test(name)) {
  process.stderr.write('usage: npm run migration:create -- <kebab-case-name>\n');
  process.exit(2);
}
const baseUrl = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/switchboard';
const scratch = new URL(baseUrl);
scratch.pathname = `/switchboard_migration_scratch_${process.pid}`;
const sourceDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/database/migrations');

await ensureDatabaseExists(scratch.toString());
const orm = await openDatabase(scratch.toString());
try {
  await migrateToLatest(orm);
  const sql = await orm.getSchemaGenerator().getUpdateSchemaMigrationSQL({ wrap: false });
  const split = (text: string) =>
    text
      .split(/;\n/)
      .map((statement) => statement.trim().replace(/;$/, ''))
      .filter((statement) => statement.length > 0);
  const diff = { up: split(sql.up), down: split(sql.down) };
  if (diff.up.length === 0) {
    process.stdout.write('entities and migrations agree: nothing to write\n');
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
    const className = `Migration${stamp}${name.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase())}`;
    const fileName = `${stamp}-${name}`;
    const statements = (lines: string[]) => lines.map((sql) => `    this.addSql(${JSON.stringify(sql)});`).join('\n');
    await writeFile(
      path.join(sourceDir, `${fileName}.ts`),
      `import { Migration } from '@mikro-orm/migrations';\n\nexport class ${className} extends Migration {\n  override async up(): Promise<void> {\n${statements(diff.up)}\n  }\n\n  override async down(): Promise<void> {\n${statements(diff.down)}\n  }\n}\n`,
    );
    const indexPath = path.join(sourceDir, 'index.ts');
    let index = await readFile(indexPath, 'utf8');
    index = index.replace(
      "import type { MigrationObject } from '@mikro-orm/core';\n",
      `import type { MigrationObject } from '@mikro-orm/core';\nimport { ${className} } from './${fileName}.js';\n`,
    );
    index = index
      .replace(/\];\s*$/, `  { name: '${fileName}', class: ${className} },\n];\n`)
      .replace('[\n  {', '[\n  {');
    await writeFile(indexPath, index);
    process.stdout.write(`wrote migrations/${fileName}.ts\n`);
  }
} finally {
  await orm.close(true);
  await dropDatabase(scratch.toString());
}
