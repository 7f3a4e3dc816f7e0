import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { CommonErrors } from '../common/domain-error.js';

export interface TokenClaims {
  userId: string;
  tokenVersion: number;
}

export interface VerifiedClaims extends TokenClaims {
  expiresAt: Date;
}

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

/** Signed bearer tokens (HS256). The user row is re-read on every use, so locks apply at once. */
export class TokenService {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(claims: TokenClaims): Promise<IssuedToken> {
    const issuedAt = Math.floor(this.now().getTime() / 1000);
    const expiresAt = issuedAt + this.ttlSeconds;
    const token = await new SignJWT({ ver: claims.tokenVersion })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.userId)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .setIssuer('switchboard')
      .sign(this.key);
    return { token, expiresAt: new Date(expiresAt * 1000) };
  }

  async verify(token: string): Promise<VerifiedClaims> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: 'switchboard',
        algorithms: ['HS256'],
        currentDate: this.now(),
      });
      if (typeof payload.sub !== 'string' || typeof payload['ver'] !== 'number' || typeof payload.exp !== 'number') {
        throw new Error('claims');
      }
      return { userId: payload.sub, tokenVersion: payload['ver'], expiresAt: new Date(payload.exp * 1000) };
    } catch (error) {
      const expired = error instanceof joseErrors.JWTExpired;
      throw CommonErrors.create('UNAUTHENTICATED', expired ? 'Token expired' : 'Invalid token', {
        reason: expired ? 'TOKEN_EXPIRED' : 'TOKEN_INVALID',
      });
    }
  }
}
