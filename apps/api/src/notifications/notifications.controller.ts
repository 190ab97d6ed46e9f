import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { AnyRole, Roles } from '../common/auth/roles.decorator';
import { Page } from '../common/list/page';
import { SendsPage } from '../common/list/content-range.interceptor';
import { NumericIdPipe } from '../common/numeric-id.pipe';
import {
  InboxItemDto,
  InboxQueryDto,
  MarkReadDto,
  MessageDto,
  MessageListQueryDto,
  UnreadCountDto,
} from './dto/notification.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller()
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get('notifications')
  @ApiOperation({ summary: 'My inbox, newest first' })
  @AnyRole()
  @ApiOkResponse({ type: [InboxItemDto], description: 'total in Content-Range' })
  @SendsPage()
  inbox(
    @CurrentUser() actor: AuthUser,
    @Query() query: InboxQueryDto,
  ): Promise<Page<InboxItemDto>> {
    return this.notifications.inbox(actor, query);
  }

  @Get('notifications/unread-count')
  @ApiOperation({ summary: 'How many of my notifications are unread' })
  @AnyRole()
  @ApiOkResponse({ type: UnreadCountDto })
  async unreadCount(@CurrentUser() actor: AuthUser): Promise<UnreadCountDto> {
    return { count: await this.notifications.unreadCount(actor) };
  }

  @Post('notifications/read')
  @ApiOperation({ summary: 'Mark my notifications read (all unread ones without ids)' })
  @HttpCode(204)
  @AnyRole()
  @ApiNoContentResponse()
  markRead(@CurrentUser() actor: AuthUser, @Body() body: MarkReadDto): Promise<void> {
    return this.notifications.markRead(actor, body.ids);
  }

  @Get('messages')
  @ApiOperation({ summary: 'Every message and its email delivery' })
  @Roles('admin')
  @ApiOkResponse({ type: [MessageDto], description: 'total in Content-Range' })
  @SendsPage()
  list(@Query() query: MessageListQueryDto): Promise<Page<MessageDto>> {
    return this.notifications.list(query);
  }

  @Post('messages/:id/retry')
  @ApiOperation({ summary: 'Send a failed message again' })
  @HttpCode(204)
  @Roles('admin')
  @ApiNoContentResponse()
  retry(@CurrentUser() actor: AuthUser, @Param('id', NumericIdPipe) id: string): Promise<void> {
    return this.notifications.retry(actor, id);
  }
}
