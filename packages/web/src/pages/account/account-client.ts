/** The account-security endpoints (two-factor, password, sessions, admin reset). */
import type { ApiRequest } from '../../api/client';
import type { Session } from '../../api/types';

export interface TwoFactorStatus {
  readonly enabled: boolean;
  readonly required: boolean;
  readonly recoveryCodesLeft: number;
}
export interface TotpEnrolment {
  readonly secret: string;
  readonly uri: string;
  readonly qrSvg: string;
}
export interface SessionInfo {
  readonly id: string;
  readonly createdAt: string;
  readonly lastSeenAt: string;
  readonly expiresAt: string;
  readonly userAgent: string | null;
  readonly current: boolean;
}
export interface Member {
  readonly userId: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: string;
}

export function accountClient(request: ApiRequest) {
  return {
    verifySecondFactor: (code: string) => request<Session>('POST', '/api/auth/second-factor', { code }),
    twoFactorStatus: () => request<TwoFactorStatus>('GET', '/api/me/two-factor'),
    startEnrolment: () => request<TotpEnrolment>('POST', '/api/me/two-factor/enrolment'),
    confirmEnrolment: (code: string) =>
      request<{ recoveryCodes: string[] }>('POST', '/api/me/two-factor/confirmation', { code }),
    disableTwoFactor: (password: string) => request<void>('POST', '/api/me/two-factor/disable', { password }),
    changePassword: (newPassword: string, currentPassword?: string) =>
      request<{ endedSessions: number }>('PUT', '/api/me/password', {
        newPassword,
        ...(currentPassword === undefined ? {} : { currentPassword }),
      }),
    listSessions: () => request<SessionInfo[]>('GET', '/api/me/sessions'),
    endOtherSessions: () => request<{ ended: number }>('POST', '/api/me/sessions/end-others'),
    listMembers: (organisationId: string) =>
      request<{ items: Member[] }>('GET', `/api/organisations/${encodeURIComponent(organisationId)}/members`),
    resetPassword: (userId: string) =>
      request<{ temporaryPassword: string }>(
        'POST',
        `/api/admin/users/${encodeURIComponent(userId)}/password-reset`,
      ),
  };
}
