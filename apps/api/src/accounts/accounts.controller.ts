import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { LoginResponseDto } from '../auth/dto/login.dto';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { AnyRole, Public, Roles } from '../common/auth/roles.decorator';
import { ThrottleLogin, ThrottlePublicForm } from '../common/throttling/throttle';
import { uuidParam } from '../common/uuid.pipe';
import { AccountsService } from './accounts.service';
import {
  PasswordChangeDto,
  PasswordResetRequestDto,
  PreferencesDto,
  UpdatePreferencesDto,
  UseLinkDto,
} from './dto/account.dto';

@ApiTags('auth')
@Controller()
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Post('auth/activate')
  @ApiOperation({ summary: 'Open an account from its invitation link, choosing a password' })
  @HttpCode(200)
  @Public()
  @ThrottlePublicForm(30)
  @ApiOkResponse({ type: LoginResponseDto, description: 'signed in' })
  activate(@Body() body: UseLinkDto): Promise<LoginResponseDto> {
    return this.accounts.activate(body);
  }

  @Post('auth/password-reset')
  @ApiOperation({ summary: 'Mail a password reset link, if the address has an account' })
  @HttpCode(202)
  @Public()
  @ThrottleLogin()
  @ApiAcceptedResponse({ description: 'the same answer whether the address has an account' })
  async requestReset(@Body() body: PasswordResetRequestDto): Promise<void> {
    await this.accounts.requestReset(body.email);
  }

  @Post('auth/password-reset/confirm')
  @ApiOperation({ summary: 'Choose a new password from a reset link' })
  @HttpCode(200)
  @Public()
  @ThrottlePublicForm(30)
  @ApiOkResponse({ type: LoginResponseDto, description: 'signed in; other sessions closed' })
  resetPassword(@Body() body: UseLinkDto): Promise<LoginResponseDto> {
    return this.accounts.resetPassword(body);
  }

  @Post('auth/password')
  @ApiOperation({ summary: 'Change my password; closes my other sessions' })
  @HttpCode(200)
  @AnyRole()
  @ApiBearerAuth()
  @ApiOkResponse({ type: LoginResponseDto, description: 'a new token for this session' })
  changePassword(
    @CurrentUser() actor: AuthUser,
    @Body() body: PasswordChangeDto,
  ): Promise<LoginResponseDto> {
    return this.accounts.changePassword(actor, body);
  }

  @Get('auth/preferences')
  @ApiOperation({ summary: 'My language and email preferences' })
  @AnyRole()
  @ApiBearerAuth()
  @ApiOkResponse({ type: PreferencesDto })
  preferences(@CurrentUser() actor: AuthUser): Promise<PreferencesDto> {
    return this.accounts.preferences(actor);
  }

  @Put('auth/preferences')
  @ApiOperation({ summary: 'Change my language and the categories I do not want by email' })
  @AnyRole()
  @ApiBearerAuth()
  @ApiOkResponse({ type: PreferencesDto })
  setPreferences(
    @CurrentUser() actor: AuthUser,
    @Body() body: UpdatePreferencesDto,
  ): Promise<PreferencesDto> {
    return this.accounts.setPreferences(actor, body);
  }

  @Post('users/:id/invitation')
  @ApiOperation({
    summary: 'Mail a new invitation; the earlier link stops working',
    description: 'admins, and the trainers of a cohort where the person’s pair holds a place',
  })
  @HttpCode(204)
  @Roles('admin', 'trainer')
  @ApiBearerAuth()
  @ApiNoContentResponse()
  resendInvitation(
    @CurrentUser() actor: AuthUser,
    @Param('id', uuidParam()) id: string,
  ): Promise<void> {
    return this.accounts.resendInvitation(actor, id);
  }
}
