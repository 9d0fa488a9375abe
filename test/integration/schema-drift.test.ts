import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, readMigrations } from '../../lib/db/migrate.ts';
import { testConfig } from '../support/env.ts';
import { readPrismaSchema, type ExpectedSchema } from '../support/prisma-schema.ts';

const config = testConfig();
let db: pg.Client;

async function actualSchema(): Promise<ExpectedSchema> {
  const tables = await db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY table_name`,
  );
  const columns = await db.query<{ table_name: string; column_name: string; type: string; is_nullable: string; udt_name: string; data_type: string }>(
    `SELECT c.table_name, c.column_name, c.is_nullable, c.udt_name, c.data_type,
            format_type(a.atttypid, a.atttypmod) AS type
     FROM information_schema.columns c
     JOIN pg_attribute a ON a.attrelid = (quote_ident(c.table_schema) || '.' || quote_ident(c.table_name))::regclass
                        AND a.attname = c.column_name
     WHERE c.table_schema = 'public' AND c.table_name <> '_prisma_migrations'`,
  );
  const uniques = await db.query<{ table_name: string; cols: string }>(
    `SELECT t.relname AS table_name, string_agg(a.attname, ',' ORDER BY k.ord) AS cols
     FROM pg_index i
     JOIN pg_class t ON t.oid = i.indrelid
     JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
     CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
     JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
     WHERE i.indisunique AND t.relname <> '_prisma_migrations' AND i.indpred IS NULL
     GROUP BY i.indexrelid, t.relname`,
  );
  const enums = await db.query<{ name: string; labels: string[] }>(
    `SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
     FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
  );
  const uniqueMap: Record<string, string[]> = {};
  for (const r of uniques.rows) (uniqueMap[r.table_name] ??= []).push(r.cols);
  for (const list of Object.values(uniqueMap)) list.sort();
  return {
    tables: tables.rows.map((r) => r.table_name),
    columns: columns.rows.map((r) => ({
      table: r.table_name,
      column: r.column_name,
      sqlType: r.data_type === 'USER-DEFINED' ? `enum ${r.udt_name}` : r.type,
      nullable: r.is_nullable === 'YES',
    })),
    uniques: uniqueMap,
    enums: Object.fromEntries(enums.rows.map((r) => [r.name, r.labels])),
  };
}

const byKey = (cols: ExpectedSchema['columns']) => cols.map((c) => `${c.table}.${c.column}: ${c.sqlType}${c.nullable ? ' NULL' : ' NOT NULL'}`).sort();

describe('schema.prisma and the migrated database', () => {
  beforeAll(async () => {
    db = new pg.Client({ connectionString: config.DATABASE_URL });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
  });

  it('agree on tables, columns, types, nullability, unique indexes and enums', async () => {
    const expected = readPrismaSchema(await readFile(path.resolve(import.meta.dirname, '../../prisma/schema.prisma'), 'utf8'));
    const actual = await actualSchema();
    expect(actual.tables).toEqual(expected.tables);
    expect(byKey(actual.columns)).toEqual(byKey(expected.columns));
    for (const table of expected.tables) expect({ table, uniques: actual.uniques[table] ?? [] }).toEqual({ table, uniques: expected.uniques[table] });
    expect(actual.enums).toEqual(expected.enums);
  });

  it('records every migration in _prisma_migrations, and a second run applies nothing', async () => {
    const files = await readMigrations();
    const { rows } = await db.query<{ migration_name: string; checksum: string }>(
      'SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name',
    );
    expect(rows).toEqual(files.map((f) => ({ migration_name: f.name, checksum: f.checksum })));
    const again = await migrate(config.DATABASE_URL);
    expect(again.applied).toEqual([]);
  });
});
