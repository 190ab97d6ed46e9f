import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CohortPairEntity } from '@apprenance/db';
import { PairsRepository } from './pairs.repository';

/**
 * The `cohort_pairs` table alone, below the cohorts' access rules that ask who is enrolled
 * where; the pairs feature's rules, which need those access rules, build on it in PairsModule.
 */
@Module({
  imports: [TypeOrmModule.forFeature([CohortPairEntity])],
  providers: [PairsRepository],
  exports: [PairsRepository],
})
export class PairRecordsModule {}
