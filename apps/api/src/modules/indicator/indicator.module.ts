import { Module } from '@nestjs/common';
import { ComputedValueHook } from './computed-value-source';
import { IndicatorFieldsResolver } from './indicator-fields.resolver';
import { IndicatorReader } from './indicator.reader';
import { IndicatorRepository } from './indicator.repository';
import { IndicatorResolver } from './indicator.resolver';
import { IndicatorService } from './indicator.service';

/** Indicators (показатели результативности): the model, manual values, import; `IndicatorReader` for other domains. */
@Module({
  providers: [IndicatorRepository, IndicatorReader, IndicatorService, IndicatorResolver, IndicatorFieldsResolver, ComputedValueHook],
  exports: [IndicatorReader, ComputedValueHook, IndicatorRepository],
})
export class IndicatorModule {}
