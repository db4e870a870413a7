/**
 * The account-security calls (two-factor, password, sessions, admin reset) on the one typed client
 * (`useApi()`, types generated from the API: packages/web/src/api/schema.d.ts).
 */
import { data, type components, type StewardClient } from '../../api/steward-client';

type Schemas = components['schemas'];
export type SessionInfo = Schemas['SessionInfo'];
export type Member = Schemas['Member'];
export type TwoFactorStatus = Schemas['TwoFactorStatus'];
export type TotpEnrolment = Schemas['TotpEnrolment'];

export function accountClient(api: StewardClient) {
  return {
    verifySecondFactor: (code: string) => data(api.POST('/api/auth/second-factor', { body: { code } })),
    twoFactorStatus: () => data(api.GET('/api/me/two-factor')),
    startEnrolment: () => data(api.POST('/api/me/two-factor/enrolment')),
    confirmEnrolment: (code: string) => data(api.POST('/api/me/two-factor/confirmation', { body: { code } })),
    disableTwoFactor: (password: string) =>
      data(api.POST('/api/me/two-factor/disable', { body: { password } })),
    changePassword: (newPassword: string, currentPassword?: string) =>
      data(
        api.PUT('/api/me/password', {
          body: { newPassword, ...(currentPassword === undefined ? {} : { currentPassword }) },
        }),
      ),
    listSessions: () => data(api.GET('/api/me/sessions')),
    endOtherSessions: () => data(api.POST('/api/me/sessions/end-others')),
    listMembers: (organisationId: string) =>
      data(api.GET('/api/organisations/{organisationId}/members', { params: { path: { organisationId } } })),
    resetPassword: (userId: string) =>
      data(api.POST('/api/admin/users/{userId}/password-reset', { params: { path: { userId } } })),
    resetTwoFactor: (userId: string) =>
      data(api.POST('/api/admin/users/{userId}/two-factor-reset', { params: { path: { userId } } })),
  };
}
