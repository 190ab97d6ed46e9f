import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserEntity } from '@apprenance/db';
import { AccountTokensModule } from '../accounts/account-tokens.module';
import { PasswordService } from '../auth/password.service';
import { TerritoriesModule } from '../territories/territories.module';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity]), TerritoriesModule, AccountTokensModule],
  controllers: [UsersController],
  providers: [UsersRepository, UsersService, PasswordService],
  exports: [UsersRepository, UsersService, PasswordService],
})
export class UsersModule {}
