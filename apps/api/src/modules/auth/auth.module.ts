import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { GateGuard, SESSION_RESOLVER } from '../../common/auth/gate.guard';
import { AccountsService } from './accounts.service';
import { AuthRepository } from './auth.repository';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { MeFieldsResolver } from './me-fields.resolver';

@Module({
  providers: [
    AuthRepository,
    AuthService,
    AccountsService,
    AuthResolver,
    MeFieldsResolver,
    { provide: SESSION_RESOLVER, useExisting: AuthService },
    { provide: APP_GUARD, useClass: GateGuard },
  ],
  exports: [AccountsService, AuthService],
})
export class AuthModule {}
