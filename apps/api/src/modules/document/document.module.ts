import { Module } from '@nestjs/common';
import { PersonModule } from '../person/person.module';
import { DocumentFieldsResolver, DocumentTaskFieldsResolver } from './document-fields.resolver';
import { DocumentRepository } from './document.repository';
import { DocumentResolver } from './document.resolver';
import { DocumentService } from './document.service';

@Module({
  imports: [PersonModule],
  providers: [DocumentRepository, DocumentService, DocumentResolver, DocumentFieldsResolver, DocumentTaskFieldsResolver],
  exports: [DocumentService],
})
export class DocumentModule {}
