import { Module } from '@nestjs/common';
import { PersonModule } from '../person/person.module';
import { DiaryRepository } from './diary.repository';
import { DiaryResolver } from './diary.resolver';
import { DiaryService } from './diary.service';

@Module({
  imports: [PersonModule],
  providers: [DiaryRepository, DiaryService, DiaryResolver],
})
export class DiaryModule {}
