import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Role, UserEntity } from '@apprenance/db';
import { DomainError } from '../common/problem/domain-error';
import { UserDto, toUserDto } from '../users/dto/user.dto';
import { UsersRepository } from '../users/users.repository';
import { accountGone } from './auth.errors';
import { LoginDto, LoginResponseDto } from './dto/login.dto';
import { PasswordService } from './password.service';

export interface TokenClaims {
  sub: string;
  role: Role;
  /** The account's token version when signed: a raised version rejects the token. */
  ver: number;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly passwords: PasswordService,
    private readonly jwt: JwtService,
  ) {}

  async login(input: LoginDto): Promise<LoginResponseDto> {
    const user = await this.users.findByEmail(input.email);
    const valid = await this.passwords.verify(user?.passwordHash, input.password);
    if (!user || !valid || !user.isActive) {
      throw new DomainError('auth.invalid_credentials', 'The email or the password is wrong.');
    }
    return this.session(user);
  }

  /** Signs the person in: a token bound to the account's current token version. */
  async session(user: UserEntity): Promise<LoginResponseDto> {
    const claims: TokenClaims = { sub: user.id, role: user.role, ver: user.tokenVersion };
    return { accessToken: await this.jwt.signAsync(claims), user: toUserDto(user) };
  }

  async me(userId: string): Promise<UserDto> {
    const user = await this.users.shown(userId);
    if (!user) throw accountGone();
    return toUserDto(user);
  }
}
