import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CohortPairEntity } from '@apprenance/db';
import { TerritoriesModule } from '../territories/territories.module';
import { UsersModule } from '../users/users.module';
import { PairMembers } from './pair-members';
import { PairsRepository } from './pairs.repository';

/**
 * The `cohort_pairs` table alone, below the cohorts' access rules that ask who is enrolled
 * where; the pairs feature's rules, which need those access rules, build on it in PairsModule.
 */
@Module({
  imports: [TypeOrmModule.forFeature([CohortPairEntity]), UsersModule, TerritoriesModule],
  providers: [PairsRepository, PairMembers],
  exports: [PairsRepository, PairMembers],
})
export class PairRecordsModule {}
