import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../shared/api/client';
import type { components } from '../../../shared/api/schema';
import { ME_KEY } from './me';

export type ChangePasswordRequest = components['schemas']['PasswordChange'];

export const MIN_PASSWORD_LENGTH = 10;

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ChangePasswordRequest) => api.PUT('/api/v1/me/password', { body: request }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ME_KEY }),
  });
}
