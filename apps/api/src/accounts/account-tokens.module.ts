import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountTokenEntity } from '@apprenance/db';
import { NotificationsModule } from '../notifications/notifications.module';
import { AccountTokensRepository } from './account-tokens.repository';
import { AccountTokensService } from './account-tokens.service';

/** The links that open an account or reset its password; the users feature sends invitations. */
@Module({
  imports: [TypeOrmModule.forFeature([AccountTokenEntity]), NotificationsModule],
  providers: [AccountTokensRepository, AccountTokensService],
  exports: [AccountTokensService],
})
export class AccountTokensModule {}
