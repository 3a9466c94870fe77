import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppModule } from '../app.module';
import { loadConfig } from '../config/config';

/** The schema as the code defines it (no database connection is made). */
export async function buildSchemaText(): Promise<string> {
  const app = await NestFactory.create(
    AppModule.forRoot({ config: loadConfig({ NODE_ENV: 'test' }), databaseUrl: 'postgresql://schema-only@127.0.0.1:1/none', lazyDatabase: true }),
    { logger: false },
  );
  await app.init();
  const text = printSchema(app.get(GraphQLSchemaHost).schema) + '\n';
  await app.close();
  return text;
}

if (require.main === module) {
  void buildSchemaText().then((text) => {
    const out = join(process.cwd(), 'apps/api/schema.graphql');
    writeFileSync(out, text);
    console.log(`Wrote ${out}`);
  });
}
