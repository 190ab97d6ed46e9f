import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 14, performance at scale: trigram indexes for every `q` search of the lists
 * (`ILIKE '%q%'` on users' names and emails, cohorts' names), composite indexes for the sorts
 * the web app offers (with `id`, the lists' tie-breaker), and room on the cohorts' pages so
 * that the seat trigger's update of `enrolled_seats` stays on the same page (a HOT update)
 * instead of growing the table by one row version per enrolment.
 */
export class ScaleIndexes1796600000000 implements MigrationInterface {
  name = 'ScaleIndexes1796600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS "pg_trgm"`);
    await queryRunner.query(
      `CREATE INDEX "ix_users_display_name_trgm" ON "users" USING gin ("display_name" gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_users_email_trgm" ON "users" USING gin ("email" gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_cohorts_name_trgm" ON "cohorts" USING gin ("name" gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_users_display_name" ON "users" ("display_name", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_users_role_display_name" ON "users" ("role", "display_name", "id") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_users_created_at" ON "users" ("created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_cohorts_name" ON "cohorts" ("name", "id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_cohorts_starts_on" ON "cohorts" ("starts_on", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_cohorts_status_starts_on" ON "cohorts" ("status", "starts_on", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_cohorts_created_at" ON "cohorts" ("created_at", "id") `,
    );
    // Applies to pages written from now on; `VACUUM FULL cohorts` repacks existing ones.
    await queryRunner.query(`ALTER TABLE "cohorts" SET (fillfactor = 50)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cohorts" RESET (fillfactor)`);
    for (const index of [
      'ix_cohorts_created_at',
      'ix_cohorts_status_starts_on',
      'ix_cohorts_starts_on',
      'ix_cohorts_name',
      'ix_users_created_at',
      'ix_users_role_display_name',
      'ix_users_display_name',
      'ix_cohorts_name_trgm',
      'ix_users_email_trgm',
      'ix_users_display_name_trgm',
    ]) {
      await queryRunner.query(`DROP INDEX "public"."${index}"`);
    }
    await queryRunner.query(`DROP EXTENSION IF EXISTS "pg_trgm"`);
  }
}
