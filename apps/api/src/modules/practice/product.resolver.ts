import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { Policy } from '../../common/auth/policy.decorator';
import { UuidPipe } from '../../common/graphql/uuid.pipe';
import { ProductsArgs } from './dto/practice.args';
import { CreateProductInput, UpdateProductInput } from './dto/practice.input';
import { PracticeFileObject, ProductConnection, ProductObject } from './dto/practice.object';
import { ProductService } from './product.service';

const Id = (name: string) => Args(name, { type: () => ID }, UuidPipe);

/** Methodological products and publications. */
@Resolver(() => ProductObject)
export class ProductResolver {
  constructor(private readonly service: ProductService) {}

  @Policy(Permission.PRACTICE_READ)
  @Query(() => ProductConnection, { description: 'Products and publications the caller reads' })
  async methodologicalProducts(@CurrentActor() actor: Actor, @Args() args: ProductsArgs) {
    const page = await this.service.list(actor, args.filter, args.orderBy, args);
    return { ...page, nodes: page.nodes.map(ProductObject.from) };
  }

  @Policy(Permission.PRACTICE_READ)
  @Query(() => ProductObject)
  async methodologicalProduct(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return ProductObject.from(await this.service.get(actor, id));
  }

  @Policy(Permission.PRACTICE_READ)
  @Query(() => PracticeFileObject, { description: 'The bytes of a product’s file (base64)' })
  methodologicalProductFile(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return this.service.fileOf(actor, id);
  }

  @Policy(Permission.PRACTICE_WRITE)
  @Mutation(() => ProductObject)
  async createMethodologicalProduct(@CurrentActor() actor: Actor, @Args('input') input: CreateProductInput) {
    return ProductObject.from(await this.service.create(actor, input));
  }

  @Policy(Permission.PRACTICE_WRITE)
  @Mutation(() => ProductObject)
  async updateMethodologicalProduct(@CurrentActor() actor: Actor, @Id('id') id: string, @Args('input') input: UpdateProductInput) {
    return ProductObject.from(await this.service.update(actor, id, input));
  }

  @Policy(Permission.PRACTICE_WRITE)
  @Mutation(() => ProductObject)
  async archiveMethodologicalProduct(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return ProductObject.from(await this.service.setArchived(actor, id, true));
  }

  @Policy(Permission.PRACTICE_WRITE)
  @Mutation(() => ProductObject)
  async restoreMethodologicalProduct(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return ProductObject.from(await this.service.setArchived(actor, id, false));
  }
}
