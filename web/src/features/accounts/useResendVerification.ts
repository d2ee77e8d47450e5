import { useMutation, useQueryClient } from '@tanstack/react-query';
import { accountsApi, type User } from '@/api/accounts';
import { ApiError } from '@/api/client';
import { meQueryKey } from '@/auth/session';

/**
 * Sends a new email verification link. An address confirmed meanwhile (by the link, in another
 * tab) is recorded as such, so whatever asked for the link has nothing left to ask.
 */
export function useResendVerification() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: accountsApi.resendVerification,
    onError: (failure) => {
      if (failure instanceof ApiError && failure.code === 'email_already_verified') {
        queryClient.setQueryData<User>(meQueryKey, (current) => current && { ...current, emailVerified: true });
      }
    },
  });
}
