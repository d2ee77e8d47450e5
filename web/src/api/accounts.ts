import { api } from './client';

export type Role = 'patient' | 'doctor';

export interface User {
  _id: string;
  name: string;
  email: string;
  role: Role;
  phone: string;
  emailVerified: boolean;
  phoneVerified: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface Session {
  token: string;
  expiresAt: string;
  user: User;
}

export interface Registration {
  name: string;
  email: string;
  password: string;
  role: Role;
  phone: string;
}

export const accountsApi = {
  register: (registration: Registration) => api.post<Session>('/auth/register', registration),
  login: (email: string, password: string) => api.post<Session>('/auth/login', { email, password }),
  logout: () => api.post<void>('/auth/logout'),
  me: (signal?: AbortSignal) => api.get<User>('/users/me', signal),
  updateMe: (changes: { name?: string; phone?: string }) => api.patch<User>('/users/me', changes),
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
