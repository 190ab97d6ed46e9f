import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CohortMembershipModule } from '../cohorts/cohort-membership.module';
import { UsersModule } from '../users/users.module';
import { AccountTokensModule } from './account-tokens.module';
import { AccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';

/** Invitation, activation, password reset and change. */
@Module({
  imports: [AuthModule, UsersModule, AccountTokensModule, CohortMembershipModule],
  controllers: [AccountsController],
  providers: [AccountsService],
})
export class AccountsModule {}
