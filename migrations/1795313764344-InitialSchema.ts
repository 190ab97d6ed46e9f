import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795313764344 implements MigrationInterface {
  name = 'InitialSchema1795313764344';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."territory_level" AS ENUM('municipality', 'inter_municipality', 'department_or_province', 'region', 'other')`,
    );
    await queryRunner.query(
      `CREATE TABLE "territories" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(160) NOT NULL, "country" character(2) NOT NULL, "level" "public"."territory_level" NOT NULL, CONSTRAINT "ck_territories_country" CHECK ("country" ~ '^[A-Z]{2}$'), CONSTRAINT "pk_territories" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_territories_country_level_name" ON "territories" ("country", "level", "name") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."locale" AS ENUM('fr', 'en')`);
    await queryRunner.query(
      `CREATE TYPE "public"."user_role" AS ENUM('admin', 'trainer', 'participant')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."participant_kind" AS ENUM('political', 'technical')`,
    );
    await queryRunner.query(
      `CREATE TABLE "users" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "display_name" character varying(120) NOT NULL, "locale" "public"."locale" NOT NULL DEFAULT 'fr', "role" "public"."user_role" NOT NULL, "password_hash" text NOT NULL, "is_active" boolean NOT NULL DEFAULT true, "kind" "public"."participant_kind", "territory_id" uuid, "position" character varying(160), CONSTRAINT "ck_users_participant_profile" CHECK (("role" = 'participant') = ("kind" IS NOT NULL AND "territory_id" IS NOT NULL)), CONSTRAINT "ck_users_email_lowercase" CHECK ("email" = lower("email")), CONSTRAINT "pk_users" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_users_territory" ON "users" ("territory_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_users_email" ON "users" ("email") `);
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "action" character varying(80) NOT NULL, "entity_type" character varying(60) NOT NULL, "entity_id" character varying(64) NOT NULL, "changes" jsonb, "request_id" character varying(64), CONSTRAINT "pk_audit_log" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_audit_log_actor" ON "audit_log" ("actor_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_audit_log_occurred_at" ON "audit_log" ("occurred_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_audit_log_entity" ON "audit_log" ("entity_type", "entity_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "fk_users_territory" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "audit_log" ADD CONSTRAINT "fk_audit_log_actor" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_log" DROP CONSTRAINT "fk_audit_log_actor"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "fk_users_territory"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_log_entity"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_log_occurred_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_log_actor"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP INDEX "public"."uq_users_email"`);
    await queryRunner.query(`DROP INDEX "public"."ix_users_territory"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TYPE "public"."participant_kind"`);
    await queryRunner.query(`DROP TYPE "public"."user_role"`);
    await queryRunner.query(`DROP TYPE "public"."locale"`);
    await queryRunner.query(`DROP INDEX "public"."uq_territories_country_level_name"`);
    await queryRunner.query(`DROP TABLE "territories"`);
    await queryRunner.query(`DROP TYPE "public"."territory_level"`);
  }
}
