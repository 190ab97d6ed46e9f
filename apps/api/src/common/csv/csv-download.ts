import { applyDecorators, Header } from '@nestjs/common';
import { ApiProduces } from '@nestjs/swagger';

/** A route that answers a CSV file, saved under this name rather than shown in the browser. */
export const CsvDownload = (filename: string) =>
  applyDecorators(
    Header('Content-Type', 'text/csv; charset=utf-8'),
    Header('Content-Disposition', `attachment; filename="${filename}"`),
    ApiProduces('text/csv'),
  );
