import { MigrationInterface, QueryRunner } from 'typeorm';

/** The text each list's `q` searches, per table, and the columns it is made of. */
const SEARCHED = [
  {
    table: 'users',
    columns: ['display_name', 'email'],
    expression: `lower(NEW."display_name") || ' ' || NEW."email"`,
  },
  { table: 'cohorts', columns: ['name'], expression: `lower(NEW."name")` },
];

/**
 * Issue 14, searches in milliseconds: the text a list's `q` searches, lower-cased once when the
 * row is written instead of by `ILIKE` for every row of every search, with one trigram index
 * over it in place of one per searched column. A search then costs a byte comparison per row
 * when Postgres walks a sort index, and one bitmap scan when it starts from the matches. Its
 * statistics sample up to 300,000 rows, so that the planner knows how many rows a search
 * matches and picks between the two.
 *
 * A trigger keeps the column rather than `GENERATED ALWAYS AS`: TypeORM describes a generated
 * column by a row naming the database it was created in, which a database cloned or restored
 * under another name no longer matches.
 */
export class SearchColumns1796650000000 implements MigrationInterface {
  name = 'SearchColumns1796650000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_users_display_name_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."ix_users_email_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."ix_cohorts_name_trgm"`);
    for (const { table, columns, expression } of SEARCHED) {
      await queryRunner.query(
        `CREATE FUNCTION "${table}_search"() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
           NEW."search" := ${expression};
           RETURN NEW;
         END $$`,
      );
      await queryRunner.query(`ALTER TABLE "${table}" ADD "search" text`);
      await queryRunner.query(
        `UPDATE "${table}" SET "search" = ${expression.replace(/NEW\./g, '')}`,
      );
      await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "search" SET NOT NULL`);
      await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "search" SET STATISTICS 1000`);
      await queryRunner.query(
        `CREATE TRIGGER "trg_${table}_search" BEFORE INSERT OR UPDATE OF ${columns
          .map((column) => `"${column}"`)
          .join(', ')} ON "${table}" FOR EACH ROW EXECUTE FUNCTION "${table}_search"()`,
      );
      await queryRunner.query(
        `CREATE INDEX "ix_${table}_search_trgm" ON "${table}" USING gin ("search" gin_trgm_ops)`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table } of [...SEARCHED].reverse()) {
      await queryRunner.query(`DROP TRIGGER "trg_${table}_search" ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "search"`);
      await queryRunner.query(`DROP FUNCTION "${table}_search"()`);
    }
    await queryRunner.query(
      `CREATE INDEX "ix_cohorts_name_trgm" ON "cohorts" USING gin ("name" gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_users_email_trgm" ON "users" USING gin ("email" gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_users_display_name_trgm" ON "users" USING gin ("display_name" gin_trgm_ops)`,
    );
  }
}
