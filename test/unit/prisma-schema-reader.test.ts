import { describe, expect, it } from 'vitest';
import { readPrismaSchema } from '../support/prisma-schema.ts';

describe('the schema.prisma reader used by the drift test', () => {
  it('maps fields to columns with native types, nullability and unique sets, and skips relations', () => {
    const schema = readPrismaSchema(`
      enum Tier { STANDARD VIP @@map("tier") }
      model User {
        id      BigInt  @id @default(autoincrement())
        name    String  @unique @db.VarChar(40)
        phone   String? @map("phone_number")
        tier    Tier    @default(STANDARD)
        seenAt  DateTime @map("seen_at") @db.Timestamptz(3)
        entries Entry[]
        @@map("users")
      }
      model Entry {
        id     BigInt @id
        userId BigInt @map("user_id")
        reason String
        ref    String
        user   User   @relation(fields: [userId], references: [id])
        @@unique([reason, ref])
      }`);
    expect(schema.tables).toEqual(['Entry', 'users']);
    expect(schema.columns).toContainEqual({ table: 'users', column: 'phone_number', sqlType: 'text', nullable: true });
    expect(schema.columns).toContainEqual({ table: 'users', column: 'name', sqlType: 'character varying(40)', nullable: false });
    expect(schema.columns).toContainEqual({ table: 'users', column: 'tier', sqlType: 'enum tier', nullable: false });
    expect(schema.columns).toContainEqual({ table: 'users', column: 'seen_at', sqlType: 'timestamp(3) with time zone', nullable: false });
    expect(schema.columns.find((c) => c.column === 'entries')).toBeUndefined();
    expect(schema.uniques.Entry).toEqual(['id', 'reason,ref']);
    expect(schema.enums).toEqual({ tier: ['STANDARD', 'VIP'] });
  });

  it('reads a model whose body holds braces in a default, such as a JSON column', () => {
    const schema = readPrismaSchema(`
      model Participation {
        id       String @id
        progress Json   @default("{}")
        note     String?
        @@map("participations")
      }`);
    expect(schema.tables).toEqual(['participations']);
    expect(schema.columns).toContainEqual({ table: 'participations', column: 'note', sqlType: 'text', nullable: true });
  });
});
