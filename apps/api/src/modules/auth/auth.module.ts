import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { GateGuard, SESSION_RESOLVER } from '../../common/auth/gate.guard';
import { AccountsService } from './accounts.service';
import { AuthRepository } from './auth.repository';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginThrottleRepository } from './login-throttle.repository';
import { MeFieldsResolver } from './me-fields.resolver';
import { MyAccountResolver } from './my-account.resolver';
import { MyAccountService } from './my-account.service';
import { SessionCache } from './session-cache';
import { SignInThrottle } from './sign-in-throttle.service';
import { OidcController } from './oidc.controller';
import { OidcRepository } from './oidc.repository';
import { OidcService } from './oidc.service';

@Module({
  controllers: [OidcController],
  providers: [
    OidcRepository,
    OidcService,
    AuthRepository,
    AuthService,
    SessionCache,
    AccountsService,
    AuthResolver,
    MeFieldsResolver,
    LoginThrottleRepository,
    SignInThrottle,
    MyAccountService,
    MyAccountResolver,
    { provide: SESSION_RESOLVER, useExisting: AuthService },
    { provide: APP_GUARD, useClass: GateGuard },
  ],
  exports: [AccountsService, AuthService, SessionCache],
})
export class AuthModule {}
