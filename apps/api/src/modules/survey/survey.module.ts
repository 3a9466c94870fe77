import { Module } from '@nestjs/common';
import { MentoringModule } from '../mentoring/mentoring.module';
import { SurveyRepository } from './survey.repository';
import { SurveyResolver } from './survey.resolver';
import { SurveyService } from './survey.service';

@Module({
  imports: [MentoringModule],
  providers: [SurveyRepository, SurveyService, SurveyResolver],
  exports: [SurveyService],
})
export class SurveyModule {}
