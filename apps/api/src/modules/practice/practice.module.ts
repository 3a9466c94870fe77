import { Module } from '@nestjs/common';
import { ProductReader } from './product.reader';

/** Bank of practices and methodological products; `ProductReader` feeds the products indicator. */
@Module({
  providers: [ProductReader],
  exports: [ProductReader],
})
export class PracticeModule {}
