import { api } from './client';
import type { components } from './schema';

type Schemas = components['schemas'];

export type Role = Schemas['Role'];
export type User = Schemas['User'];
export type Session = Schemas['Session'];
export type Registration = Schemas['Registration'];
export type UserChanges = Schemas['UserChanges'];

export const accountsApi = {
  register: (registration: Registration) => api.post<Session>('/auth/register', registration),
  login: (email: string, password: string) => api.post<Session>('/auth/login', { email, password }),
  logout: () => api.post<void>('/auth/logout'),
  me: (signal?: AbortSignal) => api.get<User>('/users/me', signal),
  updateMe: (changes: UserChanges) => api.patch<User>('/users/me', changes),
  changePassword: (currentPassword: string, newPassword: string) =>
    api.post<void>('/auth/change-password', { currentPassword, newPassword }),
  verifyEmail: (token: string) => api.post<void>('/auth/verify-email', { token }),
  resendVerification: () => api.post<void>('/auth/resend-verification'),
  requestPhoneCode: () => api.post<void>('/auth/verify-phone/request'),
  verifyPhone: (code: string) => api.post<void>('/auth/verify-phone', { code }),
  forgotPassword: (email: string) => api.post<void>('/auth/forgot-password', { email }),
  resetPassword: (token: string, password: string) =>
    api.post<void>('/auth/reset-password', { token, password }),
};
