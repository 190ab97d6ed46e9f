import { All, Controller, Inject, Next, Req, Res, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { Roles } from '../common/auth/roles.decorator';
import { QUEUE_DASHBOARD, QUEUE_DASHBOARD_PATH, QueueDashboard } from './queue-dashboard';

/**
 * Bull Board, for admins only: the access guard runs before every page, asset and action of
 * the dashboard like any route (the cookie stands in for the bearer header, see the module).
 */
@ApiExcludeController()
@Controller({ path: 'queues', version: VERSION_NEUTRAL })
export class QueueDashboardController {
  constructor(@Inject(QUEUE_DASHBOARD) private readonly dashboard: QueueDashboard) {}

  @All()
  @Roles('admin')
  root(@Req() request: Request, @Res() response: Response, @Next() next: NextFunction): void {
    this.forward(request, response, next);
  }

  @All('{*path}')
  @Roles('admin')
  page(@Req() request: Request, @Res() response: Response, @Next() next: NextFunction): void {
    this.forward(request, response, next);
  }

  /** Bull Board's router expects paths below its mount point. */
  private forward(request: Request, response: Response, next: NextFunction): void {
    request.url = request.originalUrl.slice(QUEUE_DASHBOARD_PATH.length) || '/';
    this.dashboard.router(request, response, next);
  }
}
