import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PracticeState, ProductKind } from '@metodset/shared';
import { ConnectionType } from '../../../common/pagination/connection';
import { PracticeAttachmentEntity } from '../practice-parts.entity';
import { PracticeEntity } from '../practice.entity';
import { MethodologicalProductEntity } from '../product.entity';

registerEnumType(PracticeState, { name: 'PracticeState', description: 'Черновик → на рассмотрении → опубликована (или возвращена с причиной)' });
registerEnumType(ProductKind, { name: 'ProductKind', description: 'Вид методического продукта или публикации' });

@ObjectType('Practice', { description: 'Карточка практики: проблема → способы решения → механизмы взаимодействия → продукты → результат' })
export class PracticeObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) organizationId!: string;
  @Field(() => ID, { nullable: true, description: 'The network the card is offered to or published in' }) networkId!: string | null;
  @Field() title!: string;
  @Field() problem!: string;
  @Field({ description: 'Способы решения' }) solutions!: string;
  @Field({ description: 'Механизмы взаимодействия' }) mechanisms!: string;
  @Field({ description: 'Продукты (as written on the card; product records link to the card)' }) products!: string;
  @Field() result!: string;
  @Field(() => [String]) tags!: string[];
  @Field(() => PracticeState) state!: PracticeState;
  @Field(() => String, { nullable: true, description: 'Why the reviewer returned the card' }) returnReason!: string | null;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => Date, { nullable: true }) reviewedAt!: Date | null;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field({ description: 'Demo data: invented for the demonstration' }) illustrative!: boolean;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
  @Field(() => Date) updatedAt!: Date;

  static from(e: PracticeEntity): PracticeObject {
    const { id, organizationId, networkId, title, problem, solutions, mechanisms, products, result, tags, state, returnReason, submittedAt, reviewedAt, publishedAt, illustrative, archivedAt, updatedAt } = e;
    return { id, organizationId, networkId, title, problem, solutions, mechanisms, products, result, tags, state, returnReason, submittedAt, reviewedAt, publishedAt, illustrative, archivedAt, updatedAt };
  }
}

@ObjectType('PracticeSearchHit', { description: 'A card found by the Russian full-text search: its rank and a highlighted snippet' })
export class PracticeSearchHitObject {
  @Field(() => Float) rank!: number;
  @Field({ description: 'ts_headline of the card’s text: matches between «[[» and «]]» (plain text, no HTML)' }) snippet!: string;
}

@ObjectType('PracticeAttachment', { description: 'Вложение карточки практики: файл или ссылка' })
export class PracticeAttachmentObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) practiceId!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field(() => String, { nullable: true }) fileName!: string | null;
  @Field(() => Int, { nullable: true }) fileSize!: number | null;
  @Field(() => Date) createdAt!: Date;

  static from(e: PracticeAttachmentEntity): PracticeAttachmentObject {
    const { id, practiceId, title, url, fileName, fileSize, createdAt } = e;
    return { id, practiceId, title, url, fileName, fileSize, createdAt };
  }
}

@ObjectType('MethodologicalProduct', { description: 'Методический продукт или публикация: сборник, пособие, программа, статья…' })
export class ProductObject {
  @Field(() => ID) id!: string;
  @Field(() => ProductKind) kind!: ProductKind;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => Int) year!: number;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) publishedOn!: string | null;
  @Field(() => ID) organizationId!: string;
  @Field(() => ID, { nullable: true }) practiceId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The route (ИОМ) it was made on' }) routeId!: string | null;
  @Field(() => ID, { nullable: true }) routeStepId!: string | null;
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field(() => String, { nullable: true }) fileName!: string | null;
  @Field(() => Int, { nullable: true }) fileSize!: number | null;
  @Field() illustrative!: boolean;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
  @Field(() => Date) updatedAt!: Date;

  static from(e: MethodologicalProductEntity): ProductObject {
    const { id, kind, title, description, year, publishedOn, organizationId, practiceId, routeId, routeStepId, url, fileName, fileSize, illustrative, archivedAt, updatedAt } = e;
    return { id, kind, title, description, year, publishedOn, organizationId, practiceId, routeId, routeStepId, url, fileName, fileSize, illustrative, archivedAt, updatedAt };
  }
}

@ObjectType('PracticeFile', { description: 'The bytes of an attachment or a product file' })
export class PracticeFileObject {
  @Field() fileName!: string;
  @Field() fileType!: string;
  @Field() contentBase64!: string;
}

export const PracticeConnection = ConnectionType(PracticeObject, 'Practice');
export const ProductConnection = ConnectionType(ProductObject, 'MethodologicalProduct');

@ObjectType('PracticeAuthor', { description: 'An author (a person of the registry), in order' })
export class PracticeAuthorObject {
  @Field(() => ID) personId!: string;
  @Field(() => Int) position!: number;
}

@ObjectType('PracticeRef', { description: 'A linked record the caller may open: its id and title' })
export class PracticeRefObject {
  @Field(() => ID) id!: string;
  @Field() title!: string;
}
