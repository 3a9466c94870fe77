import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { Policy } from '../../common/auth/policy.decorator';
import { UuidPipe } from '../../common/graphql/uuid.pipe';
import { CreateDocumentInput, DocumentFileInput, DocumentTaskInput, DocumentTaskStatusInput, UpdateDocumentInput } from './dto/document.input';
import { DocumentConnection, DocumentFileObject, DocumentObject, DocumentTaskConnection, DocumentTaskObject } from './dto/document.object';
import { DocumentsArgs, DocumentTasksArgs } from './dto/documents.args';
import { DocumentService } from './document.service';

const Id = (name: string) => Args(name, { type: () => ID }, UuidPipe);

/** The bank of normative documents and orders' tasks: lists, page, file, and every change. */
@Resolver(() => DocumentObject)
export class DocumentResolver {
  constructor(private readonly service: DocumentService) {}

  @Policy(Permission.DOCUMENT_READ)
  @Query(() => DocumentConnection, { description: 'Documents the caller reads: federal, of the region, municipality and organisations in scope' })
  async documents(@CurrentActor() actor: Actor, @Args() args: DocumentsArgs) {
    const page = await this.service.list(actor, args.filter, args.orderBy, args);
    return { ...page, nodes: page.nodes.map(DocumentObject.from) };
  }

  @Policy(Permission.DOCUMENT_READ)
  @Query(() => DocumentObject)
  async document(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return DocumentObject.from(await this.service.get(actor, id));
  }

  @Policy(Permission.DOCUMENT_READ)
  @Query(() => DocumentFileObject, { description: 'The attached file' })
  documentFile(@CurrentActor() actor: Actor, @Id('documentId') documentId: string) {
    return this.service.file(actor.scope, documentId);
  }

  @Policy(Permission.DOCUMENT_READ)
  @Query(() => DocumentTaskConnection, { description: 'Tasks of the orders the caller reads' })
  async documentTasks(@CurrentActor() actor: Actor, @Args() args: DocumentTasksArgs) {
    const page = await this.service.tasks(actor, args.filter, args.orderBy, args);
    return { ...page, nodes: page.nodes.map(DocumentTaskObject.from) };
  }

  @Policy(Permission.DOCUMENT_WRITE)
  @Mutation(() => DocumentObject)
  async createDocument(@CurrentActor() actor: Actor, @Args('input') input: CreateDocumentInput) {
    return DocumentObject.from(await this.service.create(actor, input));
  }

  @Policy(Permission.DOCUMENT_WRITE)
  @Mutation(() => DocumentObject)
  async updateDocument(@CurrentActor() actor: Actor, @Id('id') id: string, @Args('input') input: UpdateDocumentInput) {
    return DocumentObject.from(await this.service.update(actor, id, input));
  }

  @Policy(Permission.DOCUMENT_WRITE)
  @Mutation(() => DocumentObject)
  async archiveDocument(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return DocumentObject.from(await this.service.setArchived(actor, id, true));
  }

  @Policy(Permission.DOCUMENT_WRITE)
  @Mutation(() => DocumentObject)
  async restoreDocument(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return DocumentObject.from(await this.service.setArchived(actor, id, false));
  }

  @Policy(Permission.DOCUMENT_WRITE)
  @Mutation(() => DocumentObject, { description: 'Attaches (or replaces) the file: pdf, docx, doc; ≤ 10 MB' })
  async attachDocumentFile(@CurrentActor() actor: Actor, @Id('documentId') documentId: string, @Args('input') input: DocumentFileInput) {
    return DocumentObject.from(await this.service.attachFile(actor, documentId, input));
  }

  @Policy(Permission.DOCUMENT_WRITE)
  @Mutation(() => DocumentObject)
  async removeDocumentFile(@CurrentActor() actor: Actor, @Id('documentId') documentId: string) {
    return DocumentObject.from(await this.service.removeFile(actor, documentId));
  }

  @Policy(Permission.DOCUMENT_WRITE)
  @Mutation(() => DocumentTaskObject, { description: 'Adds a task at the end of an order' })
  async createDocumentTask(@CurrentActor() actor: Actor, @Id('documentId') documentId: string, @Args('input') input: DocumentTaskInput) {
    return DocumentTaskObject.from(await this.service.createTask(actor, documentId, input));
  }

  @Policy(Permission.DOCUMENT_WRITE)
  @Mutation(() => DocumentTaskObject)
  async updateDocumentTask(@CurrentActor() actor: Actor, @Id('taskId') taskId: string, @Args('input') input: DocumentTaskInput) {
    return DocumentTaskObject.from(await this.service.updateTask(actor, taskId, input));
  }

  @Policy(Permission.DOCUMENT_WRITE)
  @Mutation(() => DocumentTaskObject, { description: 'Marks a task done (with the day and the result) or planned again' })
  async setDocumentTaskStatus(@CurrentActor() actor: Actor, @Id('taskId') taskId: string, @Args('input') input: DocumentTaskStatusInput) {
    return DocumentTaskObject.from(await this.service.setTaskStatus(actor, taskId, input));
  }

  @Policy(Permission.DOCUMENT_WRITE)
  @Mutation(() => DocumentTaskObject)
  async archiveDocumentTask(@CurrentActor() actor: Actor, @Id('taskId') taskId: string) {
    return DocumentTaskObject.from(await this.service.setTaskArchived(actor, taskId, true));
  }

  @Policy(Permission.DOCUMENT_WRITE)
  @Mutation(() => DocumentTaskObject)
  async restoreDocumentTask(@CurrentActor() actor: Actor, @Id('taskId') taskId: string) {
    return DocumentTaskObject.from(await this.service.setTaskArchived(actor, taskId, false));
  }
}
