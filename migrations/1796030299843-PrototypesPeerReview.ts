import { MigrationInterface, QueryRunner } from 'typeorm';

export class PrototypesPeerReview1796030299843 implements MigrationInterface {
  name = 'PrototypesPeerReview1796030299843';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "course_review_criteria" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "course_id" uuid NOT NULL, "position" integer NOT NULL, "label_fr" character varying(200) NOT NULL, "label_en" character varying(200) NOT NULL, CONSTRAINT "pk_course_review_criteria" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_course_review_criteria_position" ON "course_review_criteria" ("course_id", "position") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."would_use" AS ENUM('yes', 'no', 'maybe')`);
    await queryRunner.query(
      `CREATE TABLE "civic_tech_tests" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "pair_id" uuid NOT NULL, "civic_tech_id" uuid NOT NULL, "author_id" uuid, "use_case" text NOT NULL, "fit" smallint NOT NULL, "strengths" text NOT NULL DEFAULT '', "limits" text NOT NULL DEFAULT '', "would_use" "public"."would_use" NOT NULL, CONSTRAINT "ck_civic_tech_tests_fit" CHECK ("fit" BETWEEN 1 AND 5), CONSTRAINT "pk_civic_tech_tests" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_civic_tech_tests_civic_tech" ON "civic_tech_tests" ("civic_tech_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_civic_tech_tests_pair" ON "civic_tech_tests" ("pair_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_civic_tech_tests_cohort" ON "civic_tech_tests" ("cohort_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."prototype_status" AS ENUM('draft', 'submitted', 'presented', 'changes_requested', 'accepted')`,
    );
    await queryRunner.query(
      `CREATE TABLE "prototypes" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "pair_id" uuid NOT NULL, "status" "public"."prototype_status" NOT NULL DEFAULT 'draft', "draft" jsonb NOT NULL DEFAULT '{}', "current_version" integer NOT NULL DEFAULT '0', CONSTRAINT "ck_prototypes_current_version" CHECK ("current_version" >= 0), CONSTRAINT "pk_prototypes" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_prototypes_cohort_status" ON "prototypes" ("cohort_id", "status") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_prototypes_pair" ON "prototypes" ("pair_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "prototype_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "prototype_id" uuid NOT NULL, "number" integer NOT NULL, "author_id" uuid NOT NULL, "content" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_prototype_versions_number" CHECK ("number" >= 1), CONSTRAINT "pk_prototype_versions" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_prototype_versions_number" ON "prototype_versions" ("prototype_id", "number") `,
    );
    await queryRunner.query(
      `CREATE TABLE "prototype_attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "prototype_id" uuid NOT NULL, "file_key" character varying(200) NOT NULL, "file_name" character varying(255) NOT NULL, "content_type" character varying(120) NOT NULL, "size_bytes" integer NOT NULL, "sha256" character(64) NOT NULL, "uploaded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_prototype_attachments" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_prototype_attachments_file_key" ON "prototype_attachments" ("file_key") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_prototype_attachments_prototype" ON "prototype_attachments" ("prototype_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "prototype_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "prototype_id" uuid NOT NULL, "from_status" "public"."prototype_status" NOT NULL, "to_status" "public"."prototype_status" NOT NULL, "version_number" integer NOT NULL, "comment" text NOT NULL DEFAULT '', "actor_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_prototype_events" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_prototype_events_prototype" ON "prototype_events" ("prototype_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "peer_review_rounds" ("cohort_id" uuid NOT NULL, "reviews_per_pair" integer NOT NULL, "show_reviewer_names" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_peer_review_rounds_per_pair" CHECK ("reviews_per_pair" >= 1), CONSTRAINT "pk_peer_review_rounds" PRIMARY KEY ("cohort_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "peer_reviews" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "prototype_id" uuid NOT NULL, "author_pair_id" uuid NOT NULL, "reviewer_pair_id" uuid NOT NULL, "version_number" integer NOT NULL, "strengths" text, "questions" text, "suggestions" text, "scores" jsonb, "written_by" uuid, "submitted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_peer_reviews_submitted" CHECK (("submitted_at" IS NULL) = ("scores" IS NULL)), CONSTRAINT "ck_peer_reviews_not_own" CHECK ("reviewer_pair_id" <> "author_pair_id"), CONSTRAINT "pk_peer_reviews" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_peer_reviews_reviewer_pair" ON "peer_reviews" ("reviewer_pair_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_peer_reviews_cohort" ON "peer_reviews" ("cohort_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_peer_reviews_prototype_reviewer" ON "peer_reviews" ("prototype_id", "reviewer_pair_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "course_review_criteria" ADD CONSTRAINT "fk_course_review_criteria_course" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "civic_tech_tests" ADD CONSTRAINT "fk_civic_tech_tests_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "civic_tech_tests" ADD CONSTRAINT "fk_civic_tech_tests_pair" FOREIGN KEY ("pair_id") REFERENCES "cohort_pairs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "civic_tech_tests" ADD CONSTRAINT "fk_civic_tech_tests_civic_tech" FOREIGN KEY ("civic_tech_id") REFERENCES "civic_techs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "civic_tech_tests" ADD CONSTRAINT "fk_civic_tech_tests_author" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "prototypes" ADD CONSTRAINT "fk_prototypes_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "prototypes" ADD CONSTRAINT "fk_prototypes_pair" FOREIGN KEY ("pair_id") REFERENCES "cohort_pairs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "prototype_versions" ADD CONSTRAINT "fk_prototype_versions_prototype" FOREIGN KEY ("prototype_id") REFERENCES "prototypes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "prototype_versions" ADD CONSTRAINT "fk_prototype_versions_author" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "prototype_attachments" ADD CONSTRAINT "fk_prototype_attachments_prototype" FOREIGN KEY ("prototype_id") REFERENCES "prototypes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "prototype_attachments" ADD CONSTRAINT "fk_prototype_attachments_uploader" FOREIGN KEY ("uploaded_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "prototype_events" ADD CONSTRAINT "fk_prototype_events_prototype" FOREIGN KEY ("prototype_id") REFERENCES "prototypes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "prototype_events" ADD CONSTRAINT "fk_prototype_events_actor" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_review_rounds" ADD CONSTRAINT "fk_peer_review_rounds_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_reviews" ADD CONSTRAINT "fk_peer_reviews_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_reviews" ADD CONSTRAINT "fk_peer_reviews_prototype" FOREIGN KEY ("prototype_id") REFERENCES "prototypes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_reviews" ADD CONSTRAINT "fk_peer_reviews_author_pair" FOREIGN KEY ("author_pair_id") REFERENCES "cohort_pairs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_reviews" ADD CONSTRAINT "fk_peer_reviews_reviewer_pair" FOREIGN KEY ("reviewer_pair_id") REFERENCES "cohort_pairs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_reviews" ADD CONSTRAINT "fk_peer_reviews_writer" FOREIGN KEY ("written_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    // A frozen version never changes: the database refuses it whatever the code does. Only
    // the cascade of its prototype's removal (a nested trigger, depth > 1) may delete it.
    await queryRunner.query(`
      CREATE FUNCTION prototype_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND pg_trigger_depth() > 1 THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'prototype version % of prototype % is frozen', OLD.number, OLD.prototype_id
          USING ERRCODE = 'AP001', HINT = 'submit a new version instead';
      END
      $$`);
    await queryRunner.query(
      `CREATE TRIGGER tg_prototype_versions_immutable BEFORE UPDATE OR DELETE ON prototype_versions FOR EACH ROW EXECUTE FUNCTION prototype_versions_immutable()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER tg_prototype_versions_immutable ON prototype_versions`);
    await queryRunner.query(`DROP FUNCTION prototype_versions_immutable()`);
    await queryRunner.query(`ALTER TABLE "peer_reviews" DROP CONSTRAINT "fk_peer_reviews_writer"`);
    await queryRunner.query(
      `ALTER TABLE "peer_reviews" DROP CONSTRAINT "fk_peer_reviews_reviewer_pair"`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_reviews" DROP CONSTRAINT "fk_peer_reviews_author_pair"`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_reviews" DROP CONSTRAINT "fk_peer_reviews_prototype"`,
    );
    await queryRunner.query(`ALTER TABLE "peer_reviews" DROP CONSTRAINT "fk_peer_reviews_cohort"`);
    await queryRunner.query(
      `ALTER TABLE "peer_review_rounds" DROP CONSTRAINT "fk_peer_review_rounds_cohort"`,
    );
    await queryRunner.query(
      `ALTER TABLE "prototype_events" DROP CONSTRAINT "fk_prototype_events_actor"`,
    );
    await queryRunner.query(
      `ALTER TABLE "prototype_events" DROP CONSTRAINT "fk_prototype_events_prototype"`,
    );
    await queryRunner.query(
      `ALTER TABLE "prototype_attachments" DROP CONSTRAINT "fk_prototype_attachments_uploader"`,
    );
    await queryRunner.query(
      `ALTER TABLE "prototype_attachments" DROP CONSTRAINT "fk_prototype_attachments_prototype"`,
    );
    await queryRunner.query(
      `ALTER TABLE "prototype_versions" DROP CONSTRAINT "fk_prototype_versions_author"`,
    );
    await queryRunner.query(
      `ALTER TABLE "prototype_versions" DROP CONSTRAINT "fk_prototype_versions_prototype"`,
    );
    await queryRunner.query(`ALTER TABLE "prototypes" DROP CONSTRAINT "fk_prototypes_pair"`);
    await queryRunner.query(`ALTER TABLE "prototypes" DROP CONSTRAINT "fk_prototypes_cohort"`);
    await queryRunner.query(
      `ALTER TABLE "civic_tech_tests" DROP CONSTRAINT "fk_civic_tech_tests_author"`,
    );
    await queryRunner.query(
      `ALTER TABLE "civic_tech_tests" DROP CONSTRAINT "fk_civic_tech_tests_civic_tech"`,
    );
    await queryRunner.query(
      `ALTER TABLE "civic_tech_tests" DROP CONSTRAINT "fk_civic_tech_tests_pair"`,
    );
    await queryRunner.query(
      `ALTER TABLE "civic_tech_tests" DROP CONSTRAINT "fk_civic_tech_tests_cohort"`,
    );
    await queryRunner.query(
      `ALTER TABLE "course_review_criteria" DROP CONSTRAINT "fk_course_review_criteria_course"`,
    );
    await queryRunner.query(`DROP INDEX "public"."uq_peer_reviews_prototype_reviewer"`);
    await queryRunner.query(`DROP INDEX "public"."ix_peer_reviews_cohort"`);
    await queryRunner.query(`DROP INDEX "public"."ix_peer_reviews_reviewer_pair"`);
    await queryRunner.query(`DROP TABLE "peer_reviews"`);
    await queryRunner.query(`DROP TABLE "peer_review_rounds"`);
    await queryRunner.query(`DROP INDEX "public"."ix_prototype_events_prototype"`);
    await queryRunner.query(`DROP TABLE "prototype_events"`);
    await queryRunner.query(`DROP INDEX "public"."ix_prototype_attachments_prototype"`);
    await queryRunner.query(`DROP INDEX "public"."uq_prototype_attachments_file_key"`);
    await queryRunner.query(`DROP TABLE "prototype_attachments"`);
    await queryRunner.query(`DROP INDEX "public"."uq_prototype_versions_number"`);
    await queryRunner.query(`DROP TABLE "prototype_versions"`);
    await queryRunner.query(`DROP INDEX "public"."uq_prototypes_pair"`);
    await queryRunner.query(`DROP INDEX "public"."ix_prototypes_cohort_status"`);
    await queryRunner.query(`DROP TABLE "prototypes"`);
    await queryRunner.query(`DROP TYPE "public"."prototype_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_civic_tech_tests_cohort"`);
    await queryRunner.query(`DROP INDEX "public"."ix_civic_tech_tests_pair"`);
    await queryRunner.query(`DROP INDEX "public"."ix_civic_tech_tests_civic_tech"`);
    await queryRunner.query(`DROP TABLE "civic_tech_tests"`);
    await queryRunner.query(`DROP TYPE "public"."would_use"`);
    await queryRunner.query(`DROP INDEX "public"."uq_course_review_criteria_position"`);
    await queryRunner.query(`DROP TABLE "course_review_criteria"`);
  }
}
