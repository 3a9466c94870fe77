import { Module } from '@nestjs/common';
import { RateBudget, RateLimiter } from './rate-limit';

/** The per-caller budgets; imported by the GraphQL module's factory (the plugin) and exported for tests. */
@Module({ providers: [RateBudget, RateLimiter], exports: [RateBudget, RateLimiter] })
export class RateLimitModule {}
