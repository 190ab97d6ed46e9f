import { MigrationInterface, QueryRunner } from 'typeorm';

export class Assessment1796200000000 implements MigrationInterface {
  name = 'Assessment1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."assessment_status" AS ENUM('acquired', 'not_yet')`,
    );
    await queryRunner.query(
      `CREATE TABLE "assessments" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "phase" "public"."course_phase" NOT NULL, "status" "public"."assessment_status" NOT NULL, "comment" character varying(2000) NOT NULL DEFAULT '', "assessed_by" uuid, CONSTRAINT "pk_assessments" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_assessments_participant" ON "assessments" ("participant_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_assessments_cohort_participant_phase" ON "assessments" ("cohort_id", "participant_id", "phase") `,
    );
    await queryRunner.query(
      `CREATE TABLE "assessment_criteria" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "course_id" uuid NOT NULL, "phase" "public"."course_phase" NOT NULL, "position" integer NOT NULL, "label_fr" character varying(300) NOT NULL, "label_en" character varying(300) NOT NULL, CONSTRAINT "pk_assessment_criteria" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_assessment_criteria_position" ON "assessment_criteria" ("course_id", "phase", "position") `,
    );
    await queryRunner.query(
      `ALTER TABLE "assessments" ADD CONSTRAINT "fk_assessments_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessments" ADD CONSTRAINT "fk_assessments_participant" FOREIGN KEY ("participant_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessments" ADD CONSTRAINT "fk_assessments_assessed_by" FOREIGN KEY ("assessed_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_criteria" ADD CONSTRAINT "fk_assessment_criteria_course" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "assessment_criteria" DROP CONSTRAINT "fk_assessment_criteria_course"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessments" DROP CONSTRAINT "fk_assessments_assessed_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessments" DROP CONSTRAINT "fk_assessments_participant"`,
    );
    await queryRunner.query(`ALTER TABLE "assessments" DROP CONSTRAINT "fk_assessments_cohort"`);
    await queryRunner.query(`DROP INDEX "public"."uq_assessment_criteria_position"`);
    await queryRunner.query(`DROP TABLE "assessment_criteria"`);
    await queryRunner.query(`DROP INDEX "public"."uq_assessments_cohort_participant_phase"`);
    await queryRunner.query(`DROP INDEX "public"."ix_assessments_participant"`);
    await queryRunner.query(`DROP TABLE "assessments"`);
    await queryRunner.query(`DROP TYPE "public"."assessment_status"`);
  }
}
