import { Module } from '@nestjs/common';
import { TerritoriesModule } from '../territories/territories.module';
import { UsersModule } from '../users/users.module';
import { DemoSeed } from './demo-seed';

@Module({
  imports: [UsersModule, TerritoriesModule],
  providers: [DemoSeed],
})
export class SeedModule {}
