import { MigrationInterface, QueryRunner } from 'typeorm';

export class Courses1795314240551 implements MigrationInterface {
  name = 'Courses1795314240551';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."course_phase" AS ENUM('free_software_culture', 'civic_tech_testing', 'strategic_application')`,
    );
    await queryRunner.query(
      `CREATE TABLE "course_phases" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "course_id" uuid NOT NULL, "phase" "public"."course_phase" NOT NULL, "position" smallint NOT NULL, "objectives_fr" text NOT NULL DEFAULT '', "objectives_en" text NOT NULL DEFAULT '', "hours_budget" numeric(5,1) NOT NULL DEFAULT '0', "days_budget" numeric(4,1) NOT NULL DEFAULT '0', CONSTRAINT "ck_course_phases_budget" CHECK ("hours_budget" >= 0 AND "days_budget" >= 0), CONSTRAINT "ck_course_phases_position" CHECK ("position" BETWEEN 1 AND 3), CONSTRAINT "pk_course_phases" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_course_phases_course_position" ON "course_phases" ("course_id", "position") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_course_phases_course_phase" ON "course_phases" ("course_id", "phase") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."course_format" AS ENUM('short', 'deep')`);
    await queryRunner.query(
      `CREATE TYPE "public"."course_status" AS ENUM('draft', 'published', 'archived')`,
    );
    await queryRunner.query(
      `CREATE TABLE "courses" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(120) NOT NULL, "title_fr" character varying(200) NOT NULL, "title_en" character varying(200) NOT NULL, "summary_fr" text NOT NULL DEFAULT '', "summary_en" text NOT NULL DEFAULT '', "description_fr" text NOT NULL DEFAULT '', "description_en" text NOT NULL DEFAULT '', "format" "public"."course_format" NOT NULL, "status" "public"."course_status" NOT NULL DEFAULT 'draft', "licence" character varying(64) NOT NULL DEFAULT 'CC-BY-SA-4.0', "min_attendance_percent" smallint NOT NULL DEFAULT '80', "require_accepted_prototype" boolean NOT NULL DEFAULT true, CONSTRAINT "ck_courses_min_attendance" CHECK ("min_attendance_percent" BETWEEN 0 AND 100), CONSTRAINT "pk_courses" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_courses_status" ON "courses" ("status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_courses_slug" ON "courses" ("slug") `);
    await queryRunner.query(
      `CREATE TABLE "course_trainers" ("course_id" uuid NOT NULL, "trainer_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_course_trainers" PRIMARY KEY ("course_id", "trainer_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_course_trainers_trainer" ON "course_trainers" ("trainer_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "course_phases" ADD CONSTRAINT "fk_course_phases_course" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "course_trainers" ADD CONSTRAINT "fk_course_trainers_course" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "course_trainers" ADD CONSTRAINT "fk_course_trainers_trainer" FOREIGN KEY ("trainer_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "course_trainers" DROP CONSTRAINT "fk_course_trainers_trainer"`,
    );
    await queryRunner.query(
      `ALTER TABLE "course_trainers" DROP CONSTRAINT "fk_course_trainers_course"`,
    );
    await queryRunner.query(
      `ALTER TABLE "course_phases" DROP CONSTRAINT "fk_course_phases_course"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_course_trainers_trainer"`);
    await queryRunner.query(`DROP TABLE "course_trainers"`);
    await queryRunner.query(`DROP INDEX "public"."uq_courses_slug"`);
    await queryRunner.query(`DROP INDEX "public"."ix_courses_status"`);
    await queryRunner.query(`DROP TABLE "courses"`);
    await queryRunner.query(`DROP TYPE "public"."course_status"`);
    await queryRunner.query(`DROP TYPE "public"."course_format"`);
    await queryRunner.query(`DROP INDEX "public"."uq_course_phases_course_phase"`);
    await queryRunner.query(`DROP INDEX "public"."uq_course_phases_course_position"`);
    await queryRunner.query(`DROP TABLE "course_phases"`);
    await queryRunner.query(`DROP TYPE "public"."course_phase"`);
  }
}
