import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AgreementKind } from '@metodset/shared';
import { AgreementEntity } from '../agreement.entity';

registerEnumType(AgreementKind, { name: 'AgreementKind', description: 'Вид соглашения' });

@ObjectType('Agreement', { description: 'Соглашение / договор о сетевом взаимодействии' })
export class AgreementObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) networkId!: string;
  @Field() number!: string;
  @Field(() => AgreementKind) kind!: AgreementKind;
  @Field({ description: 'YYYY-MM-DD' }) signedOn!: string;
  @Field() subject!: string;
  @Field() startsOn!: string;
  @Field(() => String, { nullable: true }) endsOn!: string | null;
  @Field(() => String, { nullable: true }) fileName!: string | null;
  @Field(() => String, { nullable: true }) fileType!: string | null;
  @Field(() => Int, { nullable: true }) fileSize!: number | null;
  @Field({ description: 'Демонстрационные данные: номер, дата или срок придуманы для демо, в исходных программах их нет' }) illustrative!: boolean;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;

  static from(e: AgreementEntity): AgreementObject {
    return {
      id: e.id,
      networkId: e.networkId,
      number: e.number,
      kind: e.kind,
      signedOn: e.signedOn,
      subject: e.subject,
      startsOn: e.startsOn,
      endsOn: e.endsOn,
      fileName: e.fileName,
      fileType: e.fileType,
      fileSize: e.fileSize,
      illustrative: e.illustrative,
      archivedAt: e.archivedAt,
    };
  }
}

@ObjectType('AgreementFile')
export class AgreementFileObject {
  @Field() fileName!: string;
  @Field() fileType!: string;
  @Field() contentBase64!: string;
}
