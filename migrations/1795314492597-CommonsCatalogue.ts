import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Course modules and resources, the civic-tech catalogue, and accent-insensitive full-text
 * search. The tables were generated from the entities; the search part is written by hand:
 * `fr_unaccent` and `en_unaccent` are the French and English configurations with `unaccent`
 * before stemming, so "deliberation" finds "délibération". Each searchable table gets a
 * `search_vector` kept by a trigger (French fields through the French configuration, English
 * ones through the English one) and a GIN index.
 */
export class CommonsCatalogue1795314492597 implements MigrationInterface {
  name = 'CommonsCatalogue1795314492597';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "course_modules" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "phase_id" uuid NOT NULL, "position" smallint NOT NULL, "title_fr" character varying(200) NOT NULL, "title_en" character varying(200) NOT NULL, "summary_fr" text NOT NULL DEFAULT '', "summary_en" text NOT NULL DEFAULT '', CONSTRAINT "uq_course_modules_phase_position" UNIQUE ("phase_id", "position") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "pk_course_modules" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_course_modules_phase" ON "course_modules" ("phase_id") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."resource_kind" AS ENUM('link', 'file', 'text')`);
    await queryRunner.query(
      `CREATE TABLE "course_resources" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "module_id" uuid NOT NULL, "position" smallint NOT NULL, "kind" "public"."resource_kind" NOT NULL, "title" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT '', "language" character varying(3) NOT NULL, "licence" character varying(64) NOT NULL, "url" character varying(2048), "body" text, "file_key" character varying(200), "file_name" character varying(255), "content_type" character varying(120), "size_bytes" integer, "sha256" character(64), CONSTRAINT "uq_course_resources_module_position" UNIQUE ("module_id", "position") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "ck_course_resources_kind" CHECK (("kind" = 'link' AND "url" IS NOT NULL AND "body" IS NULL AND "file_key" IS NULL) OR ("kind" = 'text' AND "body" IS NOT NULL AND "url" IS NULL AND "file_key" IS NULL) OR ("kind" = 'file' AND "file_key" IS NOT NULL AND "file_name" IS NOT NULL AND "content_type" IS NOT NULL AND "size_bytes" IS NOT NULL AND "sha256" IS NOT NULL AND "url" IS NULL AND "body" IS NULL)), CONSTRAINT "ck_course_resources_language" CHECK ("language" ~ '^[a-z]{2,3}$'), CONSTRAINT "pk_course_resources" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_course_resources_file_key" ON "course_resources" ("file_key") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_course_resources_module" ON "course_resources" ("module_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."civic_tech_category" AS ENUM('participation', 'deliberation', 'participatory_budgeting', 'mapping', 'open_data', 'consultation', 'collaboration', 'petitions', 'voting', 'issue_reporting', 'transparency')`,
    );
    await queryRunner.query(
      `CREATE TABLE "civic_techs" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(80) NOT NULL, "name" character varying(120) NOT NULL, "description_fr" text NOT NULL DEFAULT '', "description_en" text NOT NULL DEFAULT '', "licence" character varying(64) NOT NULL, "repository_url" character varying(500) NOT NULL, "website_url" character varying(500), "categories" "public"."civic_tech_category" array NOT NULL, "languages" text array NOT NULL, "maintainer" character varying(200) NOT NULL DEFAULT '', "last_checked_on" date, "search_vector" tsvector, CONSTRAINT "ck_civic_techs_slug" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'), CONSTRAINT "pk_civic_techs" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_civic_techs_slug" ON "civic_techs" ("slug") `);
    await queryRunner.query(`ALTER TABLE "courses" ADD "search_vector" tsvector`);
    await queryRunner.query(
      `ALTER TABLE "course_modules" ADD CONSTRAINT "fk_course_modules_phase" FOREIGN KEY ("phase_id") REFERENCES "course_phases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "course_resources" ADD CONSTRAINT "fk_course_resources_module" FOREIGN KEY ("module_id") REFERENCES "course_modules"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await this.upSearch(queryRunner);
  }

  private async upSearch(queryRunner: QueryRunner): Promise<void> {
    // unaccent is a trusted extension: the database owner may create it without superuser.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS "unaccent"`);
    for (const [name, base] of [
      ['fr_unaccent', 'french'],
      ['en_unaccent', 'english'],
    ]) {
      await queryRunner.query(
        `CREATE TEXT SEARCH CONFIGURATION "public"."${name}" (COPY = pg_catalog.${base})`,
      );
      await queryRunner.query(
        `ALTER TEXT SEARCH CONFIGURATION "public"."${name}" ALTER MAPPING FOR hword, hword_part, word WITH "public"."unaccent", pg_catalog.${base}_stem`,
      );
    }
    await queryRunner.query(`
      CREATE FUNCTION "public"."courses_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector :=
          setweight(to_tsvector('public.fr_unaccent', coalesce(NEW.title_fr, '')), 'A') ||
          setweight(to_tsvector('public.en_unaccent', coalesce(NEW.title_en, '')), 'A') ||
          setweight(to_tsvector('public.fr_unaccent', coalesce(NEW.summary_fr, '')), 'B') ||
          setweight(to_tsvector('public.en_unaccent', coalesce(NEW.summary_en, '')), 'B') ||
          setweight(to_tsvector('public.fr_unaccent', coalesce(NEW.description_fr, '')), 'C') ||
          setweight(to_tsvector('public.en_unaccent', coalesce(NEW.description_en, '')), 'C');
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "trg_courses_search_vector" BEFORE INSERT OR UPDATE OF "title_fr", "title_en", "summary_fr", "summary_en", "description_fr", "description_en" ON "courses" FOR EACH ROW EXECUTE FUNCTION "public"."courses_search_vector"()`,
    );
    await queryRunner.query(`UPDATE "courses" SET "title_fr" = "title_fr"`);
    await queryRunner.query(
      `CREATE INDEX "ix_courses_search" ON "courses" USING gin ("search_vector")`,
    );
    await queryRunner.query(`
      CREATE FUNCTION "public"."civic_techs_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector :=
          setweight(to_tsvector('public.fr_unaccent', coalesce(NEW.name, '')), 'A') ||
          setweight(to_tsvector('public.en_unaccent', coalesce(NEW.name, '')), 'A') ||
          setweight(to_tsvector('public.fr_unaccent', coalesce(NEW.description_fr, '')), 'B') ||
          setweight(to_tsvector('public.en_unaccent', coalesce(NEW.description_en, '')), 'B') ||
          setweight(to_tsvector('public.en_unaccent',
            replace(array_to_string(NEW.categories::text[], ' '), '_', ' ')), 'C') ||
          setweight(to_tsvector('public.fr_unaccent', coalesce(NEW.maintainer, '')), 'D');
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "trg_civic_techs_search_vector" BEFORE INSERT OR UPDATE OF "name", "description_fr", "description_en", "categories", "maintainer" ON "civic_techs" FOR EACH ROW EXECUTE FUNCTION "public"."civic_techs_search_vector"()`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_civic_techs_search" ON "civic_techs" USING gin ("search_vector")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_civic_techs_search"`);
    await queryRunner.query(`DROP TRIGGER "trg_civic_techs_search_vector" ON "civic_techs"`);
    await queryRunner.query(`DROP FUNCTION "public"."civic_techs_search_vector"()`);
    await queryRunner.query(`DROP INDEX "public"."ix_courses_search"`);
    await queryRunner.query(`DROP TRIGGER "trg_courses_search_vector" ON "courses"`);
    await queryRunner.query(`DROP FUNCTION "public"."courses_search_vector"()`);
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION "public"."en_unaccent"`);
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION "public"."fr_unaccent"`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS "unaccent"`);
    await queryRunner.query(
      `ALTER TABLE "course_resources" DROP CONSTRAINT "fk_course_resources_module"`,
    );
    await queryRunner.query(
      `ALTER TABLE "course_modules" DROP CONSTRAINT "fk_course_modules_phase"`,
    );
    await queryRunner.query(`ALTER TABLE "courses" DROP COLUMN "search_vector"`);
    await queryRunner.query(`DROP INDEX "public"."uq_civic_techs_slug"`);
    await queryRunner.query(`DROP TABLE "civic_techs"`);
    await queryRunner.query(`DROP TYPE "public"."civic_tech_category"`);
    await queryRunner.query(`DROP INDEX "public"."ix_course_resources_module"`);
    await queryRunner.query(`DROP INDEX "public"."uq_course_resources_file_key"`);
    await queryRunner.query(`DROP TABLE "course_resources"`);
    await queryRunner.query(`DROP TYPE "public"."resource_kind"`);
    await queryRunner.query(`DROP INDEX "public"."ix_course_modules_phase"`);
    await queryRunner.query(`DROP TABLE "course_modules"`);
  }
}
