import { MigrationInterface, QueryRunner } from 'typeorm';

export class ImpactDashboard1796300000000 implements MigrationInterface {
  name = 'ImpactDashboard1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."conviction_moment" AS ENUM('before', 'after')`);
    await queryRunner.query(
      `CREATE TABLE "conviction_answers" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "moment" "public"."conviction_moment" NOT NULL, "collective_intelligence" smallint NOT NULL, "free_software" smallint NOT NULL, "civic_tech" smallint NOT NULL, CONSTRAINT "ck_conviction_answers_scale" CHECK ("collective_intelligence" BETWEEN 1 AND 5 AND "free_software" BETWEEN 1 AND 5 AND "civic_tech" BETWEEN 1 AND 5), CONSTRAINT "pk_conviction_answers" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_conviction_answers_participant" ON "conviction_answers" ("participant_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_conviction_answers_slot" ON "conviction_answers" ("cohort_id", "participant_id", "moment") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."strategy_status" AS ENUM('adopted', 'in_progress', 'about_to_be_adopted', 'unclear', 'abandoned')`,
    );
    await queryRunner.query(
      `CREATE TABLE "strategy_follow_ups" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "pair_id" uuid NOT NULL, "milestone" smallint NOT NULL, "status" "public"."strategy_status" NOT NULL, "funding_secured" boolean NOT NULL, "funding_amount" numeric(14,2), "funding_source" character varying(300), "what_changed" text NOT NULL DEFAULT '', "document_url" character varying(500), "recorded_by" uuid, CONSTRAINT "ck_strategy_follow_ups_amount" CHECK ("funding_amount" IS NULL OR "funding_amount" >= 0), CONSTRAINT "ck_strategy_follow_ups_funding" CHECK ("funding_secured" OR ("funding_amount" IS NULL AND "funding_source" IS NULL)), CONSTRAINT "ck_strategy_follow_ups_milestone" CHECK ("milestone" IN (3, 6, 12)), CONSTRAINT "pk_strategy_follow_ups" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_strategy_follow_ups_cohort_milestone" ON "strategy_follow_ups" ("cohort_id", "milestone") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_strategy_follow_ups_pair_milestone" ON "strategy_follow_ups" ("pair_id", "milestone") `,
    );
    await queryRunner.query(
      `CREATE TABLE "follow_up_civic_techs" ("follow_up_id" uuid NOT NULL, "civic_tech_id" uuid NOT NULL, CONSTRAINT "pk_follow_up_civic_techs" PRIMARY KEY ("follow_up_id", "civic_tech_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_follow_up_civic_techs_civic_tech" ON "follow_up_civic_techs" ("civic_tech_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "impact_publications" ("course_id" uuid NOT NULL, "published_by" uuid, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_impact_publications" PRIMARY KEY ("course_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "conviction_answers" ADD CONSTRAINT "fk_conviction_answers_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conviction_answers" ADD CONSTRAINT "fk_conviction_answers_participant" FOREIGN KEY ("participant_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "strategy_follow_ups" ADD CONSTRAINT "fk_strategy_follow_ups_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "strategy_follow_ups" ADD CONSTRAINT "fk_strategy_follow_ups_pair" FOREIGN KEY ("pair_id") REFERENCES "cohort_pairs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "strategy_follow_ups" ADD CONSTRAINT "fk_strategy_follow_ups_recorder" FOREIGN KEY ("recorded_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "follow_up_civic_techs" ADD CONSTRAINT "fk_follow_up_civic_techs_follow_up" FOREIGN KEY ("follow_up_id") REFERENCES "strategy_follow_ups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "follow_up_civic_techs" ADD CONSTRAINT "fk_follow_up_civic_techs_civic_tech" FOREIGN KEY ("civic_tech_id") REFERENCES "civic_techs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "impact_publications" ADD CONSTRAINT "fk_impact_publications_course" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "impact_publications" ADD CONSTRAINT "fk_impact_publications_publisher" FOREIGN KEY ("published_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "impact_publications" DROP CONSTRAINT "fk_impact_publications_publisher"`,
    );
    await queryRunner.query(
      `ALTER TABLE "impact_publications" DROP CONSTRAINT "fk_impact_publications_course"`,
    );
    await queryRunner.query(
      `ALTER TABLE "follow_up_civic_techs" DROP CONSTRAINT "fk_follow_up_civic_techs_civic_tech"`,
    );
    await queryRunner.query(
      `ALTER TABLE "follow_up_civic_techs" DROP CONSTRAINT "fk_follow_up_civic_techs_follow_up"`,
    );
    await queryRunner.query(
      `ALTER TABLE "strategy_follow_ups" DROP CONSTRAINT "fk_strategy_follow_ups_recorder"`,
    );
    await queryRunner.query(
      `ALTER TABLE "strategy_follow_ups" DROP CONSTRAINT "fk_strategy_follow_ups_pair"`,
    );
    await queryRunner.query(
      `ALTER TABLE "strategy_follow_ups" DROP CONSTRAINT "fk_strategy_follow_ups_cohort"`,
    );
    await queryRunner.query(
      `ALTER TABLE "conviction_answers" DROP CONSTRAINT "fk_conviction_answers_participant"`,
    );
    await queryRunner.query(
      `ALTER TABLE "conviction_answers" DROP CONSTRAINT "fk_conviction_answers_cohort"`,
    );
    await queryRunner.query(`DROP TABLE "impact_publications"`);
    await queryRunner.query(`DROP INDEX "public"."ix_follow_up_civic_techs_civic_tech"`);
    await queryRunner.query(`DROP TABLE "follow_up_civic_techs"`);
    await queryRunner.query(`DROP INDEX "public"."uq_strategy_follow_ups_pair_milestone"`);
    await queryRunner.query(`DROP INDEX "public"."ix_strategy_follow_ups_cohort_milestone"`);
    await queryRunner.query(`DROP TABLE "strategy_follow_ups"`);
    await queryRunner.query(`DROP TYPE "public"."strategy_status"`);
    await queryRunner.query(`DROP INDEX "public"."uq_conviction_answers_slot"`);
    await queryRunner.query(`DROP INDEX "public"."ix_conviction_answers_participant"`);
    await queryRunner.query(`DROP TABLE "conviction_answers"`);
    await queryRunner.query(`DROP TYPE "public"."conviction_moment"`);
  }
}
