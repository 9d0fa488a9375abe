// A small reader of prisma/schema.prisma, enough to compare the schema with the migrated
// database (the Prisma CLI's own diff needs the native schema engine, which cannot be
// installed here). It understands the subset of the schema language this project uses.

/** One column as the schema declares it, in PostgreSQL terms. */
export interface ExpectedColumn {
  table: string;
  column: string;
  sqlType: string;
  nullable: boolean;
}

export interface ExpectedSchema {
  tables: string[];
  columns: ExpectedColumn[];
  /** Unique column sets per table (primary keys included), each as 'a,b'. */
  uniques: Record<string, string[]>;
  enums: Record<string, string[]>;
}

const SCALARS: Record<string, string> = {
  String: 'text',
  Int: 'integer',
  BigInt: 'bigint',
  Boolean: 'boolean',
  DateTime: 'timestamp(3) without time zone',
  Json: 'jsonb',
  Float: 'double precision',
  Decimal: 'numeric(65,30)',
};

function nativeType(attr: string): string | undefined {
  const m = /@db\.(\w+)(?:\(([^)]*)\))?/.exec(attr);
  if (!m) return undefined;
  const [, name, arg] = m;
  switch (name) {
    case 'VarChar':
      return `character varying(${arg})`;
    case 'Char':
      return `character(${arg})`;
    case 'Uuid':
      return 'uuid';
    case 'Text':
      return 'text';
    case 'Timestamptz':
      return `timestamp(${arg ?? 6}) with time zone`;
    case 'Timestamp':
      return `timestamp(${arg ?? 6}) without time zone`;
    case 'Date':
      return 'date';
    case 'SmallInt':
      return 'smallint';
    case 'Integer':
      return 'integer';
    case 'BigInt':
      return 'bigint';
    case 'Decimal':
      return `numeric(${arg?.replace(/\s/g, '')})`;
    case 'JsonB':
      return 'jsonb';
    case 'Inet':
      return 'inet';
    default:
      throw new Error(`prisma-schema reader: unsupported native type @db.${name}`);
  }
}

/** Parses the models and enums of a schema.prisma text into the tables it expects. */
export function readPrismaSchema(text: string): ExpectedSchema {
  const src = text.replace(/\/\/.*$/gm, '');
  const enumBlocks = [...src.matchAll(/^\s*enum\s+(\w+)\s*\{([^}]*)\}/gm)];
  const enums: Record<string, string[]> = {};
  const enumDbName: Record<string, string> = {};
  for (const [, name, body] of enumBlocks) {
    enumDbName[name!] = /@@map\("([^"]+)"\)/.exec(body!)?.[1] ?? name!;
    // Values are bare words; per-value @map is not used in this project.
    enums[enumDbName[name!]!] = body!.replace(/@@map\("[^"]*"\)/g, '').split(/\s+/).filter((t) => t && !t.startsWith('@'));
  }
  // A model ends at a line holding only `}`: braces inside a body (`@default("{}")`) do not end it.
  const modelBlocks = [...src.matchAll(/^\s*model\s+(\w+)\s*\{([\s\S]*?)^\s*\}/gm)];
  const modelNames = new Set(modelBlocks.map((m) => m[1]!));
  const result: ExpectedSchema = { tables: [], columns: [], uniques: {}, enums };
  for (const [, model, body] of modelBlocks) {
    const table = /@@map\("([^"]+)"\)/.exec(body!)?.[1] ?? model!;
    result.tables.push(table);
    const fieldToColumn: Record<string, string> = {};
    const uniques: string[] = [];
    const lines = body!.split('\n').map((l) => l.trim()).filter(Boolean);
    for (const line of lines) {
      if (line.startsWith('@@')) continue;
      const m = /^(\w+)\s+(\w+)(\[\])?(\?)?\s*(.*)$/.exec(line);
      if (!m) continue;
      const [, field, type, list, optional, attrs] = m;
      if (modelNames.has(type!) || list) continue; // relation fields are not columns
      const column = /@map\("([^"]+)"\)/.exec(attrs!)?.[1] ?? field!;
      fieldToColumn[field!] = column;
      const sqlType = nativeType(attrs!) ?? (enumDbName[type!] ? `enum ${enumDbName[type!]}` : SCALARS[type!]);
      if (!sqlType) throw new Error(`prisma-schema reader: unknown type ${type} on ${model}.${field}`);
      result.columns.push({ table, column, sqlType, nullable: Boolean(optional) });
      if (/@id\b/.test(attrs!) || /@unique\b/.test(attrs!)) uniques.push(column);
    }
    for (const line of lines) {
      const m = /^@@(id|unique)\(\s*(?:fields:\s*)?\[([^\]]+)\]/.exec(line);
      if (m) uniques.push(m[2]!.split(',').map((f) => fieldToColumn[f.trim()] ?? f.trim()).join(','));
    }
    result.uniques[table] = uniques.sort();
  }
  result.tables.sort();
  return result;
}
