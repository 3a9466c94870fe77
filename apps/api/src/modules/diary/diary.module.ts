import { Module } from '@nestjs/common';
import { AssociationModule } from '../association/association.module';
import { MentoringModule } from '../mentoring/mentoring.module';
import { NetworkModule } from '../network/network.module';
import { PersonModule } from '../person/person.module';
import { DiaryRepository } from './diary.repository';
import { DiaryResolver } from './diary.resolver';
import { DiaryService } from './diary.service';

@Module({
  imports: [AssociationModule, MentoringModule, NetworkModule, PersonModule],
  providers: [DiaryRepository, DiaryService, DiaryResolver],
})
export class DiaryModule {}
