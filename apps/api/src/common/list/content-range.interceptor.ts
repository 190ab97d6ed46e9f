import {
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  UseInterceptors,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { map, Observable } from 'rxjs';
import { Page } from './page';

/**
 * Turns a returned Page into react-admin's shape: the array as body, the total in Content-Range.
 * Applied to list handlers only (`@SendsPage()`): any interceptor at all makes Nest wrap the
 * handler in an rxjs chain, which every other request would pay for.
 */
@Injectable()
export class ContentRangeInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((body: unknown) => {
        if (!(body instanceof Page)) return body;
        const request = context.switchToHttp().getRequest<Request>();
        const response = context.switchToHttp().getResponse<Response>();
        const resource = request.path.split('/').filter(Boolean).pop() ?? 'items';
        response.setHeader('Content-Range', body.contentRange(resource));
        return body.items;
      }),
    );
  }
}

/** On a handler that returns a Page: sends its items, and its total in Content-Range. */
export const SendsPage = () => UseInterceptors(ContentRangeInterceptor);
