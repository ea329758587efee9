import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import type { components } from '../../../shared/api/schema';
import { ME_KEY } from './me';

export type TotpEnrolment = components['schemas']['TotpEnrolment'];

/** A first enrolment needs nothing; replacing an active authenticator needs the password. */
export function useStartTotp() {
  return useMutation({
    mutationFn: (password?: string) =>
      body(api.POST('/api/v1/me/mfa/totp', password === undefined ? {} : { body: { password } })),
  });
}

/** Confirming activates TOTP; the me query is refreshed only once the recovery codes were seen. */
export function useConfirmTotp() {
  return useMutation({
    mutationFn: (code: string) => body(api.POST('/api/v1/me/mfa/totp/confirm', { body: { code } })),
  });
}

export function useDisableTotp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (password: string) => api.DELETE('/api/v1/me/mfa/totp', { body: { password } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ME_KEY }),
  });
}
