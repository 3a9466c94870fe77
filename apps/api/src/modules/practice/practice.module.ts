import { Module } from '@nestjs/common';
import { NetworkModule } from '../network/network.module';
import { PersonModule } from '../person/person.module';
import { PracticeAuthorFieldsResolver, PracticeFieldsResolver, ProductFieldsResolver } from './practice-fields.resolver';
import { PracticeRepository } from './practice.repository';
import { PracticeResolver } from './practice.resolver';
import { PracticeService } from './practice.service';
import { ProductReader } from './product.reader';
import { ProductResolver } from './product.resolver';
import { ProductService } from './product.service';

/** Bank of practices and methodological products; `ProductReader` feeds the products indicator. */
@Module({
  imports: [NetworkModule, PersonModule],
  providers: [PracticeRepository, PracticeService, ProductService, PracticeResolver, ProductResolver, PracticeFieldsResolver, PracticeAuthorFieldsResolver, ProductFieldsResolver, ProductReader],
  exports: [ProductReader],
})
export class PracticeModule {}
