import { Module } from '@nestjs/common';
import { GrowthFieldsResolver } from './growth-fields.resolver';
import { GrowthRepository } from './growth.repository';
import { GrowthService } from './growth.service';

/**
 * Growth: read models over facts other domains own (a teacher's professional-development hours from internship
 * completions and event attendance). It owns no table and writes nothing; each owner exposes its SQL fragment.
 */
@Module({
  providers: [GrowthRepository, GrowthService, GrowthFieldsResolver],
})
export class GrowthModule {}
