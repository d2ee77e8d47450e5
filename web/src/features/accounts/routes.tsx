import type { RouteObject } from 'react-router';
import { LoginPage } from './LoginPage';
import { RegisterPage } from './RegisterPage';
import { VerifyEmailPage } from './VerifyEmailPage';
import { ForgotPasswordPage } from './ForgotPasswordPage';
import { ResetPasswordPage } from './ResetPasswordPage';
import type { VerificationRouteHandle } from './EmailVerificationBanner';

// The verification page says itself whether the address is confirmed.
const ownNotice: VerificationRouteHandle = { ownVerificationNotice: true };

// The paths of /verify-email and /reset-password are those of the links the server emails.
export const accountRoutes: RouteObject[] = [
  { path: 'login', element: <LoginPage /> },
  { path: 'register', element: <RegisterPage /> },
  { path: 'verify-email', element: <VerifyEmailPage />, handle: ownNotice },
  { path: 'forgot-password', element: <ForgotPasswordPage /> },
  { path: 'reset-password', element: <ResetPasswordPage /> },
];
