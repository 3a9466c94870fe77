import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const esc = (q: string) => q.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

/** Writes a TypeORM migration class for the given up/down SQL and registers it in migrations/index.ts. */
export function writeMigration(dir: string, name: string, up: string[], down: string[], now = Date.now()): string {
  if (!/^[A-Z][A-Za-z0-9]*$/.test(name)) throw new Error('Migration name: PascalCase letters and digits, e.g. AddNetworks');
  const className = `${name}${now}`;
  const file = `${now}-${name}`;
  const body = `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${up.map((q) => `    await queryRunner.query(\`${esc(q)}\`);`).join('\n')}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${[...down].reverse().map((q) => `    await queryRunner.query(\`${esc(q)}\`);`).join('\n')}
  }
}
`;
  writeFileSync(join(dir, `${file}.ts`), body);
  const indexPath = join(dir, 'index.ts');
  let index = readFileSync(indexPath, 'utf8');
  index = `import { ${className} } from './${file}';\n` + index;
  index = index.replace(/export const MIGRATIONS: Function\[\] = \[([\s\S]*?)\];/, (_m, list: string) => {
    const items = list.split(',').map((s) => s.trim()).filter(Boolean);
    return `export const MIGRATIONS: Function[] = [${[...items, className].join(', ')}];`;
  });
  writeFileSync(indexPath, index);
  return join(dir, `${file}.ts`);
}
