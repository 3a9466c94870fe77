import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DocumentKind, DocumentLevel, DocumentTaskState, DocumentTaskStatus, DocumentValidity, documentTaskState, documentValidity } from '@metodset/shared';
import { ConnectionType } from '../../../common/pagination/connection';
import { DocumentTaskEntity } from '../document-task.entity';
import { DocumentEntity } from '../document.entity';

registerEnumType(DocumentLevel, { name: 'DocumentLevel', description: 'Уровень документа' });
registerEnumType(DocumentKind, { name: 'DocumentKind', description: 'Вид документа' });
registerEnumType(DocumentValidity, { name: 'DocumentValidity' });
registerEnumType(DocumentTaskStatus, { name: 'DocumentTaskStatus' });
registerEnumType(DocumentTaskState, { name: 'DocumentTaskState', description: 'PLANNED past its deadline is OVERDUE' });

const today = () => new Date().toISOString().slice(0, 10);

@ObjectType('Document', { description: 'Нормативный документ банка: закон, указ, постановление, приказ, положение…' })
export class DocumentObject {
  @Field(() => ID) id!: string;
  @Field(() => DocumentLevel) level!: DocumentLevel;
  @Field(() => DocumentKind) kind!: DocumentKind;
  @Field() number!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) issuedOn!: string | null;
  @Field() title!: string;
  @Field() issuer!: string;
  @Field(() => ID, { nullable: true }) regionId!: string | null;
  @Field(() => ID, { nullable: true }) municipalityId!: string | null;
  @Field(() => ID, { nullable: true }) organizationId!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) validFrom!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) validUntil!: string | null;
  @Field(() => DocumentValidity, { description: 'Today' }) validity!: DocumentValidity;
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field(() => String, { nullable: true }) fileName!: string | null;
  @Field(() => String, { nullable: true }) fileType!: string | null;
  @Field(() => Int, { nullable: true }) fileSize!: number | null;
  @Field() sourceNote!: string;
  @Field(() => [String], { description: 'Topics, lower-case' }) tags!: string[];
  @Field({ description: 'Demo data: invented for the demonstration' }) illustrative!: boolean;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
  @Field(() => Date) updatedAt!: Date;
  /** Not a field: the replacing document is resolved through the scope (`replacedBy`). */
  replacedById!: string | null;

  static from(e: DocumentEntity): DocumentObject {
    const { id, level, kind, number, issuedOn, title, issuer, regionId, municipalityId, organizationId, validFrom, validUntil, replacedById } = e;
    const { url, fileName, fileType, fileSize, sourceNote, tags, illustrative, archivedAt, updatedAt } = e;
    return {
      id, level, kind, number, issuedOn, title, issuer, regionId, municipalityId, organizationId, validFrom, validUntil, replacedById,
      url, fileName, fileType, fileSize, sourceNote, tags, illustrative, archivedAt, updatedAt,
      validity: documentValidity(e, today()),
    };
  }
}

export const DocumentConnection = ConnectionType(DocumentObject, 'Document');

@ObjectType('DocumentOwner')
export class DocumentOwnerObject {
  @Field({ description: 'region, municipality or organization' }) kind!: string;
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('DocumentFile')
export class DocumentFileObject {
  @Field() fileName!: string;
  @Field() fileType!: string;
  @Field() contentBase64!: string;
}

@ObjectType('DocumentTask', { description: 'Пункт приказа: поручение, срок, ответственные, результат' })
export class DocumentTaskObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) documentId!: string;
  @Field(() => Int) position!: number;
  @Field() number!: string;
  @Field() text!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dueOn!: string | null;
  @Field({ description: 'As written' }) responsibleText!: string;
  @Field(() => DocumentTaskStatus) status!: DocumentTaskStatus;
  @Field(() => DocumentTaskState, { description: 'Today' }) state!: DocumentTaskState;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) doneOn!: string | null;
  @Field() result!: string;
  @Field() illustrative!: boolean;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;

  static from(e: DocumentTaskEntity): DocumentTaskObject {
    const { id, documentId, position, number, text, dueOn, responsibleText, status, doneOn, result, illustrative, archivedAt } = e;
    return { id, documentId, position, number, text, dueOn, responsibleText, status, doneOn, result, illustrative, archivedAt, state: documentTaskState(status, dueOn, today()) };
  }
}

export const DocumentTaskConnection = ConnectionType(DocumentTaskObject, 'DocumentTask');
